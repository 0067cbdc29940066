import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
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
 * so an edited file is always validated again.
 */
async function cachedKnowledge(dir: string, cacheDir: string): Promise<KnowledgeFolder> {
  const key = await fingerprint(dir).catch(() => undefined);
  if (key === undefined) return { ...(await parse(dir)), key: '' }; // no such folder: the parser says so properly
  const file = join(cacheDir, 'knowledge-cache.json');
  try {
    const cached = JSON.parse(await readFile(file, 'utf8')) as KnowledgeFolder;
    if (cached.key === key && cached.source) return cached;
  } catch {
    // no cache yet, or an unreadable one: parse below
  }
  const folder = { ...(await parse(dir)), key };
  try {
    await mkdir(cacheDir, { recursive: true });
    await writeFile(file, JSON.stringify(folder));
  } catch {
    // a read-only data folder only costs start-up time
  }
  return folder;
}

/** The YAML parser and the schemas load only when files must be parsed: most starts use the cache. */
async function parse(dir: string): Promise<{ source: KnowledgeSource; data: KnowledgeData }> {
  const { parseKnowledgeSource, packagedLists } = await import('./knowledge-parse.js');
  const { resolveSource } = await import('../core/knowledge/source.js');
  const source = await parseKnowledgeSource(dir);
  return { source, data: resolveSource(source, packagedLists) };
}
