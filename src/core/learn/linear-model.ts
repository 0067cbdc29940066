import type { SparseVector } from './features.js';

/**
 * A linear model over hashed features: one weight per bucket and label. `softmax` picks one
 * label of several (answers); `sigmoid` scores each label on its own (the check's codes).
 */
export interface LinearModel {
  kind: 'softmax' | 'sigmoid';
  labels: readonly string[];
  dim: number;
  /** Row-major by bucket: weights[bucket * labels.length + label]. */
  weights: Float32Array;
  bias: Float32Array;
}

/** The raw scores (logits) of every label for one vector. */
export function logits(model: LinearModel, x: SparseVector): Float64Array {
  const k = model.labels.length;
  const out = Float64Array.from(model.bias);
  const { weights } = model;
  for (let n = 0; n < x.index.length; n++) {
    const base = (x.index[n] as number) * k;
    const v = x.value[n] as number;
    for (let c = 0; c < k; c++) out[c] = (out[c] as number) + (weights[base + c] as number) * v;
  }
  return out;
}

/** Softmax in place: probabilities that sum to one. */
export function softmax(z: Float64Array): Float64Array {
  let max = -Infinity;
  for (const v of z) if (v > max) max = v;
  let sum = 0;
  for (let i = 0; i < z.length; i++) {
    const e = Math.exp((z[i] as number) - max);
    z[i] = e;
    sum += e;
  }
  for (let i = 0; i < z.length; i++) z[i] = (z[i] as number) / sum;
  return z;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Each label's probability: softmax over all labels, or a sigmoid per label. */
export function probabilities(model: LinearModel, x: SparseVector): Float64Array {
  const z = logits(model, x);
  if (model.kind === 'softmax') return softmax(z);
  for (let i = 0; i < z.length; i++) z[i] = sigmoid(z[i] as number);
  return z;
}
