import type { SparseVector } from './features.js';
import { seededRandom } from './hash.js';
import { sigmoid } from './linear-model.js';
import { quantise, type StoredDraftNet } from './stored-model.js';
import type { Example } from './train-linear.js';

/**
 * A small neural network over a whole draft's hashed features: one hidden layer of rectified units
 * shared by every code, then a sigmoid per code. The linear first stage weighs each word for each
 * code on its own; the shared layer learns combinations ("a plan" with "next month" and "we") that
 * no single word carries, and what one code's examples teach it helps the others.
 */
export interface DraftNet {
  labels: readonly string[];
  dim: number;
  hidden: number;
  /** Input weights, row-major by bucket (w1[bucket * hidden + unit]), as signed bytes times `scales[unit]`. */
  w1: Int8Array;
  scales: Float32Array;
  b1: Float32Array;
  /** Output weights, row-major by hidden unit (w2[unit * labels + code]). */
  w2: Float32Array;
  b2: Float32Array;
}

/** Each code's probability for one draft's vector. */
export function netProbabilities(net: DraftNet, x: SparseVector): Float64Array {
  const { hidden, w1, scales, b1, w2, b2 } = net;
  const k = net.labels.length;
  const sum = new Float64Array(hidden);
  for (let n = 0; n < x.index.length; n++) {
    const base = (x.index[n] as number) * hidden;
    const v = x.value[n] as number;
    for (let j = 0; j < hidden; j++) sum[j] = (sum[j] as number) + (w1[base + j] as number) * v;
  }
  const out = Float64Array.from(b2);
  for (let j = 0; j < hidden; j++) {
    const h = (b1[j] as number) + (sum[j] as number) * (scales[j] as number);
    if (h <= 0) continue;
    for (let c = 0; c < k; c++) out[c] = (out[c] as number) + h * (w2[j * k + c] as number);
  }
  for (let c = 0; c < k; c++) out[c] = sigmoid(out[c] as number);
  return out;
}

export interface NetTrainOptions {
  hidden: number;
  epochs: number;
  /** Adam's step. */
  learningRate: number;
  /** Share of the hidden units switched off for each example while training. */
  dropout: number;
  /** L2 penalty on the input weights a batch touches, and on the output weights. */
  l2: { input: number; output: number };
  batch: number;
  seed: number;
}

/** Adam's state for one block of weights; `update` moves the weights from `from` to `to` (all of them, or one row a batch touched). */
class Adam {
  private readonly m: Float32Array;
  private readonly v: Float32Array;
  private t = 0;

  constructor(
    size: number,
    private readonly rate: number,
  ) {
    this.m = new Float32Array(size);
    this.v = new Float32Array(size);
  }

  tick(): void {
    this.t++;
  }

  update(w: Float32Array, g: Float32Array, from: number, to: number): void {
    const c1 = 1 - 0.9 ** this.t;
    const c2 = 1 - 0.999 ** this.t;
    const { m, v } = this;
    for (let i = from; i < to; i++) {
      const gi = g[i] as number;
      const mi = 0.9 * (m[i] as number) + 0.1 * gi;
      const vi = 0.999 * (v[i] as number) + 0.001 * gi * gi;
      m[i] = mi;
      v[i] = vi;
      w[i] = (w[i] as number) - (this.rate * (mi / c1)) / (Math.sqrt(vi / c2) + 1e-8);
    }
  }
}

/** A normal deviate (Box-Muller) from a seeded uniform generator. */
const gaussian = (random: () => number): number => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());

/**
 * Trains the network with Adam on mini-batches (the binary cross-entropy of every code, an example's
 * `ignore` codes left out, its `weight` scaling it). Seeded: the same examples and options give the
 * same weights. Returns the weights in floating point; `quantiseNet` makes the stored form.
 */
