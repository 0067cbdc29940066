import type { RawBuilder } from 'kysely';
import { sql } from './kysely.js';
import type { Db } from './db.js';
import type { Database } from './db-schema.js';

/** Every table the bot writes, for PostgreSQL's daily VACUUM (ANALYZE). */
export const WRITTEN_TABLES: ReadonlyArray<keyof Database> = [
  'question_signals',
  'check_signals',
  'feedback',
  'escalations',
  'escalation_events',
  'escalation_posts',
  'outbox',
  'tip_posts',
  'digest_posts',
  'daily_counts',
  'daily_rollups',
  'maintenance_runs',
];
/**
 * The tables that grow by a row per use and shrink by retention, the bulk of the database.
 * PostgreSQL reuses the space of deleted rows but never gives it back: after a purge that removed
 * most of one (the first retention run on a year of data, or RETENTION_DAYS made shorter) its
 * file would stay several times the size of what it keeps. `column` is set to itself to move a
 * row; `settled` says which rows may be deleted and inserted again (nobody updates them any more).
 * An escalation is claimed and resolved while the bot runs: only made anonymous is it settled.
 */
const COMPACTABLE: ReadonlyArray<{ table: keyof Database; column: string; settled?: RawBuilder<boolean> }> = [
  { table: 'question_signals', column: 'at' },
  { table: 'check_signals', column: 'at' },
  { table: 'feedback', column: 'created_at' },
  { table: 'escalation_events', column: 'at' },
  { table: 'escalation_posts', column: 'purpose' },
  { table: 'escalations', column: 'created_at', settled: sql<boolean>`status = 'resolved' and resolved_by is null` },
  { table: 'tip_posts', column: 'slot', settled: sql<boolean>`status <> 'claimed'` },
  { table: 'outbox', column: 'due_at', settled: sql<boolean>`status = 'done'` },
];
/** Pages moved per statement: whole pages, so that no row is left behind on a page being emptied. */
const PAGES_PER_STEP = 16;
/** A table is compacted when it is this many times larger than its rows need, and at least 1 MB larger. */
const BLOAT_FACTOR = 1.5;
const MIN_EXCESS_PAGES = 128;

export interface Compaction {
  table: string;
  pagesBefore: number;
  pagesAfter: number;
  rowsMoved: number;
}

/**
 * PostgreSQL, once a day after VACUUM: for each table much larger than its rows need (estimated
 * from the rows per page of its newest, full pages), moves the rows of the pages past what is
 * needed into the free space before them (an update that changes nothing: the row keeps its
 * identity, so a concurrent update still finds it), vacuums so that the emptied end of the file
 * is cut off, and rebuilds the indexes without blocking writers (REINDEX CONCURRENTLY). The same
 * idea as pgcompacttable, online: only row locks, a few pages per statement.
 */
export async function compactAfterPurge(db: Db): Promise<Compaction[]> {
  if (db.engine !== 'postgres') return [];
  const done: Compaction[] = [];
  for (const { table, column, settled } of COMPACTABLE) {
    const needed = await pagesNeeded(db, table);
    if (!needed || needed.pages * BLOAT_FACTOR + MIN_EXCESS_PAGES > needed.relpages) continue;
    const keep = Math.ceil(needed.pages * 1.1);
    // One connection throughout: PostgreSQL puts a backend's next row where its last one went,
    // so once the first row found free space at the front, the others follow it there.
    const rowsMoved = await db.kysely.connection().execute(async (k) => {
      let moved = 0;
      for (let page = needed.relpages - PAGES_PER_STEP; page + PAGES_PER_STEP > keep; page -= PAGES_PER_STEP) {
        const range = sql`ctid >= ${`(${Math.max(page, keep)},0)`}::tid and ctid < ${`(${page + PAGES_PER_STEP},0)`}::tid`;
        const update = sql<{ page: number }>`update ${sql.table(table)} set ${sql.ref(column)} = ${sql.ref(column)} where ${range}
          returning (ctid::text::point)[0]::int as page`;
        const landed = (await update.execute(k)).rows;
        moved += landed.length;
        // A row put after this range found no room before it (the estimate was low): stop rather
        // than grow the file. (One that stayed on its own page, which had room, is left for below.)
        if (landed.some((r) => r.page >= page + PAGES_PER_STEP)) break;
      }
      // A row on a page with room (the last page, a page the purge left half full) stays on its
      // page when updated: those few are deleted and inserted again, which does move them. (A
      // concurrent update of one of them would miss it: at most an unanswered question stays listed.)
      await sql`vacuum (index_cleanup on) ${sql.table(table)}`.execute(k);
      const past = sql<boolean>`ctid >= ${`(${keep},0)`}::tid`;
      const left = sql`delete from ${sql.table(table)} where ${settled ? sql`${past} and ${settled}` : past} returning *`;
      await sql`with left_behind as (${left}) insert into ${sql.table(table)} select * from left_behind`.execute(k);
      return moved;
    });
    // Index clean-up forced: with few dead rows left VACUUM would skip it, and a page holding a
    // dead row's pointer is not empty, so the end of the file could not be cut off.
    await sql`vacuum (analyze, index_cleanup on) ${sql.table(table)}`.execute(db.kysely);
    await sql`reindex table concurrently ${sql.table(table)}`.execute(db.kysely);
    const after = await sql<{ relpages: number }>`select relpages from pg_class where oid = ${table}::regclass`.execute(db.kysely);
    done.push({ table, pagesBefore: needed.relpages, pagesAfter: Number(after.rows[0]?.relpages), rowsMoved });
  }
  return done;
}

/**
 * The table's pages now, and how many its live rows need: rows (the VACUUM's count) times the
 * width ANALYZE measured, with the row header and its line pointer, at 8-byte alignment. Where
 * the rows lie in the file does not matter (a purge may leave every page a quarter full).
 */
async function pagesNeeded(db: Db, table: keyof Database): Promise<{ relpages: number; pages: number } | undefined> {
  const size = await sql<{ relpages: number; reltuples: number; width: number | null }>`
    select relpages, reltuples,
      (select sum(avg_width) from pg_stats where schemaname = current_schema() and tablename = ${table}) as width
    from pg_class where oid = ${table}::regclass`.execute(db.kysely);
  const row = size.rows[0];
  const relpages = Number(row?.relpages ?? 0);
  const rows = Number(row?.reltuples ?? 0);
  if (relpages < MIN_EXCESS_PAGES || rows <= 0 || !row?.width) return undefined;
  const bytesPerRow = Math.ceil((24 + Number(row.width)) / 8) * 8 + 4;
  return { relpages, pages: Math.ceil(rows / Math.floor(8_168 / bytesPerRow)) };
}
