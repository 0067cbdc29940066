import { describe, expect, it } from 'vitest';
import { checkDraft, checkerWith, codesOf, describeRule, expectQuiet, rulesOnlyChecker } from '../../../support/check.js';

describeRule('persoonlijke-titel', {
  fires: [
    ['Bij CNV zijn we tegen het nieuwe kabinetsplan.', 'CNV'],
    ['Mijn collega’s en ik bij CNV hebben vandaag hard gewerkt aan de nieuwe cao.', 'CNV'],
    ['Bij mijn werkgever is de werkdruk veel te hoog.', 'mijn werkgever'],
    ['Namens CNV: we zijn blij met het akkoord.', 'Namens'],
    ['At my employer we think the pension deal is a mistake.', 'my employer'],
  ],
  quiet: [
    // A disclaimer in other words than the list's first ones.
    'Disclaimer onder mijn blog: ik werk bij CNV, maar alles wat ik hier schrijf is van mezelf. Vandaag: waarom thuiswerken een recht moet zijn.',
    "Views on this account are my own. I work at CNV, but I don't speak for them here.",
    'Mijn mening, en niet die van CNV: een loonstrook moet leesbaar zijn, want nu snapt bijna niemand hem.',
    'Ik werk zelf bij een vakbond en vind dit een bruikbare blik op werk. Dit is mijn persoonlijke leesnotitie, geen standpunt van CNV.',
    // The function next to the organisation, also in a signature.
    'Als pensioenvoorlichter van CNV vond ik het mooi om te zien hoe serieus mensen zich in hun pensioen verdiepen.',
    "Welcome to CNV, Priya! Glad you're here. — Jasper Koning, research lead at CNV",
    'Namens CNV, als woordvoerder: wij zijn blij met het akkoord over de minimumlonen.',
    'Op persoonlijke titel: thuiswerken verdient een betere regeling, want reiskosten stijgen.',
    'Views are my own. My employer CNV fights for better pensions, because people deserve it.',
    'Bij CNV werken we hard aan de nieuwe cao. Dit is mijn persoonlijke visie, want ik zie het elke dag.',
    'At CNV we think pensions need fixing (my own view, not my employer’s).',
    'Lekker weekend gehad in Zeeland, heerlijk uitgewaaid aan het strand.',
    'Bel mijn collega Mark als je vragen hebt.',
  ],
});

describe('persoonlijke-titel with another organisation', () => {
  it('looks for ORG_NAME, not for CNV', () => {
    const acme = checkerWith({}, 'Acme');
    // Without "we": "wij zijn tegen …" is the organisation's position whatever its name (the learned check).
    expect(checkDraft('Bij Acme vinden ze het plan slecht.', acme).findings.map((f) => f.code)).toContain('persoonlijke-titel');
    expect(checkDraft('Bij CNV vinden ze het plan slecht.', acme).findings.map((f) => f.code)).not.toContain('persoonlijke-titel');
  });

  it('adds "Op persoonlijke titel:" in the improved version', () => {
    expect(checkDraft('Bij CNV zijn we trots op de nieuwe cao, want hij is eerlijk.').improved).toBe(
      'Op persoonlijke titel: Bij CNV zijn we trots op de nieuwe cao, want hij is eerlijk.',
    );
    expect(checkDraft('At CNV we are proud of the new deal, because it is fair.').improved).toMatch(/^Personal view: At CNV/);
  });
});

it('takes a disclaimer or a function in other words without the model too (the bot runs on rules alone without knowledge/model/)', () => {
  expectQuiet(
    'persoonlijke-titel',
    [
      'Ik werk zelf bij een vakbond en vind dit een bruikbare blik op werk. Dit is mijn persoonlijke leesnotitie, geen standpunt van CNV.',
      'Als pensioenvoorlichter van CNV vond ik het mooi om te zien hoe serieus mensen zich in hun pensioen verdiepen.',
      "Welcome to CNV, Priya! Glad you're here. — Jasper Koning, research lead at CNV",
      "Views on this account are my own. I work at CNV, but I don't speak for them here.",
      // Inflected and hedged: plural views, "niet per se", "staan los van", "not necessarily".
      'Mijn mening, niet per se die van CNV: de AOW-leeftijd moet omlaag voor zware beroepen, want een stratenmaker haalt 67 niet.',
      'Nieuwe blog over thuiswerken bij CNV. Dit zijn mijn persoonlijke standpunten, die los staan van wat de organisatie vindt.',
      "New post on pay slips at CNV. These notes don't necessarily reflect the positions of my employer.",
    ],
    rulesOnlyChecker,
  );
  expect(codesOf(checkDraft('Ik werk bij CNV en de nieuwe cao is slecht voor de leden.', rulesOnlyChecker))).toContain('persoonlijke-titel');
});
