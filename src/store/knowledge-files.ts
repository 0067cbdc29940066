import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { KnowledgeData } from '../core/knowledge/knowledge-base.js';
import type { KnowledgeSource } from '../core/knowledge/source.js';

/** The folder's knowledge: as the files hold it (a version), resolved for the bot, and the files' fingerprint. */
export interface KnowledgeFolder {
  source: KnowledgeSource;
  data: KnowledgeData;
  key: string;
}

/**
 * Reads and validates everything under `dir` (the `knowledge/` folder). Throws a
 * `knowledge_invalid` BotError listing every problem as "file: field what is wrong". With a
 * `cacheDir`, the validated result of the same files is reused (see `cachedKnowledge`).
 */
export async function loadKnowledgeFiles(dir: string, options: { cacheDir?: string | undefined } = {}): Promise<KnowledgeData> {
  return (await loadKnowledgeFolder(dir, options)).data;
}

/** As `loadKnowledgeFiles`, with the source and the fingerprint that version 1 (or a changed folder's version) is made of. */
export async function loadKnowledgeFolder(dir: string, options: { cacheDir?: string | undefined } = {}): Promise<KnowledgeFolder> {
  if (!options.cacheDir) return { ...(await parse(dir)), key: await fingerprint(dir) };
  return cachedKnowledge(dir, options.cacheDir);
}

/** Bump when the schema or the loader changes what a cached result would hold. */
const CACHE_VERSION = 2;

/** Every knowledge file's path and content, in a fixed order; what the cache is keyed on. */
async function fingerprint(dir: string): Promise<string> {
  const names = (await readdir(dir, { recursive: true })).filter((n) => /\.(ya?ml)$/.test(n)).sort();
  const contents = await Promise.all(names.map((n) => readFile(join(dir, n))));
  const hash = createHash('sha256').update(`v${CACHE_VERSION}\0`);
  for (const [i, name] of names.entries())
    hash
      .update(`${name}\0`)
      .update(contents[i] as Buffer)
      .update('\0');
  return hash.digest('hex');
}

/**
 * Parsing and validating the YAML takes a third of a second; the result for the same files
 * (same paths, same bytes) is kept as JSON in `cacheDir` and reused. Any edit changes the key,
 * so an edited file is always validated again. The parse runs in a short-lived worker thread
 * that writes the cache: what the parser leaves behind (~20 MB the process kept after its first
 * start) goes with the thread, and this process reads the cache as on a restart.
 */
async function cachedKnowledge(dir: string, cacheDir: string): Promise<KnowledgeFolder> {
  const key = await fingerprint(dir).catch(() => undefined);
  if (key === undefined) return { ...(await parse(dir)), key: '' }; // no such folder: the parser says so properly
  const file = join(cacheDir, 'knowledge-cache.json');
  const cached = await readCache(file, key);
  if (cached) return cached;
  const json = await parseInThread(dir, key, file);
  const parsed = json === undefined ? undefined : parseCache(json, key);
  if (parsed) return parsed;
  // No thread (a test runner that cannot load this module in one) or the files are invalid: here, with the parser's own error.
  const folder = { ...(await parse(dir)), key };
  await writeCache(file, JSON.stringify(folder));
  return folder;
}

async function readCache(file: string, key: string): Promise<KnowledgeFolder | undefined> {
  const json = await readFile(file, 'utf8').catch(() => undefined); // no cache yet
  return json === undefined ? undefined : parseCache(json, key);
}

/** The cached folder for `key`; undefined for another key or a damaged file. */
function parseCache(json: string, key: string): KnowledgeFolder | undefined {
  try {
    const cached = JSON.parse(json) as KnowledgeFolder;
    if (cached.key === key && cached.source) return cached;
  } catch {
    // damaged: parsed again, and written again
  }
  return undefined;
}

/**
 * Writes the cache; false when it cannot (a read-only data folder only costs start-up time).
 * Written beside it and renamed into place: replicas starting together on one data folder each
 * read a whole file, never one another's half-written one.
 */
async function writeCache(file: string, json: string): Promise<boolean> {
  const partial = `${file}.${process.pid}.${randomUUID()}.tmp`;
  try {
    await mkdir(join(file, '..'), { recursive: true });
    await writeFile(partial, json);
    await rename(partial, file);
    return true;
  } catch {
    await rm(partial, { force: true }).catch(() => undefined);
    return false;
  }
}

/**
 * The thread's code (a script or a module, as the process evaluates them): it imports this
 * module, compiled (`npm start`) or its TypeScript source through tsx, which a thread must
 * register itself (`npm run cli`, the tests' processes).
 */
const THREAD_SOURCE = `
const { parentPort, workerData } = process.getBuiltinModule('node:worker_threads');
const loader = workerData.module.endsWith('.ts') ? import('tsx/esm/api').then((tsx) => tsx.register()) : Promise.resolve();
loader
  .then(() => import(workerData.module))
  .then((m) => m.parseIntoCache(workerData.dir, workerData.key, workerData.file))
  .then((reply) => parentPort.postMessage(reply), () => parentPort.postMessage({ failed: true }));
`;

/** The folder as JSON, parsed in a worker thread (read back from the cache it wrote); undefined when that failed. */
function parseInThread(dir: string, key: string, file: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(THREAD_SOURCE, { eval: true, workerData: { module: import.meta.url, dir, key, file } });
    } catch {
      resolve(undefined);
      return;
    }
    worker.once('message', (reply: { written?: true; json?: string; failed?: true }) => {
      void worker.terminate();
      if (reply.written) resolve(readFile(file, 'utf8').catch(() => undefined));
      else resolve(reply.json);
    });
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  });
}

/** In the worker thread: parses the folder and writes the cache, or hands the JSON back when it cannot be written. Throws when invalid. */
export async function parseIntoCache(dir: string, key: string, file: string): Promise<{ written: true } | { json: string }> {
  const json = JSON.stringify({ ...(await parse(dir)), key });
  return (await writeCache(file, json)) ? { written: true } : { json };
}

/** The YAML parser and the schemas load only when files must be parsed: most starts use the cache. */
async function parse(dir: string): Promise<{ source: KnowledgeSource; data: KnowledgeData }> {
  const { parseKnowledgeSource, packagedLists } = await import('./knowledge-parse.js');
  const { resolveSource } = await import('../core/knowledge/source.js');
  const source = await parseKnowledgeSource(dir);
  return { source, data: resolveSource(source, packagedLists) };
}
