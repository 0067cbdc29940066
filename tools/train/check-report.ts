import { FINDING_CODES } from '../../src/core/ids.js';
import { CheckTally, levelOf } from '../eval/tally.js';
import type { StoredCheckModel } from '../../src/core/learn/stored-model.js';

type Thresholds = StoredCheckModel['thresholds'];

/** What a held-out draft looked like to the check: per code, its rule hits' scores and its best unit score. */
export interface DraftEvidence {
  codes: ReadonlySet<string>;
  /** A clean everyday draft: it does not count in the clean budget's share (see `LabelledDraft.everyday`). */
  outsideBudget?: boolean;
  indirect: boolean;
  hits: Record<string, Array<{ validated: boolean; score: number }>>;
  best: Record<string, number>;
}

export interface CheckReport {
  f1: number;
  precision: number;
  recall: number;
  verdict: number;
  cleanFlagged: string;
  indirectRecall: number;
  perCode: Record<string, { precision: number; recall: number }>;
}

/** A threshold no score reaches: the code never fires on the model alone. */
export const NEVER = 1.01;
export const round = (v: number) => Number(v.toFixed(3));

export const fires = (e: DraftEvidence, code: string, t: { keep: number; add: number }) =>
  (e.hits[code] ?? []).some((h) => h.validated || h.score >= t.keep) || (e.best[code] ?? 0) >= t.add;

export function reportOf(rows: readonly DraftEvidence[], thresholdsOf: (i: number) => Thresholds): CheckReport {
  const tally = new CheckTally();
  rows.forEach((r, i) => {
    const t = thresholdsOf(i);
    const got = new Set<string>(FINDING_CODES.filter((c) => fires(r, c, t[c] ?? { keep: 0, add: NEVER })));
    tally.add({ want: r.codes, got, verdict: levelOf(got), indirect: r.indirect });
  });
  return {
    f1: round(tally.f1),
    precision: round(tally.precision),
    recall: round(tally.recall),
    verdict: round(tally.verdict),
    cleanFlagged: `${tally.cleanFlagged}/${tally.clean}`,
    indirectRecall: round(tally.indirectRecall ?? 0),
    perCode: Object.fromEntries(
      Object.entries(tally.perCode).map(([c, v]) => [c, { precision: round(v.tp / (v.tp + v.fp || 1)), recall: round(v.tp / (v.tp + v.fn || 1)) }]),
    ),
  };
}
