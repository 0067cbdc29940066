import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb, type Db } from '../../src/store/db.js';

/**
 * A fresh database for one test: SQLite in a temporary folder, or, when DATABASE_URL is set
 * (as .ci/run does), a fresh schema on that PostgreSQL server.
 */
export async function testDb(): Promise<Db & { cleanup(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const schema = `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = await import('pg');
    const client = new admin.default.Client({ connectionString: url });
    await client.connect();
    await client.query(`CREATE SCHEMA ${schema}`);
    await client.end();
    const withSchema = new URL(url);
    withSchema.searchParams.set('options', `-c search_path=${schema}`);
    const db = await openDb({ dataDir: '', databaseUrl: withSchema.href });
    return {
      ...db,
      cleanup: async () => {
        await db.close();
        const c = new admin.default.Client({ connectionString: url });
        await c.connect();
        await c.query(`DROP SCHEMA ${schema} CASCADE`);
        await c.end();
      },
    };
  }
  const dir = await mkdtemp(join(tmpdir(), 'richtlijnenbot-db-'));
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