export function trainDraftNet(examples: readonly Example[], labels: readonly string[], dim: number, o: NetTrainOptions) {
  const random = seededRandom(o.seed);
  const H = o.hidden;
  const k = labels.length;
  const w1 = new Float32Array(dim * H);
  for (let i = 0; i < w1.length; i++) w1[i] = gaussian(random) * 0.05;
  const b1 = new Float32Array(H);
  const w2 = new Float32Array(H * k);
  for (let i = 0; i < w2.length; i++) w2[i] = gaussian(random) / Math.sqrt(H);
  const b2 = new Float32Array(k);
  const [a1, ab1, a2, ab2] = [
    new Adam(w1.length, o.learningRate),
    new Adam(H, o.learningRate),
    new Adam(w2.length, o.learningRate),
    new Adam(k, o.learningRate),
  ];
  const g1 = new Float32Array(dim * H);
  const touched = new Uint8Array(dim);
  const rows: number[] = [];
  const gb1 = new Float32Array(H);
  const g2 = new Float32Array(H * k);
  const gb2 = new Float32Array(k);
  const pre = new Float64Array(H);
  const h = new Float64Array(H);
  const dh = new Float64Array(H);
  const g = new Float64Array(k);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (let start = 0; start < order.length; start += o.batch) {
      const batch = order.slice(start, start + o.batch);
      const scale = 1 / batch.length;
      g2.fill(0);
      gb2.fill(0);
      gb1.fill(0);
      for (const e of batch) {
        const { x, labels: positive, weight = 1, ignore } = examples[e] as Example;
        pre.set(b1);
        for (let n = 0; n < x.index.length; n++) {
          const base = (x.index[n] as number) * H;
          const v = x.value[n] as number;
          for (let j = 0; j < H; j++) pre[j] = (pre[j] as number) + (w1[base + j] as number) * v;
        }
        for (let j = 0; j < H; j++) h[j] = (pre[j] as number) > 0 && random() >= o.dropout ? (pre[j] as number) / (1 - o.dropout) : 0;
        for (let c = 0; c < k; c++) {
          let z = b2[c] as number;
          for (let j = 0; j < H; j++) z += (h[j] as number) * (w2[j * k + c] as number);
          g[c] = ignore?.includes(c) ? 0 : (sigmoid(z) - (positive.includes(c) ? 1 : 0)) * weight * scale;
          gb2[c] = (gb2[c] as number) + (g[c] as number);
        }
        for (let j = 0; j < H; j++) {
          const hj = h[j] as number;
          let d = 0;
          for (let c = 0; c < k; c++) {
            g2[j * k + c] = (g2[j * k + c] as number) + hj * (g[c] as number);
            d += (w2[j * k + c] as number) * (g[c] as number);
          }
          // Through the ReLU and the dropout: zero where the unit was off; the kept units' scale.
          dh[j] = hj > 0 ? d / (1 - o.dropout) : 0;
          gb1[j] = (gb1[j] as number) + (dh[j] as number);
        }
        for (let n = 0; n < x.index.length; n++) {
          const f = x.index[n] as number;
          if (touched[f] === 0) {
            touched[f] = 1;
            rows.push(f);
          }
          const base = f * H;
          const v = x.value[n] as number;
          for (let j = 0; j < H; j++) g1[base + j] = (g1[base + j] as number) + v * (dh[j] as number);
        }
      }
      for (let i = 0; i < g2.length; i++) g2[i] = (g2[i] as number) + o.l2.output * (w2[i] as number);
      for (const a of [a1, ab1, a2, ab2]) a.tick();
      a2.update(w2, g2, 0, w2.length);
      ab2.update(b2, gb2, 0, k);
      ab1.update(b1, gb1, 0, H);
      for (const f of rows) {
        const base = f * H;
        for (let j = base; j < base + H; j++) g1[j] = (g1[j] as number) + o.l2.input * (w1[j] as number);
        a1.update(w1, g1, base, base + H);
        g1.fill(0, base, base + H);
        touched[f] = 0;
      }
      rows.length = 0;
    }
  }
  return { labels, dim, hidden: H, w1, b1, w2, b2 };
}

/**
 * The stored form: the input layer quantised as a linear model is (`quantise`: bytes, one scale per
 * column), its columns being the hidden units; a quarter of the memory.
 */
export function quantiseNet(net: ReturnType<typeof trainDraftNet>): DraftNet {
  const units = Array.from({ length: net.hidden }, (_, j) => `h${j}`);
  const { stored, bytes } = quantise({ kind: 'sigmoid', labels: units, dim: net.dim, weights: net.w1, bias: net.b1 }, 0);
  return { labels: net.labels, dim: net.dim, hidden: net.hidden, w1: bytes, scales: Float32Array.from(stored.scales), b1: net.b1, w2: net.w2, b2: net.b2 };
}

/** The stored network back, with its input weights (knowledge/model/net.bin.gz's bytes, not copied). */
export function netFromStored(stored: StoredDraftNet, weights: Int8Array): DraftNet {
  if (weights.length !== stored.dim * stored.hidden)
    throw new Error(`model/net.bin.gz does not hold a ${stored.dim}×${stored.hidden} draft network: run npm run train`);
  return {
    labels: stored.labels,
    dim: stored.dim,
    hidden: stored.hidden,
    w1: weights,
    scales: Float32Array.from(stored.scales),
    b1: Float32Array.from(stored.b1),
    w2: Float32Array.from(stored.w2),
    b2: Float32Array.from(stored.b2),
  };
}
