import { describe, expect, it } from 'vitest';
import { asDraft } from '../../../src/core/check/draft.js';
import { DraftChecker } from '../../../src/core/check/engine.js';
import { FINDING_CODES } from '../../../src/core/ids.js';
import { SynonymMap } from '../../../src/core/answer/normalise.js';
import { netProbabilities, quantiseNet, trainDraftNet } from '../../../src/core/learn/draft-net.js';
import { Featurizer } from '../../../src/core/learn/features.js';
import type { StoredDraftNet } from '../../../src/core/learn/stored-model.js';
import { knowledgeData, learnedModels } from '../../support/bot.js';

const featurizer = new Featurizer(
  { dim: 1024, chars: [3, 3], weights: { words: 1, bigrams: 0, chars: 0, cues: 0 } },
  new SynonymMap({ groups: [], topic: [], topic_weak: [] }),
);

describe('the draft network', () => {
  // A code present when exactly one of two words is: no weighing of single words can say that.
  const data = [
    ['plan volgende maand', 0],
    ['intern overleg vandaag', 0],
    ['plan intern besproken', -1],
    ['gewoon een mooie dag', -1],
  ] as const;
  const examples = data.flatMap(([text, label]) => Array.from({ length: 8 }, () => ({ x: featurizer.vector(text), labels: label < 0 ? [] : [label] })));
  const options = { hidden: 8, epochs: 60, learningRate: 0.02, dropout: 0, l2: { input: 0, output: 0 }, batch: 8, seed: 3 };

  it('learns a combination of words: a code present when exactly one of two words is, not when both are', () => {
    const net = quantiseNet(trainDraftNet(examples, ['x'], 1024, options));
    const p = (text: string) => netProbabilities(net, featurizer.vector(text))[0] as number;
    expect(p('plan volgende maand')).toBeGreaterThan(0.8);
    expect(p('intern overleg vandaag')).toBeGreaterThan(0.8);
    expect(p('plan intern besproken')).toBeLessThan(0.2);
    expect(p('gewoon een mooie dag')).toBeLessThan(0.2);
  });

  it('trains the same weights twice with the same seed (the model files stay byte-identical)', () => {
    const a = trainDraftNet(examples, ['x'], 1024, { ...options, epochs: 3 });
    const b = trainDraftNet(examples, ['x'], 1024, { ...options, epochs: 3 });
    expect(Buffer.from(a.w1.buffer).equals(Buffer.from(b.w1.buffer))).toBe(true);
  });

  describe('in the engine, after the rules and the first two stages', async () => {
    const data = await knowledgeData();
    const models = await learnedModels();
    if (!models) throw new Error('the trained model is missing: npm run train');
    /** A network that gives each code a fixed probability, whatever the draft (no input weight counts). */
    const withNet = (p: (code: string) => number) => {
      const logit = (q: number) => Math.log(q / (1 - q));
      const net: StoredDraftNet = {
        labels: [...FINDING_CODES],
        dim: models.stored.check.classifier.dim,
        hidden: 1,
        scales: [0],
        b1: [1],
        w2: FINDING_CODES.map((c) => logit(p(c))),
        b2: FINDING_CODES.map(() => 0),
        thresholds: Object.fromEntries(FINDING_CODES.map((c) => [c, 0.5])),
        add: 0.1,
        drop: 0.05,
      };
      const checker = new DraftChecker({
        lexicons: data.lexicons,
        organisation: data.organisation,
        orgName: 'CNV',
        synonyms: data.synonyms,
        models: { ...models, stored: { ...models.stored, check: { ...models.stored.check, net } }, net: () => new Int8Array(net.dim) },
      });
      return (text: string) => checker.check(asDraft(text), 'nl');
    };
    const codes = (r: { findings: Array<{ code: string }> }) => new Set(r.findings.map((f) => f.code));
    const insult = 'Die wethouder is een complete idioot, daar zeg ik verder niks over.';

    it('adds a second code it is sure of beside a finding, with a message and a fix', () => {
      const sure = withNet((c) => (c === 'belediging' || c === 'vertrouwelijk' ? 0.99 : 0.3));
      const result = sure(insult);
      expect(codes(result)).toContain('belediging');
      const added = result.findings.find((f) => f.code === 'vertrouwelijk');
      expect(added?.message).toBeTruthy();
      expect(added?.fix).toBeTruthy();
      expect(result.verdict).toBe('rood');
    });

    it('adds nothing to a draft without findings: a clean post stays groen', () => {
      const sure = withNet(() => 0.99);
      const result = sure('Vandaag met de kinderen naar het strand geweest, heerlijk weer.');
      expect(result.findings).toEqual([]);
      expect(result.verdict).toBe('groen');
    });

    it('drops a finding it rules out, but never a named competitor or personal data a detector validated', () => {
      const none = withNet(() => 0.001);
      expect(codes(withNet(() => 0.3)(insult))).toContain('belediging');
      expect(codes(none(insult))).not.toContain('belediging');
      expect(codes(none('Mijn IBAN is NL91 ABNA 0417 1643 00, maak het maar over.'))).toContain('persoonsgegevens');
      expect(codes(none('De FNV heeft er weer een potje van gemaakt bij de onderhandelingen.'))).toContain('klant-concurrent');
    });

    it('never adds a code the draft settles itself (a personal disclaimer settles persoonlijke-titel)', () => {
      const sure = withNet(() => 0.99);
      expect(codes(sure(`Op persoonlijke titel: ${insult}`))).not.toContain('persoonlijke-titel');
    });

    it('leaves drafts longer than it reads to the other stages', () => {
      const long = `${insult} ${'Verder was het een gewone werkdag met overleg en koffie. '.repeat(12)}`;
      expect(long.length).toBeGreaterThan(600);
      expect(codes(withNet(() => 0.001)(long))).toContain('belediging');
    });
  });
});
