import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluationFiles, evaluationLines, lineKey, repeatsOfEvaluation } from '../../tools/train/eval-lines.js';
import { ROOT } from '../support/files.js';

const texts = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);

describe('training lines and evaluation lines', () => {
  it('are the same line when they differ only in case, spacing and end punctuation', () => {
    const evaluation = new Map([[lineKey('Hoe meld ik me ziek?'), 'tests/fixtures/eval/r5/questions.r5.jsonl']]);
    expect(repeatsOfEvaluation(['  hoe meld  ik me ZIEK', 'Hoe meld ik me beter?'], evaluation)).toEqual([
      { text: '  hoe meld  ik me ZIEK', file: 'tests/fixtures/eval/r5/questions.r5.jsonl' },
    ]);
  });

  it('never overlap: no training question or draft repeats a dev or held-out set line (npm run train refuses one)', () => {
    const files = evaluationFiles(ROOT);
    expect(files.some((f) => f.endsWith('r5/drafts.r5.jsonl'))).toBe(true);
    // The first round's sealed set became training data once measured.
    expect(files.some((f) => f.includes('/sealed/'))).toBe(false);
    const training = ['questions', 'drafts'].flatMap((k) => texts(join(ROOT, `knowledge/training/${k}.jsonl`)));
    expect(repeatsOfEvaluation(training, evaluationLines(ROOT))).toEqual([]);
  });
});
