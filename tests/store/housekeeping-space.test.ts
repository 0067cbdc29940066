import { statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqlHousekeeping } from '../../src/store/housekeeping.js';
import { testDb } from '../support/db.js';
import { escalation, person } from '../support/housekeeping-rows.js';

let db: Awaited<ReturnType<typeof testDb>>;
beforeEach(async () => {
  db = await testDb();
});
afterEach(async () => {
  await db.cleanup();
});

/** The database's size: SQLite's pages, or PostgreSQL's tables with their indexes in this schema. */
async function databaseBytes(): Promise<number> {
  if (db.engine === 'sqlite') {
    const count = await sql<{ page_count: number }>`pragma page_count`.execute(db.kysely);
    const size = await sql<{ page_size: number }>`pragma page_size`.execute(db.kysely);
    return Number(count.rows[0]?.page_count) * Number(size.rows[0]?.page_size);
  }
  const rows = await sql<{
    bytes: string;
  }>`select coalesce(sum(pg_total_relation_size(c.oid)), 0) as bytes from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = current_schema() and c.relkind = 'r' and c.relname not like 'compact_%'`.execute(
    db.kysely,
  );
  return Number(rows.rows[0]?.bytes);
}

/** The size of the same rows written afresh: SQLite's VACUUM INTO a new file, PostgreSQL's copies of the tables. */
async function freshCopyBytes(): Promise<number> {
  if (db.engine === 'sqlite') {
    const file = `${db.location}.compact`;
    await sql`vacuum into ${file}`.execute(db.kysely);
    const bytes = statSync(file).size;
    await rm(file, { force: true });
    return bytes;
  }
  let bytes = 0;
  const tables = await sql<{ name: string }>`select tablename as name from pg_tables where schemaname = current_schema()`.execute(db.kysely);
  for (const { name: table } of tables.rows) {
    await sql`create table ${sql.table(`compact_${table}`)} (like ${sql.table(table)} including indexes)`.execute(db.kysely);
    await sql`insert into ${sql.table(`compact_${table}`)} select * from ${sql.table(table)}`.execute(db.kysely);
    const row = await sql<{ bytes: string }>`select pg_total_relation_size(${`compact_${table}`}::regclass) as bytes`.execute(db.kysely);
    bytes += Number(row.rows[0]?.bytes);
    await sql`drop table ${sql.table(`compact_${table}`)}`.execute(db.kysely);
  }
  return bytes;
}

/** Two weeks of use, one insert per table: signals, votes, an escalation a day with its audit, jobs and card, a tip a day. */
async function useForTwoWeeks(start: Date, step: number): Promise<void> {
  const k = db.kysely;
  const days = Array.from({ length: 14 }, (_, day) => day);
  const at = (day: number, second: number) => new Date(start.getTime() + day * 86_400_000 + 8 * 3_600_000 + second * 1_000).toISOString();
  const each = <T>(n: number, row: (day: number, i: number) => T) => days.flatMap((day) => Array.from({ length: n }, (_, i) => row(day, i)));
  await k
    .insertInto('question_signals')
    .values(
      each(100, (day, i) => ({
        at: at(day, i),
        platform: 'slack',
        lang: 'nl',
        item_id: i % 6 === 0 ? null : 'regel-1',
        masked_text: i % 6 === 0 ? 'mag ik [telefoon] van collega [naam] delen?' : null,
      })),
    )
    .execute();
  await k
    .insertInto('check_signals')
    .values(each(40, (day, i) => ({ at: at(day, i), platform: 'teams', lang: 'nl', verdict: 'oranje', codes: 'onderbouwing' })))
    .execute();
  await k
    .insertInto('feedback')
    .values(each(20, (day, i) => ({ item_id: 'regel-1', vote: 'up' as const, platform: 'slack', created_at: at(day, i) })))
    .execute();
  const id = (day: number) => `E-${step}-${day}`;
  await k
    .insertInto('escalations')
    .values(days.map((day) => ({ ...escalation(id(day), 'resolved', at(day, 30), true), created_at: at(day, 0) })))
    .execute();
  await k
    .insertInto('escalation_events')
    .values(
      each(3, (day, seq) => ({
        escalation_id: id(day),
        seq: seq + 1,
        action: ['opened', 'claim', 'resolve'][seq] as string,
        actor: person('chris'),
        at: at(day, seq),
      })),
    )
    .execute();
  await k
    .insertInto('outbox')
    .values(
      each(3, (day, i) => ({
        id: `${id(day)}-${i}`,
        job: JSON.stringify({ kind: 'notify', escalationId: id(day) }),
        status: 'done',
        attempts: 1,
        due_at: at(day, 1),
        leased_until: null,
        last_error: null,
        created_at: at(day, 1),
      })),
    )
    .execute();
  await k
    .insertInto('escalation_posts')
    .values(days.map((day) => ({ escalation_id: id(day), platform: 'slack', channel_id: 'C0COMMS', message_id: `m-${id(day)}`, purpose: 'report' })))
    .execute();
  await k
    .insertInto('tip_posts')
    .values(
      days.map((day) => ({
        platform: 'slack',
        channel_id: 'C0TIPS',
        slot: at(day, 60),
        tip_id: 'tip-1',
        round: 1,
        status: 'posted',
        error: null,
        claimed_at: at(day, 60),
      })),
    )
    .execute();
}

