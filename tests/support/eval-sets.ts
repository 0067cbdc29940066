import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from './files.js';

export interface LabelledQuestion {
  id: string;
  text: string;
  expect: string[];
  accept?: string[];
}

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

/** The metrics of ../shared/eval/score.mjs for questions: top-1, top-3 and off-topic rejection. */
export function scoreAnswers(items: readonly LabelledQuestion[], answer: (text: string) => string[]) {
  let on = 0;
  let top1 = 0;
  let top3 = 0;
  let off = 0;
  let rejected = 0;
  const misses: string[] = [];
  for (const item of items) {
    const ids = answer(item.text);
    if (item.expect.length === 0) {
      off++;
      if (ids.length === 0) rejected++;
      else misses.push(`${item.id} off-topic answered with ${ids[0]}`);
      continue;
    }
    on++;
    const good = new Set([...item.expect, ...(item.accept ?? [])]);
    const rank = ids.findIndex((id) => good.has(id));
    if (rank === 0) top1++;
    else misses.push(`${item.id} wanted ${item.expect[0]}, got ${ids.slice(0, 3).join(',') || 'nothing'}`);
    if (rank >= 0 && rank < 3) top3++;
  }
  return { top1: top1 / on, top3: top3 / on, reject: off ? rejected / off : 1, misses };
}

export interface LabelledDraft {
  id: string;
  text: string;
  expect: string[];
  optional?: string[];
  verdict: 'groen' | 'oranje' | 'rood';
}

export const DRAFT_SETS = {
  dev: resolve(ROOT, '../shared/eval/drafts.dev.jsonl'),
  heldOut: resolve(ROOT, 'tests/fixtures/eval/drafts.extra.jsonl'),
  blind: resolve(ROOT, 'tests/fixtures/eval/drafts.blind.jsonl'),
} as const;

const SEVERITY: Record<string, number> = {
  vertrouwelijk: 2,
  persoonsgegevens: 2,
  belediging: 2,
  gesprek: 1,
  'klant-concurrent': 1,
  auteursrecht: 1,
  'persoonlijke-titel': 1,
  onderbouwing: 1,
  verwijderen: 1,
};
const RANK = { groen: 0, oranje: 1, rood: 2 } as const;

/** The metrics of ../shared/eval/score.mjs for drafts: F1 over codes, verdict accuracy, clean drafts flagged. */
export function scoreChecks(items: readonly LabelledDraft[], check: (text: string) => { verdict: keyof typeof RANK; codes: string[] }) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let verdictOk = 0;
  let cleanFlagged = 0;
  const errors: string[] = [];
  for (const item of items) {
    const out = check(item.text);
    const got = new Set(out.codes);
    const want = new Set(item.expect);
    const optional = new Set(item.optional ?? []);
    for (const c of want)
      if (got.has(c)) tp++;
      else {
        fn++;
        errors.push(`${item.id} missed ${c}`);
      }
    for (const c of got)
      if (!want.has(c) && !optional.has(c)) {
        fp++;
        errors.push(`${item.id} extra ${c}`);
      }
    const worst = (codes: string[]) => Math.max(0, ...codes.map((c) => SEVERITY[c] ?? 0));
    const v = RANK[out.verdict];
    if (v >= worst([...want]) && v <= worst([...want, ...optional])) verdictOk++;
    if (want.size === 0 && optional.size === 0 && got.size > 0) cleanFlagged++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, verdict: verdictOk / items.length, cleanFlagged, errors };
}
