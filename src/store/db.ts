import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Kysely, Migrator, PostgresDialect, sql } from './kysely.js';
import { BotError } from '../core/errors.js';
import { migrations } from './migrations/index.js';
import type { Database } from './db-schema.js';
import { listenOn, type PgListening } from './pg-listen.js';
import { SqliteWorkerDialect } from './sqlite-worker-dialect.js';

export type Engine = 'sqlite' | 'postgres';

export interface Db {
  kysely: Kysely<Database>;
  engine: Engine;
  /** Where the data lives, for the start-up line: a file path or the database host. */
  location: string;
  close(): Promise<void>;
  /** PostgreSQL only: LISTEN on a channel over a connection of its own (store/pg-listen.ts). */
  listen?(channel: string, handlers: { onNotify(): void; onLost(error: unknown): void }): Promise<PgListening>;
}

export interface DbOptions {
  /** Folder for the SQLite file when no `databaseUrl` is given. */
  dataDir: string;
  /** `postgres://…`: use PostgreSQL instead of the SQLite file. */
  databaseUrl?: string | undefined;
}

/** How long a query waits for another process's write lock before it fails with "database is locked". */
const SQLITE_BUSY_TIMEOUT = 'busy_timeout = 5000';
/** How long a starting process waits for another that is migrating the same file (a big table's migration may take a while). */
const MIGRATION_WAIT_MS = 120_000;

/** Connection settings, in this order; the busy timeout before anything that locks, then auto_vacuum while a new file has no tables yet. */
const SQLITE_PRAGMAS = [
  // Set first: switching a new file to WAL takes a lock that a replica starting beside this one may hold.
  SQLITE_BUSY_TIMEOUT,
  // Freed pages can be handed back to the file system (retention's PRAGMA incremental_vacuum).
  'auto_vacuum = INCREMENTAL',
  // WAL lets readers and the one writer work side by side.
  'journal_mode = WAL',
  // In WAL mode NORMAL is safe against a crashed process (only a power cut can lose the last commits) and skips an fsync per commit.
  'synchronous = NORMAL',
  // The WAL file is cut back to 64 MB after a checkpoint instead of keeping its largest size.
  'journal_size_limit = 67108864',
];

/**
 * SQLite runs in a worker thread (see sqlite-worker-dialect.ts). A database made before
 * incremental auto-vacuum was on is rewritten once (VACUUM) so that it can shrink from now on.
 */
async function openSqlite(dataDir: string): Promise<Db> {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'richtlijnenbot.sqlite');
  const kysely = new Kysely<Database>({ dialect: new SqliteWorkerDialect({ file, pragmas: SQLITE_PRAGMAS }) });
  const mode = await sql<{ auto_vacuum: number }>`pragma auto_vacuum`.execute(kysely);
  if (mode.rows[0]?.auto_vacuum !== 2) {
    await sql`pragma auto_vacuum = incremental`.execute(kysely);
    await sql`vacuum`.execute(kysely);
  }
  return { kysely, engine: 'sqlite', location: file, close: () => kysely.destroy() };
}

/** `pg` is loaded only when PostgreSQL is used: a SQLite deployment does not pay for it at start-up. */
async function openPostgres(url: string): Promise<Db> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const host = new URL(url).host;
  const listen = (channel: string, handlers: Parameters<NonNullable<Db['listen']>>[1]) => listenOn(pg.Client, url, channel, handlers);
  return { kysely, engine: 'postgres', location: host, close: () => kysely.destroy(), listen };
}

/** The PostgreSQL advisory lock that migrating processes take in turn (any fixed number, ours alone). */
const MIGRATION_LOCK = 7_061_014_050;

/**
 * Brings the database to the latest migration, one process at a time. Kysely's migrator creates
 * its own tables before it takes its lock, and two processes doing that at once on an empty
 * PostgreSQL collide (duplicate keys in the catalogue); on SQLite it takes no lock across
 * processes at all. So the whole run holds a lock on one connection: PostgreSQL a session
 * advisory lock (released by the server if the process dies), SQLite `BEGIN IMMEDIATE` (the
 * write lock; the migrations run inside that transaction, so they also apply all or nothing).
 */
async function migrate(db: Db): Promise<unknown> {
  return db.kysely.connection().execute(async (conn) => {
    const isPostgres = db.engine === 'postgres';
    // A replica that starts while another migrates waits for it, longer than a query waits for a lock.
    if (!isPostgres) await sql.raw(`pragma busy_timeout = ${MIGRATION_WAIT_MS}`).execute(conn);
    await sql.raw(isPostgres ? `select pg_advisory_lock(${MIGRATION_LOCK})` : 'begin immediate').execute(conn);
    let error: unknown;
    try {
      // Each branch of work has its own range of numbers, so a migration may sort before one already run: it runs then.
      const migrator = new Migrator({ db: conn, provider: { getMigrations: async () => migrations }, allowUnorderedMigrations: true });
      ({ error } = await migrator.migrateToLatest());
    } catch (thrown) {
      error = thrown;
    } finally {
      const release = isPostgres ? `select pg_advisory_unlock(${MIGRATION_LOCK})` : error ? 'rollback' : 'commit';
      await sql.raw(release).execute(conn);
      if (!isPostgres) await sql.raw(`pragma ${SQLITE_BUSY_TIMEOUT}`).execute(conn);
    }
    return error;
  });
}

/**
 * Opens the database (PostgreSQL when a URL is given, else a SQLite file in `dataDir`) and
 * brings it to the latest migration; processes sharing one database migrate one at a time.
 */
export async function openDb(options: DbOptions): Promise<Db> {
  const db = options.databaseUrl ? await openPostgres(options.databaseUrl) : await openSqlite(options.dataDir);
  const error = await migrate(db).catch((thrown: unknown) => thrown);
  if (error) {
    await db.close().catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new BotError('store_unavailable', `The ${db.engine} database at ${db.location} could not be opened or migrated: ${reason}`, [], { cause: error });
  }
  return db;
}

/** Resolves when the database answers a trivial query; rejects when it does not (for `/readyz`). */
export async function pingDb(db: Db): Promise<void> {
  await sql`select 1`.execute(db.kysely);
}
