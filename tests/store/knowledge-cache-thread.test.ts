import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { KNOWLEDGE_DIR, knowledgeData } from '../support/bot.js';

/**
 * A first start parses the knowledge in a worker thread that writes the cache (this process then
 * reads it, as a restart does). The thread imports the loader's own module, so it only runs
 * where Node itself loads the sources: a process of its own started as `npm start` or
 * `node --import tsx` starts it, not this test runner. These tests run such a process.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const temps: string[] = [];
const SCRIPT = `
const { loadKnowledgeFolder } = await import('./src/store/knowledge-files.ts');
try {
  const folder = await loadKnowledgeFolder(process.argv[1], { cacheDir: process.argv[2] });
  process.stdout.write(JSON.stringify({ ok: true, data: folder.data, key: folder.key }));
} catch (error) {
  process.stdout.write(JSON.stringify({ ok: false, code: error.code, message: error.message }));
}
`;

async function firstStart(knowledgeDir: string, shared?: string): Promise<{ cacheDir: string; result: Record<string, unknown> }> {
  const cacheDir = shared ?? (await mkdtemp(join(tmpdir(), 'knowledge-cache-')));
  temps.push(cacheDir);
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', SCRIPT, knowledgeDir, cacheDir], {
    cwd: ROOT,
  });
  return { cacheDir, result: JSON.parse(stdout) as Record<string, unknown> };
}

afterEach(async () => {
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('a first start parses the knowledge in a thread of its own', () => {
  it('answers from the same knowledge as a parse in the process, and leaves the cache a restart reads', async () => {
    const { cacheDir, result } = await firstStart(KNOWLEDGE_DIR);
    expect(result.ok).toBe(true);
    expect(result.data).toEqual(JSON.parse(JSON.stringify(await knowledgeData())));
    const cache = JSON.parse(await readFile(join(cacheDir, 'knowledge-cache.json'), 'utf8')) as { key: string };
    expect(cache.key).toBe(result.key);
  });

  it('lets replicas start together on one fresh data folder: each reads a whole cache, none is left half-written', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'knowledge-cache-'));
    const starts = await Promise.all(Array.from({ length: 6 }, () => firstStart(KNOWLEDGE_DIR, cacheDir)));
    for (const { result } of starts) expect(result).toMatchObject({ ok: true });
    expect(new Set(starts.map(({ result }) => result.key)).size).toBe(1);
    expect(await readdir(cacheDir)).toEqual(['knowledge-cache.json']);
  }, 60_000);

  it('still stops on a broken file with the file, the field and what is wrong', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'knowledge-'));
    temps.push(dir);
    await cp(KNOWLEDGE_DIR, join(dir, 'knowledge'), { recursive: true });
    await writeFile(
      join(dir, 'knowledge/items/regel-7.yaml'),
      await readFile(resolve(import.meta.dirname, '../fixtures/knowledge-broken/regel-7.missing-answer-en.yaml')),
    );
    const { result } = await firstStart(join(dir, 'knowledge'));
    expect(result).toMatchObject({ ok: false, code: 'knowledge_invalid' });
    expect(result.message).toMatch(/knowledge\/items\/regel-7\.yaml: answer\.en is missing/);
  });
});
