import type { FeatureSpec } from './features.js';
import type { LinearModel } from './linear-model.js';

/**
 * A linear model as stored in knowledge/model/model.json: everything but the weights, which
 * live as signed bytes (one scale per label) in knowledge/model/weights.bin.gz at `offset`.
 */
export interface StoredLinear {
  kind: LinearModel['kind'];
  labels: string[];
  dim: number;
  bias: number[];
  /** weight = byte × scales[label]. */
  scales: number[];
  offset: number;
}

/** Quantises a model's weights to bytes: the file stays small and loads in milliseconds. */
export function quantise(model: LinearModel, offset: number): { stored: StoredLinear; bytes: Int8Array } {
  const k = model.labels.length;
  const scales = new Array<number>(k).fill(0);
  for (let i = 0; i < model.weights.length; i++) {
    const c = i % k;
    scales[c] = Math.max(scales[c] as number, Math.abs(model.weights[i] as number));
  }
  for (let c = 0; c < k; c++) scales[c] = (scales[c] as number) / 127 || 1;
  const bytes = new Int8Array(model.weights.length);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.round((model.weights[i] as number) / (scales[i % k] as number));
  const round = (v: number) => Number(v.toPrecision(7));
  return {
    stored: { kind: model.kind, labels: [...model.labels], dim: model.dim, bias: [...model.bias].map(round), scales: scales.map(round), offset },
    bytes,
  };
}

/** The model back from its stored form and the weight bytes. */
export function dequantise(stored: StoredLinear, weights: Int8Array): LinearModel {
  const k = stored.labels.length;
  const size = stored.dim * k;
  if (stored.offset + size > weights.length) throw new Error(`the weights file is too short for a ${stored.dim}×${k} model`);
  const out = new Float32Array(size);
  for (let i = 0; i < size; i++) out[i] = (weights[stored.offset + i] as number) * (stored.scales[i % k] as number);
  return { kind: stored.kind, labels: stored.labels, dim: stored.dim, weights: out, bias: Float32Array.from(stored.bias) };
}

/** What the answer engine learned: the intent classifier, how sure it must be, and how it is fused with search. */
export interface StoredAnswerModel {
  features: FeatureSpec;
  classifier: StoredLinear;
  /** A small logistic model over the classifier's and the search's evidence: answer, off-topic or small talk. */
  gate: { names: string[]; weights: number[][]; bias: number[]; decline: number; smalltalk: number };
  /**
   * The ranker: a second classifier over the same features and labels that ranks the items (with
   * the search, `fusion`), trained also on the items' keywords and more strongly regularised. The
   * gate keeps `classifier`. Absent: `classifier` ranks too.
   */
  ranker?: StoredLinear;
  /**
   * Ranking: classifier weight `a` in a·log p(item) + (1−a)·log softmax(search / temperature); the
   * shares are the softmax of that times `sharpness` (1 when absent), fitted out-of-fold.
   */
  fusion: { classifierWeight: number; searchTemperature: number; sharpness?: number };
}

/** The draft check's second stage: per code, a few weights over the first stage's evidence (src/core/check/learned/second-stage.ts). */
export interface StoredSecondStage {
  features: string[];
  codes: Record<string, { weights: number[]; bias: number }>;
}

/** What the draft check learned: a score per code over each sentence, and when it counts. */
export interface StoredCheckModel {
  features: FeatureSpec;
  classifier: StoredLinear;
  /**
   * Per code: a rule's finding stands when the learned score of its sentence is at least
   * `keep`; the learned score alone makes a finding from `add`. Chosen by cross-validation.
   */
  thresholds: Record<string, { keep: number; add: number }>;
  /** When present, the model's own findings are decided by the second stage's score against `add`; validated hits and rule hits its sentence supports (`keep`) always stand. */
  secondStage?: StoredSecondStage;
  /** When present, the draft network (src/core/check/learned/draft-net-check.ts) has the last word on the findings. */
  net?: StoredDraftNet;
}

/**
 * The draft network (src/core/learn/draft-net.ts) as stored: its input weights as bytes in
 * knowledge/model/net.bin.gz, the rest here; with each code's threshold (chosen on a
 * tenth of the corpus it did not learn from) and how far it may move the findings.
 */
export interface StoredDraftNet {
  labels: string[];
  dim: number;
  hidden: number;
  scales: number[];
  b1: number[];
  w2: number[];
  b2: number[];
  thresholds: Record<string, number>;
  /** A code the other stages missed is added when its probability is at least its threshold plus `add`, in a draft with other findings. */
  add: number;
  /** A finding (not of the codes the rules settle by name, not validated) is dropped when its probability is below `drop`. */
  drop: number;
}

/** knowledge/model/model.json. */
export interface StoredModels {
  version: 1;
  /** SHA-256 of the settings and everything the models were trained on; a test fails when it no longer matches. */
  inputs: string;
  /** The training settings (features, regularisation, folds, seeds), as `npm run train` used them. */
  settings: unknown;
  answer: StoredAnswerModel;
  check: StoredCheckModel;
}
