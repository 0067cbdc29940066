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
import { BatchWriter, DAYS, PER_SCALE, seedEscalations, seededRandom, seedSignals } from './seed.js';

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