describe('a year of housekeeping', () => {
  it('leaves a database no bigger than the data it keeps, and hardly bigger at the end of the year than halfway (only the daily figures grow)', async () => {
    const upkeep = new SqlHousekeeping(db, { retentionDays: 90 });
    const start = new Date('2026-01-05T00:00:00Z');
    const fortnight = 14 * 86_400_000;
    let halfway = 0;
    for (let step = 0; step < 26; step++) {
      await useForTwoWeeks(new Date(start.getTime() + step * fortnight), step);
      await upkeep.run(new Date(start.getTime() + (step + 1) * fortnight + 2 * 3_600_000));
      if (step === 12) halfway = await databaseBytes();
    }
    const end = await databaseBytes();
    const fresh = await freshCopyBytes();
    expect(end, `end ${end} vs halfway ${halfway}`).toBeLessThanOrEqual(halfway * 1.25);
    expect(end, `end ${end} vs the kept rows written afresh ${fresh}`).toBeLessThanOrEqual(fresh * 1.25 + 256 * 1024);
  }, 30_000); // PostgreSQL runs VACUUM every simulated fortnight: a few seconds
});

/** The pages a table takes in SQLite (`schema` main, or an attached copy). */
async function tablePages(table: string, schema = 'main'): Promise<number> {
  const row = await sql<{ n: number }>`select count(*) as n from dbstat(${schema}) where name = ${table}`.execute(db.kysely);
  return Number(row.rows[0]?.n);
}

describe('escalations made anonymous', () => {
  // SQLite only: it never reuses the hole a shrunken row leaves when new rows go after the last
  // rowid; PostgreSQL writes every update as a new row version into free space anyway.
  it.skipIf(process.env.DATABASE_URL !== undefined)('take no more pages than the same rows written afresh (SQLite)', async () => {
    const resolvedAt = (i: number) => new Date(Date.UTC(2027, 0, 1) + i * 60_000).toISOString();
    const long = 'Boze reacties onder ons bericht over de reorganisatie, een paar noemen namen van collega’s. '.repeat(3);
    for (let batch = 0; batch < 10; batch++)
      await db.kysely
        .insertInto('escalations')
        .values(
          Array.from({ length: 200 }, (_, j) => {
            const i = batch * 200 + j;
            return { ...escalation(`E-${i}`, 'resolved', resolvedAt(i), true), description: long, link: `https://x.com/status/${i}` };
          }),
        )
        .execute();
    const upkeep = await new SqlHousekeeping(db, { retentionDays: 90 }).run(new Date('2027-06-01T12:00:00Z'));
    expect(upkeep.escalations).toBe(2_000);

    const copy = `${db.location}.copy`;
    await sql`vacuum into ${copy}`.execute(db.kysely);
    await sql`attach database ${copy} as copy`.execute(db.kysely);
    try {
      const [lived, fresh] = [await tablePages('escalations'), await tablePages('escalations', 'copy')];
      expect(lived, `${lived} pages for rows that take ${fresh} written afresh`).toBeLessThanOrEqual(Math.ceil(fresh * 1.15));
      const free = await sql<{ freelist_count: number }>`pragma freelist_count`.execute(db.kysely);
      expect(Number(free.rows[0]?.freelist_count), 'the emptied pages went back to the file system').toBe(0);
    } finally {
      await sql`detach database copy`.execute(db.kysely);
      await rm(copy, { force: true });
    }
  });
});

