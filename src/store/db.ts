import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Kysely, Migrator, PostgresDialect, sql } from 'kysely';
import { BotError } from '../core/errors.js';
import { migrations } from './migrations/index.js';
import type { Database } from './db-schema.js';
import { SqliteWorkerDialect } from './sqlite-worker-dialect.js';

export type Engine = 'sqlite' | 'postgres';

export interface Db {
  kysely: Kysely<Database>;
  engine: Engine;
  /** Where the data lives, for the start-up line: a file path or the database host. */
  location: string;
  close(): Promise<void>;
}

export interface DbOptions {
  /** Folder for the SQLite file when no `databaseUrl` is given. */
  dataDir: string;
  /** `postgres://…`: use PostgreSQL instead of the SQLite file. */
  databaseUrl?: string | undefined;
}

/** Connection settings, in this order; auto_vacuum first, while a new file has no tables yet. */
const SQLITE_PRAGMAS = [
  // Freed pages can be handed back to the file system (retention's PRAGMA incremental_vacuum).
  'auto_vacuum = INCREMENTAL',
  // WAL lets readers and the one writer work side by side; a busy timeout rides out short locks.
  'journal_mode = WAL',
  'busy_timeout = 5000',
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
  return { kysely, engine: 'postgres', location: host, close: () => kysely.destroy() };
}

/**
 * Opens the database (PostgreSQL when a URL is given, else a SQLite file in `dataDir`) and
 * brings it to the latest migration. Kysely's migrator takes a lock, so several processes on
 * one PostgreSQL migrate one at a time.
 */
export async function openDb(options: DbOptions): Promise<Db> {
  const db = options.databaseUrl ? await openPostgres(options.databaseUrl) : await openSqlite(options.dataDir);
  const migrator = new Migrator({ db: db.kysely, provider: { getMigrations: async () => migrations } });
  const { error } = await migrator.migrateToLatest();
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
