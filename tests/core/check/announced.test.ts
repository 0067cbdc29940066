import { describe, expect, it } from 'vitest';
import { DraftChecker } from '../../../src/core/check/engine.js';
import type { Lexicon } from '../../../src/core/knowledge/schema.js';
import { knowledgeData } from '../../support/bot.js';
import { quietSpans } from '../../support/check.js';

const data = await knowledgeData();

/** Where the learned check may not find vertrouwelijk on its own, with the lexicons given. */
const quiet = (lexicons: readonly Lexicon[], text: string): string[] =>
  quietSpans('vertrouwelijk', text, new DraftChecker({ lexicons, organisation: data.organisation, orgName: 'CNV' }));

describe('vertrouwelijk: announcements already made (lexicon list "announced")', () => {
  it('leave a sentence that reports a made announcement to the rules, but not one still to come', () => {
    expect(quiet(data.lexicons, 'The new campaign was announced last week, have a look.')).toContain('announced');
    expect(quiet(data.lexicons, 'De nieuwe campagne wordt pas volgende week aangekondigd.')).toEqual([]);
  });

  it('are the organisation’s to edit: a form added to knowledge/lexicon/vertrouwelijk.yaml counts', () => {
    const text = 'Het nieuwe beleid is gisteren gedeeld met de pers.';
    expect(quiet(data.lexicons, text)).toEqual([]);
    const edited = data.lexicons.map((l) =>
      l.code === 'vertrouwelijk' ? { ...l, lists: { ...l.lists, announced: [...(l.lists.announced ?? []), 'gedeeld met de pers'] } } : l,
    );
    expect(quiet(edited, text)).toEqual(['gedeeld met de pers']);
  });
});

describe('vertrouwelijk: removing one’s own post (lexicon list "removal")', () => {
  it('leaves secrecy about the removal to verwijderen, but not a removal that comes with the organisation’s business or a secret', () => {
    expect(quiet(data.lexicons, 'Ik heb mijn post van gisteren stilletjes verwijderd, niemand die het merkt.')).toContain('verwijderd');
    expect(quiet(data.lexicons, 'Quietly deleted my tweet from this morning, hope nobody saw it.')).toContain('deleted');
    expect(quiet(data.lexicons, 'Ik heb de post verwijderd, maar de reorganisatie gaat echt door.')).toEqual([]);
    expect(quiet(data.lexicons, 'Post removed, but between us: it is still confidential.')).toEqual([]);
  });
});

describe('vertrouwelijk: a public source named in the sentence', () => {
  it('leaves what a public source says to the rules, but not a source that is secret or still to come', () => {
    for (const text of [
      'Het ziekteverzuim lag vorig jaar volgens het CBS op 6,8 procent.',
      'De staatssecretaris zei gisteren in de Tweede Kamer dat de regeling in 2027 verandert.',
      'According to the report of the ministry, one in five care workers wants to leave.',
      'Een op de vier leraren stopt binnen vijf jaar (bron: inspectie.nl).',
    ])
      expect(quiet(data.lexicons, text), text).toEqual([text]);
    expect(quiet(data.lexicons, 'Vertrouwelijk, volgens het CBS-rapport dat pas volgende week uitkomt: de lonen stijgen.')).toEqual([]);
    expect(quiet(data.lexicons, 'Het ziekteverzuim is volgens onze eigen cijfers gestegen tot 9 procent.')).toEqual([]);
  });
});

describe('vertrouwelijk: one’s private life (lexicon list "private")', () => {
  it('leaves a holiday or a birthday to come to the rules, but not one that comes with the organisation’s business or a secret', () => {
    for (const text of ['We gaan drie weken weg met vakantie naar Noorwegen, de tent ligt al klaar.', 'Next month we are off on a road trip through Scotland!'])
      expect(quiet(data.lexicons, text), text).toEqual([text]);
    expect(quiet(data.lexicons, 'Na de vakantie gaat de reorganisatie van start, zeg het nog tegen niemand.')).toEqual([]);
    expect(quiet(data.lexicons, 'Between us: the director plans the merger for after the holiday.')).toEqual([]);
  });
});
