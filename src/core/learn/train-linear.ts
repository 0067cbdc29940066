import type { SparseVector } from './features.js';
import { fnvStep } from './hash.js';
import { sigmoid, softmax, type LinearModel } from './linear-model.js';

/** One training example: its vector, its labels (indices) and how much it counts. */
/** Gradients smaller than this leave the weights as they are (and save most of the work). */
const MIN_GRADIENT = 1e-3;

export interface Example {
  x: SparseVector;
  labels: readonly number[];
  weight?: number;
  /** Sigmoid models: labels this example says nothing about (neither positive nor negative). */
  ignore?: readonly number[];
}

export interface TrainOptions {
  kind: LinearModel['kind'];
  labels: readonly string[];
  dim: number;
  epochs: number;
  /** AdaGrad's base step. */
  learningRate: number;
  /** L2 penalty on the weights a step touches. */
  l2: number;
  seed: number;
  /** Sigmoid models: how much a positive example of each label counts relative to a negative. */
  positiveWeight?: readonly number[];
  /**
   * Sigmoid models: how much an example with other labels counts as a negative. Below 1 when
   * the data names each example's main label only, so a second one may be missing.
   */
  otherNegativeWeight?: number;
}

/** A stable key of an example's content (its features, labels and weight), independent of its position. */
function exampleKey(example: Example): number {
  let h = 0x811c9dc5;
  for (const i of example.x.index) h = fnvStep(h, i);
  for (const l of example.labels) h = fnvStep(h, 0x10000 + l);
  for (const l of example.ignore ?? []) h = fnvStep(h, 0x20000 + l);
  return fnvStep(h, Math.round((example.weight ?? 1) * 1000));
}

/** Mixes a key with an epoch's seed (murmur3's finaliser): a fresh, content-based order per epoch. */
function mix(key: number, seed: number): number {
  let h = (key ^ seed) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Trains a linear model with AdaGrad on the logistic loss (multinomial for softmax, one per
 * label for sigmoid). Each epoch visits the examples in an order given by a hash of their content
 * and the seed, not by their position: the same data and options always give the same weights,
 * and adding or dropping a few examples leaves the others in the same relative order.
 */
export function trainLinear(examples: readonly Example[], options: TrainOptions): LinearModel {
  const k = options.labels.length;
  const weights = new Float32Array(options.dim * k);
  const squares = new Float32Array(options.dim * k);
  const bias = new Float32Array(k);
  const biasSquares = new Float32Array(k);
  const keys = examples.map(exampleKey);
  const order = examples.map((_, i) => i);
  const model: LinearModel = { kind: options.kind, labels: options.labels, dim: options.dim, weights, bias };
  const { learningRate: lr, l2 } = options;
  const gradient = new Float64Array(k);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const seed = Math.imul(options.seed + epoch + 1, 0x9e3779b1) >>> 0;
    const rank = keys.map((k) => mix(k, seed));
    order.sort((a, b) => (rank[a] as number) - (rank[b] as number) || a - b);
    for (const e of order) {
      const example = examples[e] as Example;
      const { x } = example;
      const z = Float64Array.from(bias);
      for (let n = 0; n < x.index.length; n++) {
        const base = (x.index[n] as number) * k;
        const v = x.value[n] as number;
        for (let c = 0; c < k; c++) z[c] = (z[c] as number) + (weights[base + c] as number) * v;
      }
      const w = example.weight ?? 1;
      if (options.kind === 'softmax') {
        softmax(z);
        for (let c = 0; c < k; c++) gradient[c] = (z[c] as number) * w;
        for (const label of example.labels) gradient[label] = (gradient[label] as number) - w;
      } else {
        for (let c = 0; c < k; c++) {
          const positive = example.labels.includes(c);
          const other = !positive && example.labels.length > 0 ? (options.otherNegativeWeight ?? 1) : 1;
          const scale = w * other * (positive ? (options.positiveWeight?.[c] ?? 1) : 1);
          gradient[c] = example.ignore?.includes(c) ? 0 : (sigmoid(z[c] as number) - (positive ? 1 : 0)) * scale;
        }
      }
      for (let c = 0; c < k; c++) {
        const g = gradient[c] as number;
        biasSquares[c] = (biasSquares[c] as number) + g * g;
        bias[c] = (bias[c] as number) - (lr * g) / Math.sqrt((biasSquares[c] as number) + 1e-8);
      }
      // Labels the example hardly moves are skipped: most of a softmax's labels, after a few epochs.
      const active: number[] = [];
      for (let c = 0; c < k; c++) if (Math.abs(gradient[c] as number) > MIN_GRADIENT) active.push(c);
      for (let n = 0; n < x.index.length; n++) {
        const base = (x.index[n] as number) * k;
        const v = x.value[n] as number;
        for (const c of active) {
          const at = base + c;
          const g = (gradient[c] as number) * v + l2 * (weights[at] as number);
          squares[at] = (squares[at] as number) + g * g;
          weights[at] = (weights[at] as number) - (lr * g) / Math.sqrt((squares[at] as number) + 1e-8);
        }
      }
    }
  }
  return model;
}
