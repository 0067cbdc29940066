import { FINDING_CODES } from '../../ids.js';
import { sigmoid } from '../../learn/linear-model.js';
import type { StoredSecondStage } from '../../learn/stored-model.js';
import type { Hit, RuleRun } from '../rule.js';
import { type DraftScores, learnedHits } from './learned-check.js';

/** What the first stage saw of one code in a draft. */
export interface CodeEvidence {
  /** The code's best unit score (0 when the draft settles the code or has no unit to judge). */
  best: number;
  /** The highest first-stage score at the code's rule hits (−1 without hits). */
  hitMax: number;
  /** A validated detector (BSN, IBAN with a good checksum, …) found it. */
  validated: boolean;
}

export type { StoredSecondStage };

/**
 * The features of one code's second stage: its own first-stage evidence and every other code's
 * best score (so a draft that is plainly X can count against it also being Y).
 */
export const SECOND_STAGE_FEATURES = ['best', 'bestP', 'hasHit', 'hit', 'validated', ...FINDING_CODES.map((c) => `other:${c}`)];

const logit = (p: number): number => {
  const q = Math.min(Math.max(p, 1e-4), 1 - 1e-4);
  return Math.log(q / (1 - q));
};

/** One code's feature vector (SECOND_STAGE_FEATURES' order) from a draft's first-stage evidence. */
export function secondStageFeatures(code: string, evidence: Readonly<Record<string, CodeEvidence>>): number[] {
  const own = evidence[code] ?? { best: 0, hitMax: -1, validated: false };
  const hasHit = own.hitMax >= 0;
  return [
    logit(own.best) / 4,
    own.best,
    hasHit ? 1 : 0,
    hasHit ? logit(own.hitMax) / 4 : 0,
    own.validated ? 1 : 0,
    ...FINDING_CODES.map((c) => (c === code ? 0 : (evidence[c]?.best ?? 0))),
  ];
}

/**
 * The second stage of the draft check: per code, a small logistic model over the first stage's
 * evidence (trained on out-of-fold first-stage scores in `npm run train`) that says whether the
 * code is in the draft. Its threshold is the code's `add`.
 */
export class SecondStage {
  constructor(private readonly stored: StoredSecondStage) {
    if (stored.features.join() !== SECOND_STAGE_FEATURES.join()) throw new Error('the model file has a second stage over other features: run npm run train');
  }

  /** The probability that `code` is in the draft; 0 when the first stage left it nothing to point at. */
  score(code: string, evidence: Readonly<Record<string, CodeEvidence>>): number {
    const m = this.stored.codes[code];
    const own = evidence[code];
    if (!m || !own || (own.best <= 0 && own.hitMax < 0)) return 0;
    const x = secondStageFeatures(code, evidence);
    return sigmoid(x.reduce((s, v, j) => s + v * (m.weights[j] as number), m.bias));
  }
}

/** Every code's first-stage evidence in a draft, as training computes it (tools/train/check.ts). */
export function evidenceOf(runs: readonly RuleRun[], scores: DraftScores): Record<string, CodeEvidence> {
  const out: Record<string, CodeEvidence> = {};
  for (const code of FINDING_CODES) out[code] = { best: scores.best(code), hitMax: -1, validated: false };
  for (const run of runs) {
    const code = run.rule.code;
    out[code] = {
      best: run.settled ? 0 : scores.best(code, run.never),
      hitMax: run.hits.reduce((m, h) => Math.max(m, scores.at(code, h.span)), -1),
      validated: run.hits.some((h) => h.validated === true),
    };
  }
  return out;
}

/**
 * A code's findings once its second stage has spoken (`present`): validated hits, and rule hits
 * by their first-stage score (`keep`), always; when none of those stand but the code is present,
 * all its rule hits or, without any, the model's best sentence.
 */
export function secondStageHits(run: RuleRun, scores: DraftScores, present: boolean, keep: number): Hit[] {
  const kept = run.hits.filter((h) => h.validated === true || scores.at(run.rule.code, h.span) >= keep);
  if (kept.length > 0 || !present || run.settled) return kept;
  if (run.hits.length > 0) return run.hits;
  const best = scores.best(run.rule.code, run.never);
  return best > 0 ? learnedHits(run, scores, best) : [];
}
