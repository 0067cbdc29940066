import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** The worker thread's program: one SQLite connection at a time, opened and closed by message. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let db;
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
const pause = new Int32Array(new SharedArrayBuffer(4));
// Two processes switching one new file to WAL at the same moment can deadlock on its lock, and
// SQLite then fails one of them at once instead of waiting: that one tries again a little later.
function settle(pragma) {
  for (let attempt = 1; ; attempt++) {
    try {
      return db.pragma(pragma);
    } catch (error) {
      if (!error || error.code !== 'SQLITE_BUSY' || attempt >= 100) throw error;
      Atomics.wait(pause, 0, 0, 50);
    }
  }
}
parentPort.on('message', ({ id, sql, parameters, open, close }) => {
  try {
    if (open) {
      cache.clear();
      db = new Database(open.file);
      for (const pragma of open.pragmas) settle(pragma);
      parentPort.postMessage({ id });
      return;
    }
    if (close) {
      try { db.pragma('optimize'); } catch {}
      db.close();
      db = undefined;
      cache.clear();
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
`;

/**
 * A thread whose database was closed cleanly waits here, unreferenced (it keeps no process
 * alive), for the next database this process opens: starting a thread costs ~35 ms of CPU, and
 * a process that opens databases one after the other (the tests: hundreds) pays it once. At most
 * one waits; a thread that failed or exited is never kept.
 */
let idle: { worker: Worker; forget: () => void } | undefined;

export function takeThread(): Worker {
  const kept = idle;
  idle = undefined;
  if (kept) {
    kept.worker.off('error', kept.forget).off('exit', kept.forget);
    return kept.worker;
  }
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  return new Worker(WORKER_SOURCE, { eval: true, workerData: { driver } });
}

/** Keeps a thread with no database open for the next one, or ends it when one already waits. */
export async function keepThread(worker: Worker): Promise<void> {
  if (idle) return void (await worker.terminate());
  const forget = () => {
    if (idle?.worker === worker) idle = undefined;
  };
  idle = { worker, forget };
  worker.on('error', forget).on('exit', forget).unref();
}
