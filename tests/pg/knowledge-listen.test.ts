import pg from 'pg';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { KNOWLEDGE_CHANNEL } from '../../src/store/pg-listen.js';
import { SqlVersionStore } from '../../src/store/version-store.js';
import { knowledgeFolder } from '../support/bot.js';
import { testDb } from '../support/db.js';

// Runs in .ci/run, which starts a PostgreSQL server and sets DATABASE_URL; skipped elsewhere.
const onPostgres = Boolean(process.env.DATABASE_URL);
let db: Awaited<ReturnType<typeof testDb>> | undefined;
beforeEach(async () => {
  if (onPostgres) db = await testDb();
});
afterEach(async () => {
  await db?.cleanup();
});

/** A promise and the function that settles it: a test waits for the event, never for time. */
function signal<T = void>() {
  let settle: (value: T) => void = () => undefined;
  const happened = new Promise<T>((resolve) => {
    settle = resolve;
  });
  return { happened, settle };
}

it.skipIf(!onPostgres)('tells a listening process of every new version at once, and says so when its connection is lost', async () => {
  const database = db as NonNullable<typeof db>;
  const versions = new SqlVersionStore(database);
  const folder = await knowledgeFolder();
  const add = () => versions.add({ kind: 'publish', source: folder.source, author: 'communicatie', message: 'test', at: new Date() });
  await add();
  let notified = signal();
  const lost = signal<unknown>();
  const listening = await database.listen?.(KNOWLEDGE_CHANNEL, { onNotify: () => notified.settle(), onLost: (error) => lost.settle(error) });
  expect(listening?.connected()).toBe(true);

  await add();
  await notified.happened;
  notified = signal();
  await add();
  await notified.happened;

  // The server ends the listening connection (a restart, a failover): the process is told and polls.
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = 'LISTEN ${KNOWLEDGE_CHANNEL}' AND pid <> pg_backend_pid()`);
  await admin.end();
  await lost.happened;
  expect(listening?.connected()).toBe(false);
  expect(await versions.latestNumber()).toBe(3);
  await listening?.close().catch(() => undefined);
});
