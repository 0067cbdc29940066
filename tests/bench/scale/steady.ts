/**
 * What the database looks like after a month of ordinary days: each day's signals, votes and
 * escalations arrive, and the retention job runs for that day (its daily part included). The
 * database should then be no bigger than the data it keeps (`keptMB`: the same data written
 * anew, compactly), and not grow from one day to the next because of the bot's own updates.
 */
import { rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { Db } from '../../../src/store/db.js';
import { performance } from 'node:perf_hooks';
import { BatchWriter, DAY_MS, DAYS, END, PER_SCALE, seedEscalations, seededRandom, seedSignals } from './seed.js';

/** How many ordinary days `retention-30-days` lives through. */
export const STEADY_DAYS = 30;

/** Day `k` (1 = the first day after the seeded year) arrives; then `upkeep` runs at `at(k)`. */
export async function liveDays(db: Db, scale: number, upkeep: (now: Date) => Promise<unknown>, at: (k: number) => Date): Promise<void> {
  const random = seededRandom(20 * scale + 7);
  for (let k = 1; k <= STEADY_DAYS; k++) {
    const w = new BatchWriter(db.kysely);
    const d = DAYS + k - 1;
    await seedSignals(w, random, scale, d, d + 1);
    await seedEscalations(w, random, scale, d, d + 1, PER_SCALE.escalations * scale * 2 + k * PER_SCALE.escalations * scale);
    await w.finish();
    await upkeep(at(k));
  }
}

/** One month's size while `retention-year` lives through its days. */
export interface YearSample {
  day: number;
  fileMB: number;
}

/**
 * A year of ordinary days on an empty database: day `d` of the seeded year arrives (the same
 * rows `seedYear` writes for it, from a generator seeded per day) and the retention job runs
 * after midnight with its daily part, as in production. Returns the file's size at the end of
 * each 30 days and the slowest day's upkeep. `from` lets a second database receive only the
 * last days, to compare with the data the first one keeps as the bot writes it.
 */
export async function liveYear(
  db: Db,
  scale: number,
  upkeep: (now: Date) => Promise<unknown>,
  from = 0,
): Promise<{ samples: YearSample[]; slowestUpkeepMs: number }> {
  const samples: YearSample[] = [];
  let slowestUpkeepMs = 0;
  for (let d = from; d < DAYS; d++) {
    const w = new BatchWriter(db.kysely);
    const random = seededRandom(1_000_003 * scale + d);
    await seedSignals(w, random, scale, d, d + 1);
    await seedEscalations(w, random, scale, d, d + 1, d * PER_SCALE.escalations * scale);
    await w.finish();
    const started = performance.now();
    await upkeep(new Date(END.getTime() - (DAYS - d - 1) * DAY_MS + 3_600_000)); // 01:00 the next day
    slowestUpkeepMs = Math.max(slowestUpkeepMs, performance.now() - started);
    if ((d + 1 - from) % 30 === 0 || d === DAYS - 1) samples.push({ day: d + 1, fileMB: Number((await fileMB(db)).toFixed(1)) });
  }
  return { samples, slowestUpkeepMs };
}

/** The database file alone, without SQLite's write-ahead log (which is cut back to 64 MB after a checkpoint). */
export async function fileMB(db: Db): Promise<number> {
  if (db.engine === 'postgres') {
    const row = await sql<{ size: string }>`select pg_database_size(current_database()) as size`.execute(db.kysely);
    return Number(row.rows[0]?.size ?? 0) / 1024 / 1024;
  }
  const count = await sql<{ page_count: number }>`pragma page_count`.execute(db.kysely);
  const size = await sql<{ page_size: number }>`pragma page_size`.execute(db.kysely);
  return (Number(count.rows[0]?.page_count ?? 0) * Number(size.rows[0]?.page_size ?? 0)) / 1024 / 1024;
}

/**
 * The size of the data the database keeps, written the way the bot writes it: every table
 * created anew with its indexes and its rows inserted in their order, one by one as they came
 * (SQLite: an attached file; PostgreSQL: a schema of its own, compared table by table with the
 * bot's own). Unlike `keptMB`, this leaves the indexes as full as the bot's inserts leave them;
 * what the living database has beyond it is what deleting and updating left behind.
 */
export async function writtenMB(db: Db): Promise<{ livedMB: number; writtenMB: number }> {
  const k = db.kysely;
  if (db.engine === 'sqlite') {
    const file = join(tmpdir(), `richtlijnenbot-written-${process.pid}.sqlite`);
    rmSync(file, { force: true });
    await sql`attach database ${file} as written`.execute(k);
    try {
      const objects = await sql<{ type: string; name: string; sql: string }>`
        select type, name, sql from sqlite_master where sql is not null and name not like 'sqlite_%' order by type = 'index'`.execute(k);
      const tables = objects.rows.filter((o) => o.type === 'table');
      // Tables and their indexes first, then the rows: every index grows by inserts, as in the bot.
      for (const o of objects.rows) await sql.raw(o.sql.replace(/^create (unique )?(table|index) (if not exists )?/i, (m) => `${m}written.`)).execute(k);
      for (const t of tables) await sql.raw(`insert into written."${t.name}" select * from main."${t.name}" order by rowid`).execute(k);
      const pages = await sql<{ page_count: number }>`pragma written.page_count`.execute(k);
      const size = await sql<{ page_size: number }>`pragma page_size`.execute(k);
      return { livedMB: await fileMB(db), writtenMB: (Number(pages.rows[0]?.page_count) * Number(size.rows[0]?.page_size)) / 1024 / 1024 };
    } finally {
      await sql`detach database written`.execute(k);
      rmSync(file, { force: true });
    }
  }
  const tables = await sql<{ name: string }>`select tablename as name from pg_tables where schemaname = current_schema()`.execute(k);
  await sql`drop schema if exists written cascade`.execute(k);
  await sql`create schema written`.execute(k);
  for (const { name } of tables.rows) {
    await sql`create table ${sql.raw(`written."${name}"`)} (like ${sql.table(name)} including all)`.execute(k);
    await sql`insert into ${sql.raw(`written."${name}"`)} select * from ${sql.table(name)} order by ctid`.execute(k);
  }
  const sizes = await sql<{ lived: string; written: string }>`
    select sum(pg_total_relation_size(format('%I.%I', current_schema(), tablename)::regclass)) as lived,
           sum(pg_total_relation_size(format('written.%I', tablename)::regclass)) as written
    from pg_tables where schemaname = current_schema()`.execute(k);
  await sql`drop schema written cascade`.execute(k);
  const row = sizes.rows[0];
  return { livedMB: Number(row?.lived ?? 0) / 1024 / 1024, writtenMB: Number(row?.written ?? 0) / 1024 / 1024 };
}

/**
 * The size of the data the database keeps, written compactly: SQLite `VACUUM INTO` a new file;
 * PostgreSQL `VACUUM FULL` (the bench's own copy of the database, so rewriting it costs nothing).
 */
export async function keptMB(db: Db): Promise<number> {
  if (db.engine === 'sqlite') {
    const file = join(tmpdir(), `richtlijnenbot-kept-${process.pid}.sqlite`);
    rmSync(file, { force: true });
    try {
      await sql`vacuum into ${file}`.execute(db.kysely);
      return statSync(file).size / 1024 / 1024;
    } finally {
      rmSync(file, { force: true });
    }
  }
  await sql`vacuum full`.execute(db.kysely);
  const row = await sql<{ size: string }>`select pg_database_size(current_database()) as size`.execute(db.kysely);
  return Number(row.rows[0]?.size ?? 0) / 1024 / 1024;
}
