import { describe, expect, it } from 'vitest';
import { describePassRate, passRate } from '../../tools/eval/pass-rate.js';
import type { QuestionOutcome } from '../../tools/eval/score.js';
import type { DraftOutcome } from '../../tools/eval/tally.js';

/** A draft that wants `want` and got `got`, with the verdict oranje codes give (the codes here are oranje ones). */
const draft = (want: string[], got: string[]): DraftOutcome => ({ want: new Set(want), got: new Set(got), verdict: got.length ? 1 : 0, indirect: false });
const found = (code: string) => draft([code], [code]);
const missed = (code: string) => draft([code], []);
const clean = draft([], []);
const questions: QuestionOutcome[] = [
  ...Array.from({ length: 30 }, (): QuestionOutcome => ({ onTopic: true, rank: 0, answered: true })),
  ...Array.from({ length: 10 }, (): QuestionOutcome => ({ onTopic: false, declined: true })),
];

describe('pass rate: how often a fresh set drawn from the pooled lines meets every target', () => {
  it('is 1 where every line is right', () => {
    const drafts = [...['gesprek', 'auteursrecht', 'verwijderen'].map(found), clean];
    expect(passRate(drafts, questions, 200).all).toBe(1);
  });

  it('falls well below 1 for nine codes each found 85 % of the time, though every pooled recall clears 0.75', () => {
    const codes = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
    // 17 of 20 found per code: pooled recall 0.85 each.
    const drafts = [...codes.flatMap((c) => [...Array.from({ length: 17 }, () => found(c)), missed(c), missed(c), missed(c)]), clean];
    const rate = passRate(drafts, questions, 400);
    expect(rate.all).toBeLessThan(0.6);
    expect(rate['missed code recall']).toBeGreaterThan(0.4);
    expect(describePassRate(rate, 400)).toMatch(/^every target in 0\.\d+ of 400 draws of a sealed set's shape; missed: code recall/);
  });

  it('counts clean drafts flagged against the bar of two in fifty', () => {
    // One clean draft in ten flagged: five of fifty on average, over the bar in most draws.
    const drafts = [found('gesprek'), ...Array.from({ length: 9 }, () => clean), draft([], ['onderbouwing'])];
    expect(passRate(drafts, questions, 300)['missed clean drafts flagged']).toBeGreaterThan(0.8);
  });
});
