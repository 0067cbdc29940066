import { Featurizer } from '../learn/features.js';
import { dequantise, type StoredAnswerModel } from '../learn/stored-model.js';
import { probabilities, softmax, type LinearModel } from '../learn/linear-model.js';
import type { SynonymMap } from './normalise.js';
import type { QueryAnalysis, RawMatch } from './search-index.js';

/** The classifier's labels besides the knowledge ids: a question the guidelines do not cover, and small talk. */
export const NONE = 'none';
export const SMALLTALK = 'smalltalk';

/** What the gate decides about a question. */
export type Intent = 'answer' | 'off-topic' | 'smalltalk';

/** A floor under probabilities before taking logarithms. */
const EPSILON = 1e-4;

/** The search's evidence the gate weighs beside the classifier's. */
export interface SearchEvidence {
  best: number;
  topic: QueryAnalysis['topic'];
  exact: boolean;
  terms: number;
  knownShare: number;
}

export function searchEvidence(analysis: QueryAnalysis, raw: readonly RawMatch[]): SearchEvidence {
  return {
    best: raw[0]?.score ?? 0,
    topic: analysis.topic,
    exact: raw.some((m) => m.exact),
    terms: analysis.terms.nl.length + analysis.terms.en.length,
    knownShare: analysis.knownShare,
  };
}

/** The gate's inputs, in the order of `GATE_FEATURES`; shared by training and use. */
export function gateFeatures(p: ArrayLike<number>, labels: readonly string[], search: SearchEvidence): number[] {
  let items = 0;
  let top = 0;
  let none = 0;
  let small = 0;
  for (let i = 0; i < labels.length; i++) {
    const v = p[i] as number;
    if (labels[i] === NONE) none = v;
    else if (labels[i] === SMALLTALK) small = v;
    else {
      items += v;
      top = Math.max(top, v);
    }
  }
  return [
    Math.log(none + EPSILON),
    Math.log(small + EPSILON),
    Math.log(items + EPSILON),
    Math.log(top + EPSILON),
    Math.log1p(search.best),
    search.topic === 'strong' ? 1 : 0,
    search.topic === 'weak' ? 1 : 0,
    search.exact ? 1 : 0,
    Math.min(search.terms, 10) / 10,
    search.knownShare,
  ];
}

export const GATE_FEATURES = [
  'log p(none)',
  'log p(smalltalk)',
  'log p(items)',
  'log p(best item)',
  'log1p(search best)',
  'topic strong',
  'topic weak',
  'exact phrase',
  'terms/10',
  'known share',
];

/** The gate's three probabilities: answer, off-topic, small talk. */
export function gateProbabilities(gate: StoredAnswerModel['gate'], x: readonly number[]): [number, number, number] {
  const z = new Float64Array(gate.weights.length);
  for (let k = 0; k < z.length; k++) {
    const w = gate.weights[k] as readonly number[];
    let sum = 0;
    for (let j = 0; j < w.length; j++) sum += (w[j] as number) * (x[j] as number);
    z[k] = (gate.bias[k] as number) + sum;
  }
  const [answer = 0, off = 0, small = 0] = softmax(z);
  return [answer, off, small];
}

/** The gate's decision from its probabilities and the thresholds chosen by cross-validation. */
export function decide(gate: StoredAnswerModel['gate'], probs: readonly [number, number, number]): Intent {
  const [, off, small] = probs;
  if (small >= gate.smalltalk && small >= off) return 'smalltalk';
  if (off + small >= gate.decline) return 'off-topic';
  return 'answer';
}

/** Each label's index, worked out once per label list (a model's labels do not change). */
const labelIndexes = new WeakMap<readonly string[], Map<string, number>>();
function labelIndex(labels: readonly string[]): Map<string, number> {
  let index = labelIndexes.get(labels);
  if (!index) {
    index = new Map(labels.map((l, i) => [l, i]));
    labelIndexes.set(labels, index);
  }
  return index;
}

/**
 * Items ranked by the classifier and the search together: a·log p(item) + (1−a)·log of the
 * search scores' softmax. Returns each item's share of the fused weight (0..1, that weight times
 * the fitted `sharpness` under a softmax), best first.
 */
export function fuse(
  p: ArrayLike<number>,
  labels: readonly string[],
  raw: readonly RawMatch[],
  ids: readonly string[],
  fusion: StoredAnswerModel['fusion'],
): Array<{ id: string; score: number }> {
  const a = fusion.classifierWeight;
  const labelOf = labelIndex(labels);
  const pOf = (id: string): number => {
    const i = labelOf.get(id);
    return i === undefined ? 0 : (p[i] as number);
  };
  let itemMass = 0;
  for (const id of ids) itemMass += pOf(id);
  const rawById = new Map(raw.map((m) => [m.id, m.score]));
  const best = raw[0]?.score ?? 0;
  let searchMass = 0;
  const search = ids.map((id) => {
    const e = Math.exp(((rawById.get(id) ?? 0) - best) / fusion.searchTemperature);
    searchMass += e;
    return e;
  });
  const logits = Float64Array.from(
    ids,
    (id, i) => a * Math.log(pOf(id) / (itemMass || 1) + EPSILON) + (1 - a) * Math.log((search[i] as number) / searchMass + EPSILON),
  );
  const sharpness = fusion.sharpness ?? 1;
  if (sharpness !== 1) for (let i = 0; i < logits.length; i++) logits[i] = (logits[i] as number) * sharpness;
  const shares = softmax(logits);
  return ids.map((id, i) => ({ id, score: shares[i] as number })).sort((x, y) => y.score - x.score);
}

/** The learned half of the answer engine, ready to use. */
export class IntentModel {
  readonly featurizer: Featurizer;
  readonly classifier: LinearModel;
  readonly ranker: LinearModel | undefined;

  constructor(
    readonly stored: StoredAnswerModel,
    weights: Int8Array,
    synonyms: SynonymMap,
  ) {
    this.featurizer = new Featurizer(stored.features, synonyms);
    this.classifier = dequantise(stored.classifier, weights);
    this.ranker = stored.ranker ? dequantise(stored.ranker, weights) : undefined;
  }

  /**
   * Each label's probability by the gate's classifier (`gate`) and by the ranker (`rank`: the
   * same array when there is no ranker); the question's language is detected as in training.
   */
  probabilities(question: string): { gate: Float64Array; rank: Float64Array } {
    const x = this.featurizer.vector(question);
    const gate = probabilities(this.classifier, x);
    return { gate, rank: this.ranker ? probabilities(this.ranker, x) : gate };
  }
}
