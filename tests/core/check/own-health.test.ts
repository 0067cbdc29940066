import { describe, expect, it } from 'vitest';
import { asDraft } from '../../../src/core/check/draft.js';
import { DraftChecker } from '../../../src/core/check/engine.js';
import { knowledgeData } from '../../support/bot.js';

const data = await knowledgeData();
const checker = new DraftChecker({ lexicons: data.lexicons, organisation: data.organisation, orgName: 'CNV' });

/** Where the learned check may not find persoonsgegevens on its own. */
const quietSpans = (text: string): string[] => (checker.learningView(text, 'nl').never.persoonsgegevens ?? []).map(([from, to]) => text.slice(from, to));

describe('persoonsgegevens: the writer’s own health (lexicon lists "self" and "relative")', () => {
  it('is no personal data of others for the learned check, when nobody else is in the sentence or the one before', () => {
    for (const text of ['Na drie weken thuis met een longontsteking ben ik er weer!', 'Back at work after my own knee surgery, feeling great.'])
      expect(quietSpans(text), text).toEqual([text]);
    for (const text of [
      'Mijn dochter ligt in het ziekenhuis, ik ben even weg.',
      'Beterschap, Mike! Ik hoop dat de chemo goed gaat.',
      'Ik hoorde dat hij een burn-out heeft.',
      'Ik heb een lid aan de lijn gehad met kanker.',
    ])
      expect(quietSpans(text), text).toEqual([]);
  });

  it('leaves the validated numbers standing: a phone number in a sentence about oneself is still personal data', () => {
    const result = checker.check(asDraft('Ik ben weer beter! Bel me gerust op 06 12345678.'), 'nl');
    expect(result.findings.map((f) => f.code)).toContain('persoonsgegevens');
  });
});
