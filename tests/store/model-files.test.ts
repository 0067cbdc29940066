import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadModels, isModelCurrent, modelInputsHash } from '../../src/store/model-files.js';
import { SETTINGS } from '../../tools/train/settings.js';
import { KNOWLEDGE_DIR, learnedModels } from '../support/bot.js';

describe('the trained model in knowledge/model/', () => {
  it('was trained on the corpus, items, lexicons and settings as they are now (else: npm run train)', async () => {
    const models = await learnedModels();
    expect(models, 'knowledge/model/ is missing: run npm run train').toBeDefined();
    if (!models) return;
    expect(JSON.parse(JSON.stringify(SETTINGS)), 'tools/train/settings.ts changed: run npm run train').toEqual(models.stored.settings);
    expect(await isModelCurrent(KNOWLEDGE_DIR, models), 'the knowledge changed since the model was trained: run npm run train').toBe(true);
  });

  it('knows every knowledge item and every finding code', async () => {
    const models = await learnedModels();
    expect(models?.stored.answer.classifier.labels).toEqual(expect.arrayContaining(['regel-1', 'tip-grijs-gebied', 'none', 'smalltalk']));
    expect(Object.keys(models?.stored.check.thresholds ?? {})).toHaveLength(9);
  });

  it("reads the draft network's 8 MB on the first check, not at start-up; without its file, start-up stops and names it", async () => {
    const models = await learnedModels();
    const net = models?.stored.check.net;
    expect(net, 'the draft network is part of the trained model').toBeDefined();
    if (!models || !net) return;
    expect(models.weights.length).toBeLessThan(net.dim * net.hidden);
    expect(models.net?.().length).toBe(net.dim * net.hidden);
    const dir = mkdtempSync(join(tmpdir(), 'no-net-'));
    mkdirSync(join(dir, 'model'));
    for (const file of ['model.json', 'weights.bin.gz']) copyFileSync(join(KNOWLEDGE_DIR, 'model', file), join(dir, 'model', file));
    await expect(loadModels(dir)).rejects.toThrow(/net\.bin\.gz/);
    writeFileSync(join(dir, 'model', 'net.bin.gz'), gzipSync(Buffer.alloc(1000)));
    await expect(loadModels(dir)).rejects.toThrow(/net\.bin\.gz does not hold the draft network/);
  });

  it('is optional: a knowledge folder without one gives no model', async () => {
    expect(await loadModels(mkdtempSync(join(tmpdir(), 'no-model-')))).toBeUndefined();
  });
});

describe('whether the knowledge changed since training', () => {
  /** A knowledge folder whose corpus is `drafts`, hashed as start-up hashes it. */
  const hashOf = async (drafts: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'hash-'));
    mkdirSync(join(dir, 'training'));
    writeFileSync(join(dir, 'training', 'drafts.jsonl'), drafts);
    return modelInputsHash(dir, { any: 'settings' });
  };
  // Files are read in chunks of 64 KiB: put a line ending right on the seam.
  const seam = 64 * 1024 - 1;
  const lines = (eol: string) => `${'a'.repeat(seam)}${eol}b${eol}${'c'.repeat(70_000)}${eol}`;

  it('does not see Windows line endings as a change, also where a chunk ends between "\\r" and "\\n"', async () => {
    expect(await hashOf(lines('\r\n'))).toBe(await hashOf(lines('\n')));
  });

  it('sees any other change, a lone "\\r" on the seam or at the end included', async () => {
    const lf = await hashOf(lines('\n'));
    expect(await hashOf(lines('\r'))).not.toBe(lf);
    expect(await hashOf(`${lines('\n')}\r`)).not.toBe(lf);
    expect(await hashOf(lines('\n').replace('b', 'B'))).not.toBe(lf);
  });
});
