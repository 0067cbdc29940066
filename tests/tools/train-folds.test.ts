import { describe, expect, it } from 'vitest';
import { NEVER, type DraftEvidence } from '../../tools/train/check-report.js';
import { textFolds } from '../../tools/train/folds.js';
import { chooseThresholds } from '../../tools/train/thresholds.js';

const texts = Array.from({ length: 400 }, (_, i) => `Voorbeeldzin nummer ${i} over iets anders`);

describe('training folds', () => {
  it('put a line in the same fold whatever else is in the corpus (a hash of its text, case and spacing aside)', () => {
    const all = textFolds(texts, 5, 1);
    const fewer = textFolds(
      texts.filter((_, i) => i % 50 !== 0),
      5,
      1,
    );
    expect(fewer).toEqual(all.filter((_, i) => i % 50 !== 0));
    expect(textFolds(['  VOORBEELDZIN   nummer 3 over iets anders'], 5, 1)).toEqual([all[3]]);
    for (let k = 0; k < 5; k++) expect(all.filter((f) => f === k).length).toBeGreaterThan(50);
  });
});

describe('threshold choice', () => {
  // A code whose positives score 0.5–0.9 and whose clean drafts 0.1–0.6: a broad plateau of good thresholds.
  const rows: DraftEvidence[] = texts.map((_, i) => {
    const positive = i % 2 === 0;
    const score = positive ? 0.5 + ((i * 37) % 41) / 100 : 0.1 + ((i * 53) % 51) / 100;
    return { codes: new Set(positive ? ['gesprek'] : []), indirect: false, hits: {}, best: { gesprek: score } };
  });
  const keys = texts.map((_, i) => i * 2654435761);
  const options = { keepGrid: [0], otherFalsePositiveWeight: 0.5, maxCleanFlagged: 0.08, smoothing: 2, bags: 15, seed: 3 };

  it('are the same for the same evidence, and move at most a grid step when 2 % of the drafts are left out', () => {
    const all = chooseThresholds(rows, keys, options);
    expect(chooseThresholds(rows, keys, options)).toEqual(all);
    const kept = (i: number) => i % 50 !== 7;
    const fewer = chooseThresholds(
      rows.filter((_, i) => kept(i)),
      keys.filter((_, i) => kept(i)),
      options,
    );
    expect(all.gesprek?.add).toBeLessThan(NEVER);
    expect(Math.abs((fewer.gesprek?.add ?? 0) - (all.gesprek?.add ?? 0))).toBeLessThanOrEqual(0.02 + 1e-9);
  });

  it('count only the corpus clean drafts in the clean budget: everyday clean drafts, however many, do not loosen it', () => {
    const everyday: DraftEvidence[] = Array.from({ length: 400 }, () => ({
      codes: new Set(),
      indirect: false,
      outsideBudget: true,
      hits: {},
      best: { gesprek: 0.05 },
    }));
    const moreKeys = everyday.map((_, i) => (i + 1000) * 2654435761);
    const alone = chooseThresholds(rows, keys, options);
    expect(chooseThresholds([...rows, ...everyday], [...keys, ...moreKeys], options).gesprek?.add).toBe(alone.gesprek?.add);
    // Counted in the budget, the same drafts let the threshold come down.
    const counted = everyday.map(({ outsideBudget: _, ...r }) => r);
    expect(chooseThresholds([...rows, ...counted], [...keys, ...moreKeys], options).gesprek?.add).toBeLessThan(alone.gesprek?.add as number);
  });
});
