/**
 * How far a set's figures would move with other lines of the same kind: 90 % bootstrap intervals,
 * the 5th and 95th percentiles of a figure over resamples drawn with replacement. A fresh set of
 * 200 drafts holds 20-30 drafts of each code, so one code's recall on it is known to about ±0.15;
 * the interval says whether a set that misses a target by a little has missed it at all.
 *
 * Resampled are units: a set's lines (how sure one set's figure is), or whole sets (how sure a
 * figure pooled over sets is, when each set has its own writer and each writer reads the contract
 * a little differently). Seeded, so that two runs print the same.
 */
import { seededRandom } from '../../src/core/learn/hash.js';
import { type QuestionOutcome, summariseAsk, summariseCheck } from './score.js';
import type { CodeCounts, DraftOutcome } from './tally.js';

export interface Interval {
  lo: number;
  hi: number;
}

/** The figures of one resample; null where the resample has nothing to measure (no off-topic questions). */
type Figures = Record<string, number | null>;

export const RESAMPLES = 1000;
const LEVEL = 0.9;

/** Each line a unit of its own: how sure one set's figure is. */
export const byLine = <T>(rows: readonly T[]): T[][] => rows.map((row) => [row]);

/** The 90 % interval of each figure over `resamples` draws of as many units as there are, with replacement. */
export function bootstrap<T>(
  units: readonly (readonly T[])[],
  measure: (rows: readonly T[]) => Figures,
  resamples = RESAMPLES,
  seed = 1,
): Record<string, Interval> {
  const random = seededRandom(seed);
  const values: Record<string, number[]> = {};
  for (let b = 0; b < resamples; b++) {
    const rows: T[] = [];
    for (let i = 0; i < units.length; i++) rows.push(...(units[Math.floor(random() * units.length)] as readonly T[]));
    for (const [key, value] of Object.entries(measure(rows))) {
      if (value === null) continue;
      values[key] ??= [];
      values[key].push(value);
    }
  }
  const out: Record<string, Interval> = {};
  for (const [key, list] of Object.entries(values)) {
    list.sort((x, y) => x - y);
    const at = (q: number) => list[Math.min(list.length - 1, Math.max(0, Math.round(q * (list.length - 1))))] as number;
    out[key] = { lo: at((1 - LEVEL) / 2), hi: at(1 - (1 - LEVEL) / 2) };
  }
  return out;
}

const recallOf = (c: CodeCounts): number | null => (c.tp + c.fn ? c.tp / (c.tp + c.fn) : null);

/** A draft set's figures as `npm run eval` prints them; clean drafts flagged as a share of the clean drafts. */
export function checkFigures(rows: readonly DraftOutcome[]): Figures {
  const s = summariseCheck(rows);
  const figures: Figures = { f1: s.f1, verdict: s.verdict, cleanShare: s.clean ? s.cleanFlagged / s.clean : null, indirectRecall: s.indirectRecall };
  for (const [code, counts] of Object.entries(s.perCode)) figures[`recall:${code}`] = recallOf(counts);
  return figures;
}

/** A question set's figures as `npm run eval` prints them. */
export function askFigures(rows: readonly QuestionOutcome[]): Figures {
  const s = summariseAsk(rows);
  return { top1: s.top1, top3: s.top3, reject: s.reject };
}

const range = (i: Interval | undefined, digits = 3): string => (i ? `${i.lo.toFixed(digits)}-${i.hi.toFixed(digits)}` : 'n/a');

/** "f1 0.871-0.915 verdict … clean drafts flagged 0-4 of 50 … | recall per code: klant-concurrent 0.56-0.87, …". */
export function describeCheck(intervals: Record<string, Interval>, clean: number): string {
  const share = intervals.cleanShare;
  const parts = [`f1 ${range(intervals.f1)}`, `verdict ${range(intervals.verdict)}`];
  if (share) parts.push(`clean drafts flagged ${Math.round(share.lo * clean)}-${Math.round(share.hi * clean)} of ${clean}`);
  if (intervals.indirectRecall) parts.push(`indirect recall ${range(intervals.indirectRecall)}`);
  const codes = Object.entries(intervals)
    .filter(([key]) => key.startsWith('recall:'))
    .sort(([, a], [, b]) => a.lo - b.lo)
    .map(([key, i]) => `${key.slice('recall:'.length)} ${range(i, 2)}`);
  return `${parts.join(' ')}${codes.length ? ` | recall per code: ${codes.join(', ')}` : ''}`;
}

export function describeAsk(intervals: Record<string, Interval>): string {
  return `top1 ${range(intervals.top1)} top3 ${range(intervals.top3)} off-topic rejected ${range(intervals.reject)}`;
}
