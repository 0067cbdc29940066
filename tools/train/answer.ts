import { fuse, gateFeatures, GATE_FEATURES, NONE, searchEvidence, SMALLTALK, decide } from '../../src/core/answer/intent.js';
import { SynonymMap } from '../../src/core/answer/normalise.js';
import { SearchIndex } from '../../src/core/answer/search-index.js';
import type { KnowledgeBase } from '../../src/core/knowledge/knowledge-base.js';
import { detectLang } from '../../src/core/lang.js';
import { Featurizer } from '../../src/core/learn/features.js';
import { probabilities, type LinearModel } from '../../src/core/learn/linear-model.js';
import type { StoredAnswerModel } from '../../src/core/learn/stored-model.js';
import { trainLinear, type Example } from '../../src/core/learn/train-linear.js';
import { fitDense, predictDense, textFolds } from './folds.js';
import { SETTINGS } from './settings.js';

export interface Question {
  text: string;
  label: string;
  style: string;
}

export interface AnswerReport {
  top1: number;
  top3: number;
  offTopicDeclined: number;
  onTopicDeclined: number;
  smalltalkRecognised: number;
  byStyle: Record<string, { n: number; top1: number }>;
}

const round = (v: number) => Number(v.toFixed(3));

/**
 * Trains the intent classifier on the item examples and the corpus; fits the gate and the
 * fusion on out-of-fold predictions (so they learn how the classifier does on questions it
 * has not seen); reports the cross-validated figures of the whole answer path.
 */
export function trainAnswer(kb: KnowledgeBase, corpus: readonly Question[]) {
  const s = SETTINGS.answer;
  const ids = kb.items.map((i) => i.id);
  const labels = [...ids, NONE, SMALLTALK];
  const index = new Map(labels.map((l, i) => [l, i]));
  const featurizer = new Featurizer(s.features, new SynonymMap(kb.synonyms));
  const itemExamples: Example[] = kb.items.flatMap((item) =>
    [...item.examples.nl, ...item.examples.en].map((text) => ({ x: featurizer.vector(text), labels: [index.get(item.id) as number] })),
  );
  const examples: Example[] = corpus.map((q) => {
    const label = index.get(q.label);
    if (label === undefined) throw new Error(`knowledge/training/questions.jsonl: label "${q.label}" is not an item id, "none" or "smalltalk"`);
    return { x: featurizer.vector(q.text), labels: [label] };
  });
  const options = { kind: 'softmax' as const, labels, dim: s.features.dim, ...s.train, seed: SETTINGS.seed };
  // The ranker (settings: `ranker`) also learns each item's keywords, each a short example of its item.
  const ranker = s.ranker.enabled ? { ...options, l2: s.ranker.l2 } : undefined;
  const keywordExamples: Example[] = kb.items.flatMap((item) =>
    [...item.keywords.nl, ...item.keywords.en].map((k) => ({
      x: featurizer.vector(k),
      labels: [index.get(item.id) as number],
      weight: s.ranker.keywordWeight,
    })),
  );
  const folds = textFolds(
    corpus.map((q) => q.text),
    SETTINGS.folds,
    SETTINGS.seed,
  );
  const oof: Float64Array[] = new Array(corpus.length);
  const rankOof: Float64Array[] = new Array(corpus.length);
  for (let k = 0; k < SETTINGS.folds; k++) {
    const train = [...itemExamples, ...examples.filter((_, i) => folds[i] !== k)];
    const model = trainLinear(train, options);
    const rankModel = ranker ? trainLinear([...train, ...keywordExamples], ranker) : model;
    corpus.forEach((_, i) => {
      if (folds[i] !== k) return;
      oof[i] = probabilities(model, (examples[i] as Example).x);
      rankOof[i] = rankModel === model ? (oof[i] as Float64Array) : probabilities(rankModel, (examples[i] as Example).x);
    });
  }
  const search = new SearchIndex(kb.items, kb.synonyms);
  const evidence = corpus.map((q) => {
    const analysis = search.analyse(q.text);
    const raw = search.search(analysis, detectLang(q.text, 'nl'));
    return { raw, evidence: searchEvidence(analysis, raw) };
  });
  const kindOf = (label: string) => (label === NONE ? 1 : label === SMALLTALK ? 2 : 0);
  const rows = corpus.map((q, i) => ({
    x: gateFeatures(oof[i] as Float64Array, labels, (evidence[i] as (typeof evidence)[number]).evidence),
    y: kindOf(q.label),
  }));
  const gateOof: number[][] = new Array(corpus.length);
  for (let k = 0; k < SETTINGS.folds; k++) {
    const gate = fitDense(
      rows.filter((_, i) => folds[i] !== k),
      3,
    );
    rows.forEach((r, i) => {
      if (folds[i] === k) gateOof[i] = predictDense(gate, r.x);
    });
  }
  const fitted = fitDense(rows, 3);
  const gateOf = (decline: number): StoredAnswerModel['gate'] => ({
    names: GATE_FEATURES,
    weights: fitted.weights.map((w) => w.map(round6)),
    bias: fitted.bias.map(round6),
    decline,
    smalltalk: 0.5,
  });
  const intents = (decline: number) => corpus.map((_, i) => decide(gateOf(decline), gateOof[i] as [number, number, number]));
  const onTopic = corpus.map((q) => kindOf(q.label) === 0);
  let decline = 0.95;
  for (let th = 0.3; th <= 0.951; th += 0.01) {
    const declined = intents(th).filter((intent, i) => onTopic[i] && intent !== 'answer').length;
    if (declined <= s.maxFalseDecline * onTopic.filter(Boolean).length) {
      decline = round(th);
      break;
    }
  }
  let fusion: StoredAnswerModel['fusion'] = { classifierWeight: 0.7, searchTemperature: 1 };
  let bestTop1 = -1;
  for (const classifierWeight of s.fusionGrid.classifierWeight) {
    for (const searchTemperature of s.fusionGrid.searchTemperature) {
      const f = { classifierWeight, searchTemperature };
      const hits = corpus.filter((q, i) => onTopic[i] && fuse(rankOof[i] as Float64Array, labels, evidence[i]?.raw ?? [], ids, f)[0]?.id === q.label).length;
      if (hits > bestTop1) [bestTop1, fusion] = [hits, f];
    }
  }
  fusion = {
    ...fusion,
    sharpness: sharpestFit(corpus, (i) => (onTopic[i] ? fuse(rankOof[i] as Float64Array, labels, evidence[i]?.raw ?? [], ids, fusion) : []), s.sharpnessGrid),
  };
  const finalModel = trainLinear([...itemExamples, ...examples], options);
  const finalRanker = ranker ? trainLinear([...itemExamples, ...examples, ...keywordExamples], ranker) : undefined;
  const report = reportOf(corpus, intents(decline), (i) => fuse(rankOof[i] as Float64Array, labels, evidence[i]?.raw ?? [], ids, fusion).map((m) => m.id));
  const model: Omit<StoredAnswerModel, 'classifier' | 'ranker'> = { features: s.features, gate: gateOf(decline), fusion };
  return { model, classifier: finalModel as LinearModel, ranker: finalRanker, report };
}

