import { describe, expect, it } from 'vitest';
import { SynonymMap } from '../../../src/core/answer/normalise.js';
import { Featurizer } from '../../../src/core/learn/features.js';
import { probabilities } from '../../../src/core/learn/linear-model.js';
import { dequantise, quantise } from '../../../src/core/learn/stored-model.js';
import { type Example, trainLinear } from '../../../src/core/learn/train-linear.js';

const synonyms = new SynonymMap({ groups: [['foto', 'plaatje', 'photo']], topic: [], topic_weak: [] });
const featurizer = new Featurizer({ dim: 1024, chars: [3, 5], weights: { words: 1, bigrams: 0.5, chars: 1, cues: 1 } }, synonyms);

const shared = (a: string, b: string) => {
  const x = new Set(featurizer.vector(a).index);
  return [...featurizer.vector(b).index].filter((i) => x.has(i)).length;
};

describe('the features', () => {
  it('read synonyms as one word: "plaatje" and "photo" share their word feature', () => {
    const words = (text: string) =>
      new Featurizer({ dim: 1 << 16, chars: [3, 3], weights: { words: 1, bigrams: 0, chars: 0, cues: 0 } }, synonyms).vector(text).index;
    expect([...words('plaatje')]).toEqual([...words('photo')]);
  });

  it('carry a typo: "vertrouwlijk" still shares most character n-grams with "vertrouwelijk"', () => {
    expect(shared('vertrouwlijk', 'vertrouwelijk')).toBeGreaterThan(8);
  });

  it('are the same for the same text, every time', () => {
    expect(featurizer.vector('Mag ik een foto posten?')).toEqual(featurizer.vector('Mag ik een foto posten?'));
  });

  it('are the same after 2^31 blocks, in a process that has run for weeks (the marks start again)', () => {
    const text = 'Mag ik een foto van foto foto posten? posten posten';
    const fresh = new Featurizer(featurizer.spec, synonyms);
    const old = new Featurizer(featurizer.spec, synonyms);
    // The mark each block of features counts with, near 2^31 (about 40 days of 100 questions a second).
    (old as unknown as { stamp: number }).stamp = 0x7fffffff - 3;
    for (let i = 0; i < 3; i++) expect(old.vector(text)).toEqual(fresh.vector(text));
  });
});

describe('training', () => {
  const data = [
    ['mag ik een foto van een collega posten', 0],
    ['foto van mijn team delen', 0],
    ['hoe reset ik mijn wachtwoord', 1],
    ['mijn laptop doet het niet', 1],
  ] as const;
  const examples = data.map(([text, label]) => ({ x: featurizer.vector(text), labels: [label] }));
  const options = { kind: 'softmax' as const, labels: ['foto', 'it'], dim: 1024, epochs: 20, learningRate: 0.5, l2: 1e-4, seed: 7 };

  it('is deterministic: the same data and seed give the same weights', () => {
    expect(trainLinear(examples, options).weights).toEqual(trainLinear(examples, options).weights);
  });

  it('does not depend on the order of its examples: the same lines in another order give the same weights', () => {
    expect(trainLinear([...examples].reverse(), options).weights).toEqual(trainLinear(examples, options).weights);
  });

  it('learns what it was shown and generalises a little', () => {
    const model = trainLinear(examples, options);
    expect(probabilities(model, featurizer.vector('een plaatje van collega’s posten'))[0]).toBeGreaterThan(0.5);
    expect(probabilities(model, featurizer.vector('wachtwoord vergeten'))[1]).toBeGreaterThan(0.5);
  });

  it('learns nothing about a label an example ignores (an optional code): neither positive nor negative', () => {
    const sigmoid = { ...options, kind: 'sigmoid' as const };
    const x = featurizer.vector('foto van mijn team delen');
    const p = (example: Example) => probabilities(trainLinear([example], sigmoid), x)[1] as number;
    expect(p({ x, labels: [0] })).toBeLessThan(0.4);
    expect(p({ x, labels: [0], ignore: [1] })).toBe(0.5);
  });

  it('survives storage as bytes within a rounding step', () => {
    const model = trainLinear(examples, options);
    const { stored, bytes } = quantise(model, 0);
    const back = dequantise(stored, bytes);
    const step = Math.max(...stored.scales);
    for (let i = 0; i < model.weights.length; i++) expect(Math.abs((back.weights[i] as number) - (model.weights[i] as number))).toBeLessThanOrEqual(step);
  });
});
