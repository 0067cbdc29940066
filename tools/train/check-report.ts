import { FINDING_CODES, type FindingCode } from '../../src/core/ids.js';
import { SEVERITY } from '../eval/score.js';
import type { StoredCheckModel } from '../../src/core/learn/stored-model.js';

type Thresholds = StoredCheckModel['thresholds'];

/** What a held-out draft looked like to the check: per code, its rule hits' scores and its best unit score. */
export interface DraftEvidence {
  codes: ReadonlySet<string>;
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
  let tp = 0,
    fp = 0,
    fn = 0,
    verdictOk = 0,
    clean = 0,
    cleanFlagged = 0,
    indirect = 0,
    indirectFound = 0;
  const per: Record<string, { tp: number; fp: number; fn: number }> = {};
  rows.forEach((r, i) => {
    const t = thresholdsOf(i);
    const got = new Set(FINDING_CODES.filter((c) => fires(r, c, t[c] ?? { keep: 0, add: NEVER })));
    for (const c of r.codes) {
      per[c] ??= { tp: 0, fp: 0, fn: 0 };
      const p = per[c];
      const found = got.has(c as FindingCode);
      tp += found ? 1 : 0;
      fn += found ? 0 : 1;
      p[found ? 'tp' : 'fn']++;
      if (r.indirect) {
        indirect++;
        if (got.has(c as FindingCode)) indirectFound++;
      }
    }
    for (const c of got) {
      if (r.codes.has(c)) continue;
      fp++;
      per[c] ??= { tp: 0, fp: 0, fn: 0 };
      per[c].fp++;
    }
    const level = (codes: Iterable<string>) => Math.max(0, ...[...codes].map((c) => SEVERITY[c] ?? 1));
    if (level(got) === level(r.codes)) verdictOk++;
    if (r.codes.size === 0) {
      clean++;
      if (got.size > 0) cleanFlagged++;
    }
  });
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  return {
    f1: round((2 * precision * recall) / (precision + recall || 1)),
    precision: round(precision),
    recall: round(recall),
    verdict: round(verdictOk / rows.length),
    cleanFlagged: `${cleanFlagged}/${clean}`,
    indirectRecall: round(indirectFound / (indirect || 1)),
    perCode: Object.fromEntries(
      Object.entries(per).map(([c, v]) => [c, { precision: round(v.tp / (v.tp + v.fp || 1)), recall: round(v.tp / (v.tp + v.fn || 1)) }]),
    ),
  };
}
