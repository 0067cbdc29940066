/**
 * The metrics of ../shared/eval/score.mjs, computed in-process: top-1, top-3, MRR, answered and
 * off-topic rejection for questions; F1, precision, recall, per-code counts, verdict accuracy
 * and clean drafts flagged for drafts (counted by ./tally.ts, as the training's cross-validation
 * counts them). Keep in step with score.mjs.
 */
import { CheckTally, type DraftOutcome } from './tally.js';

export interface LabelledQuestion {
  id: string;
  text: string;
  expect: string[];
  accept?: string[];
}

export interface LabelledDraft {
  id: string;
  text: string;
  expect: string[];
  optional?: string[];
  verdict?: string;
  indirect?: boolean;
}

/** One question's outcome: on-topic with the rank of its first right answer (−1: none), or off-topic and declined or not. */
export type QuestionOutcome = { onTopic: true; rank: number; answered: boolean } | { onTopic: false; declined: boolean };

const r3 = (x: number, n: number): number | null => (n ? Number((x / n).toFixed(3)) : null);

export function scoreAsk(items: readonly LabelledQuestion[], answer: (text: string) => string[]) {
  const misses: string[] = [];
  const outcomes: QuestionOutcome[] = [];
  for (const it of items) {
    const ids = answer(it.text);
    if (it.expect.length === 0) {
      outcomes.push({ onTopic: false, declined: ids.length === 0 });
      if (ids.length) misses.push(`${it.id} off-topic answered with ${ids[0]}: ${it.text}`);
      continue;
    }
    const good = new Set([...it.expect, ...(it.accept ?? [])]);
    const rank = ids.findIndex((x) => good.has(x));
    outcomes.push({ onTopic: true, rank, answered: ids.length > 0 });
    if (rank !== 0) misses.push(`${it.id} wanted ${it.expect[0]}, got ${ids.slice(0, 3).join(',') || 'nothing'}: ${it.text}`);
  }
  return { ...summariseAsk(outcomes), misses };
}

/** The figures of questions already answered: one set's, or several sets' pooled. */
export function summariseAsk(outcomes: readonly QuestionOutcome[]) {
  let on = 0,
    top1 = 0,
    top3 = 0,
    answered = 0,
    rr = 0,
    off = 0,
    rejected = 0;
  for (const o of outcomes) {
    if (!o.onTopic) {
      off++;
      if (o.declined) rejected++;
      continue;
    }
    on++;
    if (o.answered) answered++;
    if (o.rank === 0) top1++;
    if (o.rank >= 0 && o.rank < 3) top3++;
    if (o.rank >= 0) rr += 1 / (o.rank + 1);
  }
  const rep = { top1: r3(top1, on), top3: r3(top3, on), mrr: r3(rr, on), answered: r3(answered, on), reject: r3(rejected, off), on, off, outcomes };
  return {
    ...rep,
    summary: `top1 ${rep.top1} top3 ${rep.top3} mrr ${rep.mrr} answered ${rep.answered} off-topic rejected ${rep.reject} (${on} on-topic, ${off} off-topic)`,
  };
}

const RANK: Record<string, number> = { groen: 0, oranje: 1, rood: 2 };
const r = (x: number) => Number(x.toFixed(3));

/** A set of clean drafts only (the clean pool) has nothing to find: what it measures is the clean drafts flagged, not an F1. */
export const isCleanOnly = (items: readonly LabelledDraft[]): boolean => items.every((it) => it.expect.length === 0);

export function scoreCheck(items: readonly LabelledDraft[], check: (text: string) => { verdict: string; codes: string[] }) {
  const tally = new CheckTally();
  const errors: string[] = [];
  const outcomes: DraftOutcome[] = [];
  for (const it of items) {
    const out = check(it.text);
    const outcome: DraftOutcome = {
      want: new Set(it.expect),
      optional: new Set(it.optional ?? []),
      got: new Set(out.codes),
      verdict: RANK[out.verdict] ?? 0,
      indirect: it.indirect === true,
    };
    outcomes.push(outcome);
    const said = tally.add(outcome).map((w) => (w === 'verdict' ? `verdict ${out.verdict}` : w));
    if (said.length) errors.push(`${it.id} ${said.join(', ')}: ${it.text.slice(0, 100)}`);
  }
  return { ...summaryOf(tally, outcomes), errors };
}

/** The figures of drafts already checked: one set's, or several sets' pooled. */
export function summariseCheck(outcomes: readonly DraftOutcome[]) {
  const tally = new CheckTally();
  for (const o of outcomes) tally.add(o);
  return summaryOf(tally, outcomes);
}

function summaryOf(tally: CheckTally, outcomes: readonly DraftOutcome[]) {
  const { clean, cleanFlagged, cleanRood, perCode } = tally;
  const indirectRecall = tally.indirectRecall;
  const rep = {
    precision: r(tally.precision),
    recall: r(tally.recall),
    f1: r(tally.f1),
    verdict: r(tally.verdict),
    clean,
    cleanFlagged,
    cleanRood,
    indirectRecall: indirectRecall === null ? null : r(indirectRecall),
    perCode,
    outcomes,
  };
  const flagged = `clean drafts flagged ${cleanFlagged}/${clean} (rood ${cleanRood})`;
  return {
    ...rep,
    summary: outcomes.every((o) => o.want.size === 0)
      ? `${flagged}, verdict ${rep.verdict}`
      : `f1 ${rep.f1} precision ${rep.precision} recall ${rep.recall} verdict ${rep.verdict} ${flagged}`,
  };
}

/** Per code "recall (tp/n)", lowest first: where a set's misses are. */
export function codeRecalls(perCode: Record<string, { tp: number; fp: number; fn: number }>): string {
  return Object.entries(perCode)
    .filter(([, c]) => c.tp + c.fn > 0)
    .map(([code, c]) => ({ code, recall: c.tp / (c.tp + c.fn), c }))
    .sort((a, b) => a.recall - b.recall)
    .map(({ code, recall, c }) => `${code} ${recall.toFixed(2)}${c.fp ? ` (+${c.fp} extra)` : ''}`)
    .join(', ');
}
