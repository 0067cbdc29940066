import { describe, expect, it } from 'vitest';
import { checkDraft, quietSpans, rulesOnlyChecker } from '../../support/check.js';
const quiet = (text: string) => quietSpans('persoonsgegevens', text);

describe('persoonsgegevens: the writer’s own health (lexicon lists "self" and "relative")', () => {
  it('is no personal data of others for the learned check, when nobody else is in the sentence or the one before', () => {
    for (const text of ['Na drie weken thuis met een longontsteking ben ik er weer!', 'Back at work after my own knee surgery, feeling great.'])
      expect(quiet(text), text).toEqual([text]);
    for (const text of [
      'Mijn dochter ligt in het ziekenhuis, ik ben even weg.',
      'Beterschap, Mike! Ik hoop dat de chemo goed gaat.',
      'Ik hoorde dat hij een burn-out heeft.',
      'Ik heb een lid aan de lijn gehad met kanker.',
    ])
      expect(quiet(text), text).toEqual([]);
  });

  it('leaves the validated numbers standing: a phone number in a sentence about oneself is still personal data', () => {
    const result = checkDraft('Ik ben weer beter! Bel me gerust op 06 12345678.', rulesOnlyChecker);
    expect(result.findings.map((f) => f.code)).toContain('persoonsgegevens');
  });
});
