import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { scoreAsk, scoreCheck, type LabelledDraft, type LabelledQuestion } from '../../tools/eval/score.js';
import { ROOT } from './files.js';

export type { LabelledDraft, LabelledQuestion } from '../../tools/eval/score.js';

/** The shared dev set (beside the repository, when present) and the held-out set in tests/. */
export const EVAL_SETS = {
  dev: resolve(ROOT, '../shared/eval/questions.dev.jsonl'),
  heldOut: resolve(ROOT, 'tests/fixtures/eval/questions.extra.jsonl'),
  blind: resolve(ROOT, 'tests/fixtures/eval/questions.blind.jsonl'),
} as const;

export function readJsonl<T>(file: string): T[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

/** The answer metrics of `npm run eval` (tools/eval/score.ts), as the quality tests read them. */
export function scoreAnswers(items: readonly LabelledQuestion[], answer: (text: string) => string[]) {
  const score = scoreAsk(items, answer);
  return { top1: score.top1 ?? 0, top3: score.top3 ?? 0, reject: score.reject ?? 1, misses: score.misses };
}

export const DRAFT_SETS = {
  dev: resolve(ROOT, '../shared/eval/drafts.dev.jsonl'),
  heldOut: resolve(ROOT, 'tests/fixtures/eval/drafts.extra.jsonl'),
  blind: resolve(ROOT, 'tests/fixtures/eval/drafts.blind.jsonl'),
} as const;

/** The check metrics of `npm run eval` (tools/eval/score.ts), as the quality tests read them. */
export function scoreChecks(items: readonly LabelledDraft[], check: (text: string) => { verdict: string; codes: string[] }) {
  const score = scoreCheck(items, check);
  return { f1: score.f1, verdict: score.verdict, cleanFlagged: score.cleanFlagged, errors: score.errors };
}

/** Two labelled drafts for the command-line tests of npm run eval and npm run agreement: a clean one and one with a BSN. */
export const SAMPLE_DRAFTS = [
  { id: 'd1', text: 'Mooie dag gehad op de open dag, dank aan iedereen die kwam!', expect: [], optional: [], verdict: 'groen', indirect: false },
  {
    id: 'd2',
    text: 'Het BSN van mijn collega is 111222333, kan iemand dat nakijken?',
    expect: ['persoonsgegevens'],
    optional: [],
    verdict: 'rood',
    indirect: false,
  },
] as const satisfies readonly LabelledDraft[];
