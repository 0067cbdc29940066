import { describe, expect, it } from 'vitest';
import { checkDraft, quietSpans, rulesOnlyChecker } from '../../support/check.js';

const quiet = (text: string) => quietSpans('onderbouwing', text);

describe('onderbouwing: one’s own feeling (lexicon list "feeling")', () => {
  it('is no bare verdict for the learned check, unless the sentence also holds a strong judgement', () => {
    for (const text of ['Ik heb vertrouwen in de toekomst van ons land.', "I'm so proud of this team!", 'Ik kijk uit naar de ledendag van zaterdag.'])
      expect(quiet(text), text).toEqual([text]);
    expect(quiet('Ik ben blij, maar dit plan is belachelijk.')).toEqual([]);
    expect(quiet('De nieuwe roosters zijn een ramp.')).toEqual([]);
  });

  it('leaves the rule’s own hits standing: a feeling said while shouting is still shouting', () => {
    const result = checkDraft('IK BEN ZO TROTS OP DIT TEAM!!!!', rulesOnlyChecker);
    expect(result.findings.map((f) => f.code)).toContain('onderbouwing');
  });
});

describe('onderbouwing: passing on someone else’s work (lexicon list "passing-on")', () => {
  it('is no bare verdict for the learned check, unless the sentence also holds a strong judgement', () => {
    for (const text of ['Het hele artikel uit de krant hieronder geplakt.', "Copied the full article below so you don't need to pay."])
      expect(quietSpans('onderbouwing', text), text).toEqual([text]);
    expect(quietSpans('onderbouwing', 'Het hele artikel hieronder: wat een schandalig plan.')).toEqual([]);
    expect(quietSpans('onderbouwing', 'Hele tekst hieronder geplakt: wie dit niet ziet snapt er niks van.')).toEqual([]);
  });
});
