import { describe, expect, it } from 'vitest';
import { asDraft } from '../../../src/core/check/draft.js';
import { DraftChecker } from '../../../src/core/check/engine.js';
import { SECOND_STAGE_FEATURES, SecondStage } from '../../../src/core/check/learned/second-stage.js';
import { FINDING_CODES } from '../../../src/core/ids.js';
import type { StoredSecondStage } from '../../../src/core/learn/stored-model.js';
import type { DraftEvidence } from '../../../tools/train/check-report.js';
import { trainSecondStage } from '../../../tools/train/second-stage.js';
import { knowledgeData, learnedModels } from '../../support/bot.js';

/** First-stage evidence of one draft: each code's best score, no rule hits. */
const row = (best: Record<string, number>, codes: string[]): DraftEvidence => ({ codes: new Set(codes), indirect: false, hits: {}, best });

describe('second stage of the draft check', () => {
  it('learns from first-stage scores that a draft with a strong insult is rarely also a bare opinion', () => {
    // The first stage gives onderbouwing the same middling score everywhere; only the drafts without an insult have it.
    const rows: DraftEvidence[] = [];
    for (let i = 0; i < 60; i++) {
      const insult = i % 2 === 0;
      const y = 0.5 + (i % 7) / 100;
      rows.push(row({ belediging: insult ? 0.9 + (i % 5) / 100 : 0.05, onderbouwing: y }, insult ? ['belediging'] : ['onderbouwing']));
    }
    const stage = new SecondStage(trainSecondStage(rows, 1));
    const evidence = (belediging: number) =>
      Object.fromEntries(
        FINDING_CODES.map((c) => [c, { best: c === 'onderbouwing' ? 0.53 : c === 'belediging' ? belediging : 0, hitMax: -1, validated: false }]),
      );
    expect(stage.score('onderbouwing', evidence(0.93))).toBeLessThan(0.2);
    expect(stage.score('onderbouwing', evidence(0.05))).toBeGreaterThan(0.8);
  });

  it('trains the same weights twice (the model files stay byte-identical)', () => {
    const rows = [0.1, 0.4, 0.6, 0.9, 0.3, 0.7].map((p, i) => row({ gesprek: p, vertrouwelijk: 1 - p }, i % 3 === 0 ? [] : ['gesprek']));
    expect(JSON.stringify(trainSecondStage(rows, 1))).toBe(JSON.stringify(trainSecondStage(rows, 1)));
  });

  describe('in the engine, between the first stage and the thresholds', async () => {
    const data = await knowledgeData();
    const models = await learnedModels();
    if (!models) throw new Error('the trained model is missing: npm run train');
    /** The shipped first stage with a second stage that drops onderbouwing wherever belediging scores high. */
    const withStage = (codes: StoredSecondStage['codes']) => {
      const stored: StoredSecondStage = { features: [...SECOND_STAGE_FEATURES], codes };
      const check = { ...models.stored.check, secondStage: stored };
      const checker = new DraftChecker({
        lexicons: data.lexicons,
        organisation: data.organisation,
        orgName: 'CNV',
        synonyms: data.synonyms,
        models: { ...models, stored: { ...models.stored, check } },
      });
      return (text: string) => new Set(checker.check(asDraft(text), 'nl').findings.map((f) => f.code));
    };
    const always = { weights: SECOND_STAGE_FEATURES.map(() => 0), bias: 50 };
    const never = { weights: SECOND_STAGE_FEATURES.map(() => 0), bias: -50 };
    const unlessInsult = { weights: SECOND_STAGE_FEATURES.map((f) => (f === 'other:belediging' ? -40 : 0)), bias: 10 };
    const codes = Object.fromEntries(FINDING_CODES.map((c) => [c, c === 'belediging' ? always : c === 'onderbouwing' ? unlessInsult : never]));
    const check = withStage(codes);

    it('a draft whose first stage scores a strong insult loses the weaker second code', () => {
      const insult = check('Die wethouder is een complete idioot, het nieuwe beleid deugt van geen kant.');
      expect(insult.has('belediging')).toBe(true);
      expect(insult.has('onderbouwing')).toBe(false);
    });

    it('the same second stage leaves the code where no insult scores high', () => {
      expect(check('Het nieuwe beleid van de gemeente deugt van geen kant.').has('onderbouwing')).toBe(true);
    });

    it("validated detector hits and rule hits their sentence supports stand whatever the second stage says; the model's own findings go", () => {
      const none = withStage(Object.fromEntries(FINDING_CODES.map((c) => [c, never])));
      expect(none('Mijn IBAN is NL91 ABNA 0417 1643 00, maak het maar over.').has('persoonsgegevens')).toBe(true);
      expect(none('Die wethouder is een complete idioot.').has('belediging')).toBe(true);
      expect(check('Het nieuwe beleid van de gemeente deugt van geen kant.').has('onderbouwing')).toBe(true);
      expect(none('Het nieuwe beleid van de gemeente deugt van geen kant.').size).toBe(0);
    });
  });
});
