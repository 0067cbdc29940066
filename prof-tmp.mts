import { Kysely, PostgresDialect, Migrator } from 'kysely';
import pg from 'pg';
import { mkdirSync } from 'node:fs';
import { SqliteWorkerDialect } from './src/store/sqlite-worker-dialect.js';
import { openDb, type Db } from './src/store/db.js';
import { migrations } from './src/store/migrations/index.js';
import { seedYear } from './tests/bench/scale/seed.js';
import { NOW } from './tests/bench/scale/operations.js';
import { rollUpDays } from './src/store/rollup.js';
import { SqlHousekeeping } from './src/store/housekeeping.js';
import { SqlSignalStore } from './src/store/signal-store.js';
const [engine, scale, mode] = process.argv.slice(2);
const log: string[] = [];
const logger = (e: any) => { if (e.level === 'query') log.push(`${e.queryDurationMillis.toFixed(2)}ms ${e.query.sql.replace(/\s+/g, ' ').slice(0, 150)}`); };
let db: Db;
if (engine === 'sqlite') {
  const dir = `/tmp/prof-sqlite-${scale}`; mkdirSync(dir, { recursive: true });
  if (mode === 'seed') { const d = await openDb({ dataDir: dir }); await seedYear(d, Number(scale), ['tip-1','tip-2']); await rollUpDays(d, NOW); await d.close(); }
  const kysely = new Kysely<any>({ dialect: new SqliteWorkerDialect({ file: `${dir}/richtlijnenbot.sqlite`, pragmas: ['journal_mode = WAL'] }), log: logger });
  db = { kysely, engine: 'sqlite', location: dir, close: () => kysely.destroy() };
} else {
  const url = `postgres://postgres@127.0.0.1:55440/prof_${scale}`;
  if (mode === 'seed') { const c = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:55440/bench' }); await c.connect(); await c.query(`drop database if exists prof_${scale}`); await c.query(`create database prof_${scale}`); await c.end(); const d = await openDb({ dataDir: '', databaseUrl: url }); await seedYear(d, Number(scale), ['tip-1','tip-2']); await rollUpDays(d, NOW); await d.close(); }
  const kysely = new Kysely<any>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url }) }), log: logger });
  db = { kysely, engine: 'postgres', location: url, close: () => kysely.destroy() };
}
const hk = new SqlHousekeeping(db, { retentionDays: 90 });
const signals = new SqlSignalStore(db);
const time = async (name: string, f: () => Promise<unknown>) => { log.length = 0; const t = performance.now(); await f(); console.log(`== ${name} ${(performance.now() - t).toFixed(1)} ms`); for (const l of log) console.log('   ', l); };
await time('stats-365', () => signals.stats(new Date(NOW.getTime() - 365 * 86400000), NOW));
await time('stats-365 again', () => signals.stats(new Date(NOW.getTime() - 365 * 86400000), NOW));
if (mode !== 'stats') {
await time('housekeeping 1', () => hk.run(NOW));
await time('housekeeping 2', () => hk.run(new Date(NOW.getTime() + 60000)));
await time('housekeeping 3', () => hk.run(new Date(NOW.getTime() + 120000)));
}
await db.close();
