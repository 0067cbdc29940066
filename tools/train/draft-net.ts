import { FINDING_CODES } from '../../src/core/ids.js';
import { netProbabilities, quantiseNet, trainDraftNet } from '../../src/core/learn/draft-net.js';
import { textKey } from '../../src/core/learn/hash.js';
import type { StoredDraftNet } from '../../src/core/learn/stored-model.js';
import type { Example } from '../../src/core/learn/train-linear.js';
import { SETTINGS } from './settings.js';

/** One in this many corpus drafts (by a hash of its text) is held out to choose the network's thresholds. */
const HOLD_OUT = 10;

/**
 * Trains the draft network (src/core/learn/draft-net.ts) on the corpus drafts as the check's first
 * stage sees them whole (`examples`: words and cues), leaving a tenth of them out, and chooses each
 * code's threshold on that tenth: the best F1. Returns the stored form and its input weights.
 */
export function trainNet(texts: readonly string[], examples: readonly Example[], seed: number = SETTINGS.seed): { stored: StoredDraftNet; bytes: Int8Array } {
  const s = SETTINGS.check.net;
  const held = texts.map((t) => textKey(t, SETTINGS.seed) % HOLD_OUT === 0);
  const labels = [...FINDING_CODES];
  const trained = trainDraftNet(
    examples.filter((_, i) => !held[i]),
    labels,
    SETTINGS.check.features.dim,
    { ...s, seed },
  );
  const net = quantiseNet(trained);
  const validation = examples.filter((_, i) => held[i]);
  const ps = validation.map((e) => netProbabilities(net, e.x));
  const thresholds = Object.fromEntries(labels.map((code, c) => [code, bestThreshold(validation, ps, c)]));
  const round = (v: number) => Number(v.toPrecision(7));
  return {
    stored: {
      labels,
      dim: net.dim,
      hidden: net.hidden,
      scales: [...net.scales].map(round),
      b1: [...net.b1].map(round),
      w2: [...net.w2].map(round),
      b2: [...net.b2].map(round),
      thresholds,
      add: s.add,
      drop: s.drop,
    },
    bytes: net.w1,
  };
}

/** The threshold (0.1-0.9 in steps of 0.025) with the best F1 for code `c` on the held-out drafts. */
function bestThreshold(examples: readonly Example[], ps: readonly Float64Array[], c: number): number {
  let best = { f1: -1, t: 0.5 };
  for (let step = 0; step <= 32; step++) {
    const t = 0.1 + step * 0.025;
    let tp = 0;
    let fp = 0;
    let fn = 0;
    examples.forEach((e, i) => {
      if (e.ignore?.includes(c)) return;
      const yes = (ps[i]?.[c] as number) >= t;
      const want = e.labels.includes(c);
      if (yes && want) tp++;
      else if (yes) fp++;
      else if (want) fn++;
    });
    const f1 = tp > 0 ? (2 * tp) / (2 * tp + fp + fn) : 0;
    if (f1 > best.f1) best = { f1, t: Number(t.toFixed(3)) };
  }
  return best.t;
}
