import { describe, expect, it } from 'vitest';
import { askFigures, bootstrap, byLine, checkFigures, describeCheck } from '../../tools/eval/intervals.js';
import { type QuestionOutcome, summariseCheck } from '../../tools/eval/score.js';
import type { DraftOutcome } from '../../tools/eval/tally.js';

/** A draft that wants `want` and got `got`, with the verdict its findings give. */
const draft = (want: string[], got: string[]): DraftOutcome => ({
  want: new Set(want),
  got: new Set(got),
  verdict: got.length ? 1 : 0,
  indirect: false,
});

/** A set like a fresh one: per 10 drafts, 2 clean (one flagged every fifth block), 6 with klant-concurrent found and 2 missed. */
function freshSet(blocks: number): DraftOutcome[] {
  const out: DraftOutcome[] = [];
  for (let b = 0; b < blocks; b++) {
    out.push(draft([], b % 5 === 0 ? ['onderbouwing'] : []), draft([], []));
    for (let i = 0; i < 6; i++) out.push(draft(['klant-concurrent'], ['klant-concurrent']));
    out.push(draft(['klant-concurrent'], []), draft(['klant-concurrent'], []));
  }
  return out;
}

const width = (i: { lo: number; hi: number } | undefined) => (i ? i.hi - i.lo : Number.NaN);

describe('npm run eval --intervals: how far a set figure would move with other lines of the same kind', () => {
  it("holds the set's own figure, and is narrower for a set five times as large", () => {
    const small = freshSet(4);
    const large = freshSet(20);
    const s = bootstrap(byLine(small), checkFigures);
    const l = bootstrap(byLine(large), checkFigures);
    const recall = summariseCheck(small).perCode['klant-concurrent'];
    expect(recall).toEqual({ tp: 24, fp: 0, fn: 8 });
    for (const i of [s['recall:klant-concurrent'], l['recall:klant-concurrent']]) {
      expect(i?.lo).toBeLessThan(0.75);
      expect(i?.hi).toBeGreaterThan(0.75);
    }
    expect(width(l['recall:klant-concurrent'])).toBeLessThan(width(s['recall:klant-concurrent']) * 0.7);
    expect(width(l.f1)).toBeLessThan(width(s.f1));
  });

  it('prints the same intervals on every run (seeded), and says the clean drafts flagged as counts of the set', () => {
    const set = byLine(freshSet(5));
    const first = describeCheck(bootstrap(set, checkFigures), 10);
    expect(describeCheck(bootstrap(set, checkFigures), 10)).toBe(first);
    expect(first).toMatch(/^f1 0\.\d{3}-0\.\d{3} verdict \S+ clean drafts flagged \d+-\d+ of 10 \| recall per code: klant-concurrent 0\.\d\d-0\.\d\d$/);
  });

  it('over resampled sets, a figure pooled from writers who disagree is less sure than any one set suggests', () => {
    // Two kinds of writer: one whose klant-concurrent drafts are all found, one whose are half missed.
    const easy = Array.from({ length: 5 }, () => Array.from({ length: 40 }, () => draft(['klant-concurrent'], ['klant-concurrent'])));
    const hard = Array.from({ length: 5 }, () => Array.from({ length: 40 }, (_, i) => draft(['klant-concurrent'], i % 2 ? ['klant-concurrent'] : [])));
    const sets = [...easy, ...hard];
    const bySet = bootstrap(sets, checkFigures)['recall:klant-concurrent'];
    const perLine = bootstrap(byLine(sets.flat()), checkFigures)['recall:klant-concurrent'];
    expect(width(bySet)).toBeGreaterThan(width(perLine) * 2);
  });

  it('measures questions by top-1, top-3 and off-topic declined, leaving out what a resample cannot measure', () => {
    const on = (rank: number): QuestionOutcome => ({ onTopic: true, rank, answered: rank >= 0 });
    // Right first for 2 of 4, in the top 3 for 3 of 4.
    const intervals = bootstrap(byLine([on(0), on(1), on(0), on(-1)]), askFigures);
    expect(intervals.top1?.lo).toBeLessThan(0.5);
    expect(intervals.top1?.hi).toBeGreaterThan(0.5);
    expect(intervals.top3?.lo).toBeLessThan(0.75);
    expect(intervals.top3?.hi).toBe(1);
    // No off-topic question in any resample: no interval rather than a made-up one.
    expect(intervals.reject).toBeUndefined();
  });
});
