import { FINDING_CODES } from '../../src/core/ids.js';
import { textKey } from '../../src/core/learn/hash.js';
import type { StoredCheckModel } from '../../src/core/learn/stored-model.js';
import { type DraftEvidence, NEVER, round } from './check-report.js';

export type Thresholds = StoredCheckModel['thresholds'];

export interface ThresholdOptions {
  /** Veto thresholds tried for a rule's hits. */
  keepGrid: readonly number[];
  /** A finding on a draft labelled with other codes counts this much as a false one. */
  otherFalsePositiveWeight: number;
  /** At most this share of the clean drafts may get any finding. */
  maxCleanFlagged: number;
  /** Each `add` is judged by the mean of its objective and that of this many grid steps on either side: a plateau, not a spike. */
  smoothing: number;
  /** Bootstrap resamples of the drafts the thresholds are chosen on; each code takes the median of their choices (0: the drafts as they are). */
  bags: number;
  seed: number;
}

/** The `add` thresholds tried: 0.10 … 1.00 in steps of 0.02, then never. */
const ADDS = [...Array.from({ length: 46 }, (_, i) => round(0.1 + i * 0.02)), NEVER];

/** One code's evidence over the drafts, as flat arrays. */
interface CodeColumn {
  validated: Uint8Array;
  /** The highest score of the code's rule hits (−1 without hits). */
  hitMax: Float64Array;
  best: Float64Array;
  want: Uint8Array;
}

interface Candidate {
  t: { keep: number; add: number };
  objective: (price: number) => number;
  /** The clean drafts (indices) it flags. */
  clean: Int32Array;
}

function columnOf(rows: readonly DraftEvidence[], code: string): CodeColumn {
  const n = rows.length;
  const col = { validated: new Uint8Array(n), hitMax: new Float64Array(n).fill(-1), best: new Float64Array(n), want: new Uint8Array(n) };
  rows.forEach((r, i) => {
    for (const h of r.hits[code] ?? []) {
      if (h.validated) col.validated[i] = 1;
      col.hitMax[i] = Math.max(col.hitMax[i] as number, h.score);
    }
    col.best[i] = r.best[code] ?? 0;
    col.want[i] = r.codes.has(code) ? 1 : 0;
  });
  return col;
}

/** Every (keep, add) pair of one code with its weighted F1 and the clean drafts it flags. */
function candidates(col: CodeColumn, isClean: Uint8Array, inBudget: Uint8Array, weight: Float64Array, cleanTotal: number, o: ThresholdOptions): Candidate[] {
  const out: Candidate[] = [];
  const n = weight.length;
  for (const keep of o.keepGrid) {
    const raw = ADDS.map((add) => {
      let tp = 0,
        fp = 0,
        fn = 0,
        cleanWeight = 0;
      const clean: number[] = [];
      for (let i = 0; i < n; i++) {
        const w = weight[i] as number;
        if (w === 0) continue;
        const fired = col.validated[i] === 1 || (col.hitMax[i] as number) >= keep || (col.best[i] as number) >= add;
        if (fired && col.want[i]) tp += w;
        else if (fired) {
          fp += w * (isClean[i] ? 1 : o.otherFalsePositiveWeight);
          if (inBudget[i]) {
            clean.push(i);
            cleanWeight += w;
          }
        } else if (col.want[i]) fn += w;
      }
      return { add, f1: (2 * tp) / (2 * tp + fp + fn || 1), share: cleanWeight / (cleanTotal || 1), clean: Int32Array.from(clean) };
    });
    raw.forEach((c, j) => {
      // "never" stands alone; a numeric add is judged with its neighbours.
      const window = c.add === NEVER ? [c] : raw.slice(Math.max(0, j - o.smoothing), j + o.smoothing + 1).filter((x) => x.add !== NEVER);
      const f1 = window.reduce((s, x) => s + x.f1, 0) / window.length;
      const share = window.reduce((s, x) => s + x.share, 0) / window.length;
      out.push({ t: { keep, add: c.add }, objective: (price) => f1 - price * share, clean: c.clean });
    });
  }
  return out;
}

