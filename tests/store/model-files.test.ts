import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModels, isModelCurrent } from '../../src/store/model-files.js';
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

  it('is optional: a knowledge folder without one gives no model', async () => {
    expect(await loadModels(mkdtempSync(join(tmpdir(), 'no-model-')))).toBeUndefined();
  });
});
