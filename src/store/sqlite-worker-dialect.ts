import type { Worker } from 'node:worker_threads';
import type { DatabaseConnection, Dialect, Driver, Kysely, QueryResult } from 'kysely';
import { CompiledQuery, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler } from './kysely.js';
import { keepThread, takeThread } from './sqlite-thread.js';

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

/**
 * The SQLite connection lives in a worker thread and runs there, statement by statement.
 * better-sqlite3 is synchronous: on the main thread a long statement (a year of figures, a big
 * delete, a checkpoint on a slow disk) would stop every Slack and Teams request until it ends.
 * Here the main thread only waits for a message. Prepared statements are cached in the worker.
 * One worker thread with one SQLite connection; statements go in order, answers come back by id.
 */
class SqliteWorker {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: (reply: Reply) => void; reject: (error: Error) => void; error: Error }>();
  private nextId = 1;
  private failure: Error | undefined;
  readonly ready: Promise<void>;

  private readonly listeners = {
    message: (reply: Reply) => this.settle(reply),
    error: (error: Error) => this.failAll(error),
    exit: () => this.failAll(new Error('The SQLite worker thread stopped')),
  };

  constructor(options: SqliteWorkerOptions) {
    this.worker = takeThread();
    for (const [event, listener] of Object.entries(this.listeners)) this.worker.on(event, listener);
    this.ready = this.send({ open: { file: options.file, pragmas: options.pragmas } }).then(
      () => undefined,
      (error: Error) => {
        this.failure ??= error;
        throw error;
      },
    );
  }

  /** Sends one statement; the worker thread keeps the process alive only while statements are out. */
  send(message: { sql?: string; parameters?: readonly unknown[]; open?: SqliteWorkerOptions; close?: boolean }): Promise<Reply> {
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
    const closed =
      !this.failure &&
      (await this.send({ close: true }).then(
        () => true,
        () => false,
      ));
    this.failure ??= new Error('The database is closed');
    for (const [event, listener] of Object.entries(this.listeners)) this.worker.off(event, listener);
    if (closed) await keepThread(this.worker);
    else await this.worker.terminate();
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
