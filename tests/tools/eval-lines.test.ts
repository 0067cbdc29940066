import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  closeEvaluationDraft,
  evaluationDrafts,
  evaluationFiles,
  lineKey,
  refusedRepeats,
  repeatsOfEvaluation,
  TRAINING_FILES,
} from '../../tools/train/eval-lines.js';
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
    expect(files.some((f) => f.endsWith('r11/drafts.r11.jsonl'))).toBe(true);
    // The first round's sealed set became training data once measured.
    expect(files.some((f) => f.includes('/sealed/'))).toBe(false);
    const training = TRAINING_FILES.flatMap((name) => texts(join(ROOT, 'knowledge/training', name)));
    expect(training.length).toBeGreaterThan(20_000);
    expect(refusedRepeats(training, ROOT)).toEqual([]);
  });
});

describe('a new draft close to an evaluation draft (npm run fold-in leaves it out)', () => {
  const root = mkdtempSync(join(tmpdir(), 'rb-eval-lines-'));
  mkdirSync(join(root, 'tests/fixtures/eval/rx'), { recursive: true });
  const draft = (text: string) => JSON.stringify({ id: 'x', text, expect: [], verdict: 'groen' });
  writeFileSync(
    join(root, 'tests/fixtures/eval/rx/drafts.rx.jsonl'),
    `${draft('Morgen vertelt onze directeur in de kantine wie er weg moeten bij de reorganisatie, ik weet het al!')}\n`,
  );
  // A question file is no draft file: its lines are not compared.
  writeFileSync(join(root, 'tests/fixtures/eval/rx/questions.rx.jsonl'), `${draft('Mag ik een foto van de kantine posten?')}\n`);
  const drafts = evaluationDrafts(root);

  it('is found by the words and word pairs it shares, whatever the case and punctuation', () => {
    const close = closeEvaluationDraft('morgen vertelt de directeur in de kantine wie er weg moet bij de reorganisatie... ik weet het al', drafts);
    expect(close?.file).toBe(join('tests/fixtures/eval/rx/drafts.rx.jsonl'));
    expect(close?.words).toBeGreaterThanOrEqual(0.4);
  });

  it('is not a draft about the same subject in words of its own, nor a line of a question file', () => {
    expect(closeEvaluationDraft('Spannende week: het plan voor onze afdeling wordt binnenkort bekend gemaakt. Duimen!', drafts)).toBeUndefined();
    expect(closeEvaluationDraft('Mag ik een foto van de kantine posten?', drafts)).toBeUndefined();
  });
});