const round6 = (v: number) => Number(v.toPrecision(6));

/**
 * The sharpness that makes the fused shares of the right items likeliest on questions the models
 * did not see (out-of-fold): a share is then about how often that item is the right one, so a
 * "close second" (the reply's button) means the same however sure the ranker is made.
 */
function sharpestFit(corpus: readonly Question[], fused: (i: number) => Array<{ id: string; score: number }>, grid: readonly number[]): number {
  const rows = corpus.map((q, i) => ({ label: q.label, shares: fused(i) })).filter((r) => r.shares.length > 0);
  let best = 1;
  let bestLoss = Number.POSITIVE_INFINITY;
  for (const k of grid) {
    let loss = 0;
    for (const { label, shares } of rows) {
      const total = shares.reduce((sum, m) => sum + m.score ** k, 0);
      const right = shares.find((m) => m.id === label)?.score ?? 0;
      loss -= Math.log(right ** k / total + 1e-12);
    }
    if (loss < bestLoss) [best, bestLoss] = [k, loss];
  }
  return best;
}

function reportOf(corpus: readonly Question[], intents: readonly string[], ranked: (i: number) => string[]): AnswerReport {
  let on = 0,
    top1 = 0,
    top3 = 0,
    off = 0,
    declined = 0,
    falseDeclined = 0,
    small = 0,
    smallOk = 0;
  const byStyle: Record<string, { n: number; top1: number }> = {};
  corpus.forEach((q, i) => {
    const intent = intents[i];
    if (q.label === NONE || q.label === SMALLTALK) {
      off++;
      if (intent !== 'answer') declined++;
      if (q.label === SMALLTALK) {
        small++;
        if (intent === 'smalltalk') smallOk++;
      }
      return;
    }
    on++;
    const style = byStyle[q.style] ?? { n: 0, top1: 0 };
    byStyle[q.style] = style;
    style.n++;
    if (intent !== 'answer') {
      falseDeclined++;
      return;
    }
    const rank = ranked(i).indexOf(q.label);
    if (rank === 0) {
      top1++;
      style.top1++;
    }
    if (rank >= 0 && rank < 3) top3++;
  });
  for (const s of Object.values(byStyle)) s.top1 = round(s.top1 / s.n);
  return {
    top1: round(top1 / on),
    top3: round(top3 / on),
    offTopicDeclined: round(declined / off),
    onTopicDeclined: round(falseDeclined / on),
    smalltalkRecognised: round(smallOk / small),
    byStyle,
  };
}
