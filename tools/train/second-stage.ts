import { FINDING_CODES } from '../../src/core/ids.js';
import {
  type CodeEvidence,
  SECOND_STAGE_FEATURES,
  SecondStage,
  secondStageFeatures,
  type StoredSecondStage,
} from '../../src/core/check/learned/second-stage.js';
import type { DraftEvidence } from './check-report.js';

/** One code's first-stage evidence in a draft, as the engine computes it (./check.ts's evidence). */
export function codeEvidence(e: DraftEvidence): Record<string, CodeEvidence> {
  return Object.fromEntries(
    FINDING_CODES.map((c) => {
      const hits = e.hits[c] ?? [];
      return [c, { best: e.best[c] ?? 0, hitMax: hits.reduce((m, h) => Math.max(m, h.score), -1), validated: hits.some((h) => h.validated) }];
    }),
  );
}

/** Solves A·x = b (A symmetric positive definite, small) by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] as number]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    for (let r = col + 1; r < n; r++) {
      const f = m[r]![col]! / m[col]![col]!;
      for (let j = col; j <= n; j++) m[r]![j] = m[r]![j]! - f * m[col]![j]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = m[i]![n]!;
    for (let j = i + 1; j < n; j++) s -= m[i]![j]! * x[j]!;
    x[i] = s / m[i]![i]!;
  }
  return x;
}

/**
 * L2-penalised logistic regression by Newton's method (the bias unpenalised): a handful of
 * dense features, exact and deterministic. Returns the bias first, then the weights.
 */
export function fitLogistic(xs: readonly number[][], ys: readonly number[], l2: number, iterations = 30): number[] {
  const d = (xs[0]?.length ?? 0) + 1;
  const w = new Array<number>(d).fill(0);
  for (let it = 0; it < iterations; it++) {
    const g = new Array<number>(d).fill(0);
    const h = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    xs.forEach((row, i) => {
      const x = [1, ...row];
      const z = x.reduce((s, v, j) => s + v * w[j]!, 0);
      const p = 1 / (1 + Math.exp(-z));
      const r = p - (ys[i] as number);
      const c = Math.max(p * (1 - p), 1e-9);
      for (let j = 0; j < d; j++) {
        g[j] = g[j]! + r * x[j]!;
        for (let k = j; k < d; k++) h[j]![k] = h[j]![k]! + c * x[j]! * x[k]!;
      }
    });
    for (let j = 0; j < d; j++) {
      for (let k = 0; k < j; k++) h[j]![k] = h[k]![j]!;
      if (j > 0) {
        g[j] = g[j]! + l2 * w[j]!;
        h[j]![j] = h[j]![j]! + l2;
      }
    }
    const step = solve(h, g);
    let moved = 0;
    for (let j = 0; j < d; j++) {
      w[j] = w[j]! - step[j]!;
      moved = Math.max(moved, Math.abs(step[j]!));
    }
    if (moved < 1e-9) break;
  }
  return w;
}

const round = (v: number) => Number(v.toPrecision(7));

/** Trains every code's second stage on (out-of-fold) first-stage evidence. */
export function trainSecondStage(rows: readonly DraftEvidence[], l2: number): StoredSecondStage {
  const evidence = rows.map(codeEvidence);
  const codes: StoredSecondStage['codes'] = {};
  for (const code of FINDING_CODES) {
    // Drafts where the first stage has nothing to point at never get the code from the second stage: they do not train it.
    const at = rows.map((_, i) => i).filter((i) => evidence[i]![code]!.best > 0 || evidence[i]![code]!.hitMax >= 0);
    const w = fitLogistic(
      at.map((i) => secondStageFeatures(code, evidence[i]!)),
      at.map((i) => (rows[i]!.codes.has(code) ? 1 : 0)),
      l2,
    );
    codes[code] = { bias: round(w[0]!), weights: w.slice(1).map(round) };
  }
  return { features: [...SECOND_STAGE_FEATURES], codes };
}

/**
 * The drafts' evidence as the second stage sees it: per code its second-stage score as `best`
 * (the thresholds' `add` applies to it), and the rule hits with their first-stage scores (`keep`
 * applies).
 */
export function secondStageEvidence(rows: readonly DraftEvidence[], stage: StoredSecondStage): DraftEvidence[] {
  const model = new SecondStage(stage);
  return rows.map((r) => {
    const evidence = codeEvidence(r);
    const best: DraftEvidence['best'] = {};
    for (const code of FINDING_CODES) best[code] = model.score(code, evidence);
    return { ...r, best };
  });
}