/**
 * Every code's thresholds on one weighting of the drafts: each code maximises its smoothed F1
 * minus a price per clean draft it flags, the price the lowest at which at most
 * `maxCleanFlagged` of the (weighted) clean drafts get any finding.
 */
function chooseOnce(
  columns: ReadonlyArray<{ code: string; col: CodeColumn }>,
  isClean: Uint8Array,
  inBudget: Uint8Array,
  weight: Float64Array,
  o: ThresholdOptions,
): Thresholds {
  let cleanTotal = 0;
  weight.forEach((w, i) => {
    if (inBudget[i]) cleanTotal += w;
  });
  const options = columns.map(({ code, col }) => ({ code, list: candidates(col, isClean, inBudget, weight, cleanTotal, o) }));
  const pick = (price: number) =>
    options.map(({ code, list }) => {
      let best = list[0] as Candidate;
      for (const c of list) if (c.objective(price) > best.objective(price) + 1e-12) best = c;
      return { code, best };
    });
  const mark = new Uint8Array(weight.length);
  const flagged = (picked: ReturnType<typeof pick>) => {
    mark.fill(0);
    let sum = 0;
    for (const p of picked)
      for (const i of p.best.clean) {
        if (mark[i]) continue;
        mark[i] = 1;
        sum += weight[i] as number;
      }
    return sum / (cleanTotal || 1);
  };
  let price = 0;
  if (flagged(pick(0)) > o.maxCleanFlagged) {
    let lo = 0,
      hi = 64;
    for (let step = 0; step < 30; step++) {
      const mid = (lo + hi) / 2;
      if (flagged(pick(mid)) > o.maxCleanFlagged) lo = mid;
      else hi = mid;
    }
    price = hi;
  }
  return Object.fromEntries(pick(price).map(({ code, best }) => [code, best.t]));
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] as number;
};

/** Poisson(1) by inverse CDF: how often a draft is drawn in one bootstrap resample. */
const POISSON_CDF = [0.3679, 0.7358, 0.9197, 0.981, 0.9963, 0.9994, 1];
const poisson = (u: number) => POISSON_CDF.findIndex((c) => u < c);

/**
 * Chooses every code's `keep` and `add` on out-of-fold evidence. With `bags`, the choice is
 * made on that many bootstrap resamples of the drafts and each code takes the median of their
 * thresholds (the lower median: a value of the grid): a handful of drafts more or less then
 * moves a threshold by a grid step, not from one end to the other. How often a draft counts in
 * a resample follows from its key (a hash of its text) alone, so it counts the same when other
 * lines come or go.
 */
export function chooseThresholds(rows: readonly DraftEvidence[], keys: readonly number[], o: ThresholdOptions): Thresholds {
  const isClean = Uint8Array.from(rows, (r) => (r.codes.size === 0 ? 1 : 0));
  const inBudget = Uint8Array.from(rows, (r) => (r.codes.size === 0 && !r.outsideBudget ? 1 : 0));
  const columns = FINDING_CODES.map((code) => ({ code, col: columnOf(rows, code) }));
  if (o.bags === 0) return chooseOnce(columns, isClean, inBudget, new Float64Array(rows.length).fill(1), o);
  const picks: Thresholds[] = [];
  for (let b = 0; b < o.bags; b++) {
    const weight = Float64Array.from(keys, (k) => poisson(textKey(String(k), o.seed + b) / 2 ** 32));
    picks.push(chooseOnce(columns, isClean, inBudget, weight, o));
  }
  return Object.fromEntries(
    FINDING_CODES.map((code) => [code, { keep: median(picks.map((p) => p[code]?.keep ?? 0)), add: median(picks.map((p) => p[code]?.add ?? NEVER)) }]),
  );
}
