import { textKey } from '../../src/core/learn/hash.js';

/**
 * Each line's fold, from a hash of its text (case and spacing aside) and the seed: a line keeps
 * its fold when others are added or dropped, so a small change in the data moves the
 * cross-validated scores of the other lines only as much as their models change.
 */
export function textFolds(texts: readonly string[], folds: number, seed: number): number[] {
  return texts.map((t) => textKey(t.toLowerCase().replace(/\s+/g, ' ').trim(), seed) % folds);
}

/** A small dense multinomial logistic regression, fitted by full-batch gradient descent: the answer gate. */
export function fitDense(rows: ReadonlyArray<{ x: readonly number[]; y: number }>, classes: number, options = { l2: 1e-3, epochs: 400, rate: 0.5 }) {
  const d = rows[0]?.x.length ?? 0;
  const weights = Array.from({ length: classes }, () => new Array<number>(d).fill(0));
  const bias = new Array<number>(classes).fill(0);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const gw = Array.from({ length: classes }, () => new Array<number>(d).fill(0));
    const gb = new Array<number>(classes).fill(0);
    for (const { x, y } of rows) {
      const p = predictDense({ weights, bias }, x);
      for (let k = 0; k < classes; k++) {
        const g = (p[k] as number) - (k === y ? 1 : 0);
        gb[k] = (gb[k] as number) + g;
        const row = gw[k] as number[];
        for (let j = 0; j < d; j++) row[j] = (row[j] as number) + g * (x[j] as number);
      }
    }
    for (let k = 0; k < classes; k++) {
      const w = weights[k] as number[];
      const g = gw[k] as number[];
      for (let j = 0; j < d; j++) w[j] = (w[j] as number) - options.rate * ((g[j] as number) / rows.length + options.l2 * (w[j] as number));
      bias[k] = (bias[k] as number) - options.rate * ((gb[k] as number) / rows.length);
    }
  }
  return { weights, bias };
}

export function predictDense(model: { weights: number[][]; bias: number[] }, x: readonly number[]): number[] {
  const z = model.weights.map((w, k) => (model.bias[k] as number) + w.reduce((s, v, j) => s + v * (x[j] as number), 0));
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}