/** The size of one table with its indexes: SQLite's pages (dbstat), PostgreSQL's relation. */
async function tableBytes(table: string): Promise<number> {
  if (db.engine === 'sqlite') {
    const row = await sql<{
      n: number;
    }>`select coalesce(sum(pgsize), 0) as n from dbstat where name = ${table} or name in (select name from sqlite_master where tbl_name = ${table})`.execute(
      db.kysely,
    );
    return Number(row.rows[0]?.n);
  }
  const row = await sql<{ n: string }>`select pg_total_relation_size(${table}::regclass) as n`.execute(db.kysely);
  return Number(row.rows[0]?.n);
}

/** The same rows written anew, in their order, into a copy of `table` with its indexes; its size. */
async function copyBytes(table: string, order: string): Promise<number> {
  const copy = `fresh_${table}`;
  if (db.engine === 'postgres') {
    await sql`create table ${sql.table(copy)} (like ${sql.table(table)} including indexes)`.execute(db.kysely);
  } else {
    const objects = await sql<{ sql: string }>`select sql from sqlite_master where tbl_name = ${table} and sql is not null order by type = 'index'`.execute(
      db.kysely,
    );
    for (const o of objects.rows) await sql.raw(o.sql.replaceAll(new RegExp(`\\b${table}(_?)`, 'g'), `${copy}$1`)).execute(db.kysely);
  }
  await sql`insert into ${sql.table(copy)} select * from ${sql.table(table)} order by ${sql.ref(order)}`.execute(db.kysely);
  if (db.engine === 'postgres') await sql`vacuum analyze ${sql.table(copy)}`.execute(db.kysely);
  return tableBytes(copy);
}

describe('the first purge of a year of data', () => {
  it('leaves the usage signals and votes no bigger than the rows they keep written afresh, every kept row unchanged', async () => {
    const first = Date.UTC(2026, 5, 1);
    const at = (day: number, i: number) => new Date(first + day * 86_400_000 + 8 * 3_600_000 + i * 60_000).toISOString();
    for (let day = 0; day < 365; day++) {
      await db.kysely
        .insertInto('question_signals')
        .values(
          Array.from({ length: 200 }, (_, i) => ({
            at: at(day, i),
            platform: 'slack',
            lang: 'nl',
            item_id: i % 5 === 0 ? null : 'regel-1',
            masked_text: i % 5 === 0 ? `vraag ${day}-${i}` : null,
          })),
        )
        .execute();
      await db.kysely
        .insertInto('feedback')
        .values(
          Array.from({ length: 60 }, (_, i) => ({
            item_id: 'regel-1',
            vote: 'up' as const,
            platform: 'slack',
            created_at: at(day, i),
            voter: `v-${day}-${i}`,
          })),
        )
        .execute();
    }
    const now = new Date(first + 365 * 86_400_000 + 3_600_000);
    const cut = new Date(now.getTime() - 90 * 86_400_000).toISOString();
    const questions = () => db.kysely.selectFrom('question_signals').select(['at', 'item_id', 'masked_text']).orderBy('at').execute();
    const votes = () => db.kysely.selectFrom('feedback').select(['created_at', 'voter']).orderBy('voter').execute();
    const expected = { questions: (await questions()).filter((r) => r.at >= cut), votes: (await votes()).filter((r) => r.created_at >= cut) };

    const upkeep = await new SqlHousekeeping(db, { retentionDays: 90 }).run(now);
    expect(upkeep.signals).toBe(365 * 260 - expected.questions.length - expected.votes.length);
    if (db.engine === 'postgres') expect(upkeep.compacted?.map((c) => c.table)).toEqual(['question_signals', 'feedback']);
    expect(await questions()).toEqual(expected.questions);
    expect(await votes()).toEqual(expected.votes);
    for (const [table, order] of [
      ['question_signals', 'at'],
      ['feedback', 'created_at'],
    ] as const) {
      const lived = await tableBytes(table);
      const fresh = await copyBytes(table, order);
      expect(lived, `${table}: ${lived} bytes for rows that take ${fresh} written afresh`).toBeLessThanOrEqual(fresh * 1.2);
    }
  }, 60_000);
});
