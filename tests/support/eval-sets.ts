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
