import { rmSync } from 'node:fs';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb, type Db } from '../../src/store/db.js';

/** One statement on its own connection to the PostgreSQL server at `url`; its rows. (pg loads only when asked.) */
export async function pgQuery<Row = Record<string, unknown>>(url: string, text: string, values?: unknown[]): Promise<Row[]> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as Row[];
  } finally {
    await client.end();
  }
}

/** A fresh schema on the PostgreSQL server at `url`: its address (search_path set) and how to drop it. */
export async function freshPgSchema(url: string): Promise<{ url: string; drop(): Promise<void> }> {
  const schema = `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  await pgQuery(url, `CREATE SCHEMA ${schema}`);
  const withSchema = new URL(url);
  withSchema.searchParams.set('options', `-c search_path=${schema}`);
  return { url: withSchema.href, drop: async () => void (await pgQuery(url, `DROP SCHEMA ${schema} CASCADE`)) };
}

let template: Promise<string> | undefined;

/**
 * A SQLite file brought to the latest migration by `openDb`, once per test process; removed
 * when the process exits. Migrating an empty file costs a test ~15 ms CPU and ~80 ms of waiting
 * on the SQLite thread, hundreds of times in `npm test`. Every start of the bot on an empty
 * folder (the tests through `startProgram`, tests/processes/migrate-together.test.ts) and this
 * template itself still migrate from nothing.
 */
function migratedTemplate(): Promise<string> {
  template ??= (async () => {
    const dir = await mkdtemp(join(tmpdir(), 'richtlijnenbot-template-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    const db = await openDb({ dataDir: dir });
    await db.close();
    return join(dir, 'richtlijnenbot.sqlite');
  })();
  return template;
}

/**
 * A fresh database for one test: SQLite in a temporary folder (a copy of the migrated
 * template, which `openDb` then finds up to date), or, when DATABASE_URL is set (as .ci/run
 * does), a fresh schema on that PostgreSQL server.
 */

export async function testDb(): Promise<Db & { cleanup(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const schema = await freshPgSchema(url);
    const db = await openDb({ dataDir: '', databaseUrl: schema.url });
    return {
      ...db,
      cleanup: async () => {
        await db.close();
        await schema.drop();
      },
    };
  }
  const dir = await mkdtemp(join(tmpdir(), 'richtlijnenbot-db-'));
  await copyFile(await migratedTemplate(), join(dir, 'richtlijnenbot.sqlite'));
  const db = await openDb({ dataDir: dir });
  return {
    ...db,
    cleanup: async () => {
      await db.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Everything an async iterable yields, in order (Array.fromAsync arrives with Node 22). */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

/** The items as an async iterable, as a store yields its rows. */
export async function* streamOf<T>(items: readonly T[]): AsyncIterable<T> {
  yield* items;
}
