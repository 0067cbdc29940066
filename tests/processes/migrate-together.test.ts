import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { openDb } from '../../src/store/db.js';
import { migrations } from '../../src/store/migrations/index.js';
import { ROOT } from '../support/files.js';
import { freshPgSchema, pgQuery } from '../support/db.js';

const PROCESSES = 4;

/** An empty database: a new SQLite folder, or a new schema on the PostgreSQL server of DATABASE_URL (.ci/run). */
async function emptyDatabase(): Promise<{ target: string; failedStatements(): Promise<number>; drop(): Promise<void> }> {
  const server = process.env.DATABASE_URL;
  if (!server) {
    const dir = await mkdtemp(join(tmpdir(), 'richtlijnenbot-migrate-'));
    return { target: dir, failedStatements: async () => 0, drop: () => rm(dir, { recursive: true, force: true }) };
  }
  const schema = await freshPgSchema(server);
  return {
    target: schema.url,
    // A statement that failed on the server (a duplicate key in the catalogue, say) rolled its transaction back.
    failedStatements: async () =>
      Number((await pgQuery<{ n: string }>(server, 'SELECT xact_rollback AS n FROM pg_stat_database WHERE datname = current_database()'))[0]?.n),
    drop: schema.drop,
  };
}

/** Starts `count` processes that each migrate `target`, lets them go at the same moment, and gives their exit codes and errors. */
async function migrateAtOnce(target: string, count: number): Promise<Array<{ code: number | null; error: string }>> {
  const children = Array.from({ length: count }, () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/migrate-child.ts', target], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let error = '';
    child.stderr.setEncoding('utf8').on('data', (c: string) => (error += c));
    const ready = new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    const exited = new Promise<{ code: number | null; error: string }>((resolve) => child.on('close', (code) => resolve({ code, error })));
    return { child, ready, exited };
  });
  await Promise.all(children.map((c) => c.ready));
  for (const { child } of children) child.stdin.write('go\n');
  return Promise.all(children.map((c) => c.exited));
}

it(`${PROCESSES} replicas started at the same moment on an empty database migrate it once, without an error`, async () => {
  for (let round = 0; round < 2; round++) {
    const empty = await emptyDatabase();
    try {
      const failedBefore = await empty.failedStatements();
      const results = await migrateAtOnce(empty.target, PROCESSES);
      expect(results.filter((r) => r.code !== 0)).toEqual([]);
      expect(await empty.failedStatements(), 'statements that failed on the server').toBe(failedBefore);
      const db = await openDb(empty.target.startsWith('postgres') ? { dataDir: '', databaseUrl: empty.target } : { dataDir: empty.target });
      const ran = await db.kysely
        .selectFrom('kysely_migration' as never)
        .select('name' as never)
        .execute();
      await db.close();
      expect(ran.map((r) => (r as { name: string }).name).sort()).toEqual(Object.keys(migrations).sort());
    } finally {
      await empty.drop();
    }
  }
}, 60_000);
