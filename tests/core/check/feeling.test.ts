import { describe, expect, it } from 'vitest';
import { asDraft } from '../../../src/core/check/draft.js';
import { DraftChecker } from '../../../src/core/check/engine.js';
import { knowledgeData } from '../../support/bot.js';

const data = await knowledgeData();

/** Where the learned check may not find onderbouwing on its own. */
function quietSpans(text: string): string[] {
  const checker = new DraftChecker({ lexicons: data.lexicons, organisation: data.organisation, orgName: 'CNV' });
  return (checker.learningView(text, 'nl').never.onderbouwing ?? []).map(([from, to]) => text.slice(from, to));
}

describe('onderbouwing: one’s own feeling (lexicon list "feeling")', () => {
  it('is no bare verdict for the learned check, unless the sentence also holds a strong judgement', () => {
    for (const text of ['Ik heb vertrouwen in de toekomst van ons land.', "I'm so proud of this team!", 'Ik kijk uit naar de ledendag van zaterdag.'])
      expect(quietSpans(text), text).toEqual([text]);
    expect(quietSpans('Ik ben blij, maar dit plan is belachelijk.')).toEqual([]);
    expect(quietSpans('De nieuwe roosters zijn een ramp.')).toEqual([]);
  });

  it('leaves the rule’s own hits standing: a feeling said while shouting is still shouting', () => {
    const checker = new DraftChecker({ lexicons: data.lexicons, organisation: data.organisation, orgName: 'CNV' });
    const result = checker.check(asDraft('IK BEN ZO TROTS OP DIT TEAM!!!!'), 'nl');
    expect(result.findings.map((f) => f.code)).toContain('onderbouwing');
  });
});
