import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { DatabaseConnection, Dialect, Driver, Kysely, QueryResult } from 'kysely';
import { CompiledQuery, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler } from './kysely.js';

/**
 * The SQLite connection lives in a worker thread and runs there, statement by statement.
 * better-sqlite3 is synchronous: on the main thread a long statement (a year of figures, a big
 * delete, a checkpoint on a slow disk) would stop every Slack and Teams request until it ends.
 * Here the main thread only waits for a message. Prepared statements are cached in the worker.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
for (const pragma of workerData.pragmas) db.pragma(pragma);
const cache = new Map();
function prepare(sql) {
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    if (cache.size >= 500) cache.delete(cache.keys().next().value);
    cache.set(sql, statement);
  }
  return statement;
}
parentPort.on('message', ({ id, sql, parameters, close }) => {
  try {
    if (close) {
      try { db.pragma('optimize'); } catch {}
      db.close();
      parentPort.postMessage({ id });
      return;
    }
    // A pragma that steps once per page (incremental_vacuum) must run to its end: exec does.
    if (/^pragma incremental_vacuum/i.test(sql.trim())) {
      db.exec(sql);
      parentPort.postMessage({ id, changes: 0 });
      return;
    }
    const statement = prepare(sql);
    if (statement.reader) {
      parentPort.postMessage({ id, rows: statement.all(parameters) });
    } else {
      const { changes, lastInsertRowid } = statement.run(parameters);
      parentPort.postMessage({ id, changes, lastInsertRowid });
    }
  } catch (error) {
    parentPort.postMessage({ id, error: { message: String(error && error.message), code: error && error.code, name: error && error.name } });
  }
});
parentPort.postMessage({ id: 0 });
`;

interface Reply {
  id: number;
  rows?: unknown[];
  changes?: number;
  lastInsertRowid?: number | bigint;
  error?: { message: string; code?: string; name?: string };
}

export interface SqliteWorkerOptions {
  /** The database file. */
  file: string;
  /** PRAGMAs run once when the connection opens, in order (`journal_mode = WAL`, …). */
  pragmas: readonly string[];
}

/** One worker thread with one SQLite connection; statements go in order, answers come back by id. */
class SqliteWorker {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: (reply: Reply) => void; reject: (error: Error) => void; error: Error }>();
  private nextId = 1;
  private failure: Error | undefined;
  readonly ready: Promise<void>;

  constructor(options: SqliteWorkerOptions) {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, file: options.file, pragmas: options.pragmas } });
    this.ready = new Promise((resolve, reject) => this.waiting.set(0, { resolve: () => resolve(), reject, error: new Error('SQLite worker') }));
    this.worker.on('message', (reply: Reply) => this.settle(reply));
    this.worker.on('error', (error) => this.failAll(error));
    this.worker.on('exit', () => this.failAll(new Error('The SQLite worker thread stopped')));
  }

  /** Sends one statement; the worker thread keeps the process alive only while statements are out. */
  send(message: { sql?: string; parameters?: readonly unknown[]; close?: boolean }): Promise<Reply> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    const error = new Error(); // made here, so that a failure points at the caller
    const reply = new Promise<Reply>((resolve, reject) => this.waiting.set(id, { resolve, reject, error }));
    if (this.waiting.size === 1) this.worker.ref();
    this.worker.postMessage({ id, ...message });
    return reply;
  }

  private settle(reply: Reply): void {
    const waiter = this.waiting.get(reply.id);
    if (!waiter) return;
    this.waiting.delete(reply.id);
    if (this.waiting.size === 0) this.worker.unref();
    if (!reply.error) {
      waiter.resolve(reply);
      return;
    }
    waiter.error.message = reply.error.message;
    waiter.reject(Object.assign(waiter.error, { name: reply.error.name ?? 'SqliteError', code: reply.error.code }));
  }

  private failAll(error: Error): void {
    this.failure ??= error;
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
  }

  async close(): Promise<void> {
    if (!this.failure) await this.send({ close: true }).catch(() => undefined);
    this.failure ??= new Error('The database is closed');
    await this.worker.terminate();
  }
}

class WorkerConnection implements DatabaseConnection {
  constructor(private readonly worker: SqliteWorker) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const reply = await this.worker.send({ sql: query.sql, parameters: query.parameters });
    if (reply.rows) return { rows: reply.rows as R[] };
    return {
      rows: [],
      numAffectedRows: reply.changes === undefined ? undefined : BigInt(reply.changes),
      insertId: reply.lastInsertRowid === undefined ? undefined : BigInt(reply.lastInsertRowid),
    };
  }

  streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming would hold the only SQLite connection: read in pages (keyset) instead');
  }
}

/** SQLite has one connection: a transaction holds it, everything else waits its turn. */
class WorkerDriver implements Driver {
  private worker: SqliteWorker | undefined;
  private connection: WorkerConnection | undefined;
  private lock: Promise<void> = Promise.resolve();
  private release: (() => void) | undefined;

  constructor(private readonly options: SqliteWorkerOptions) {}

  async init(): Promise<void> {
    this.worker = new SqliteWorker(this.options);
    await this.worker.ready;
    this.connection = new WorkerConnection(this.worker);
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const previous = this.lock;
    let release!: () => void;
    this.lock = new Promise((resolve) => (release = resolve));
    await previous;
    this.release = release;
    return this.connection as WorkerConnection;
  }

  async releaseConnection(): Promise<void> {
    const release = this.release;
    this.release = undefined;
    release?.();
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async destroy(): Promise<void> {
    await this.worker?.close();
  }
}

/** A Kysely dialect for SQLite that runs every statement in a worker thread. */
export class SqliteWorkerDialect implements Dialect {
  constructor(private readonly options: SqliteWorkerOptions) {}

  createDriver(): Driver {
    return new WorkerDriver(this.options);
  }

  createQueryCompiler() {
    return new SqliteQueryCompiler();
  }

  createAdapter() {
    return new SqliteAdapter();
  }

  createIntrospector(db: Kysely<unknown>) {
    return new SqliteIntrospector(db);
  }
}
