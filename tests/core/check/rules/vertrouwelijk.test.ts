import { describe, expect, it } from 'vitest';
import { checkDraft, checkerWithThresholds, codesOf, describeRule } from '../../../support/check.js';

describeRule('vertrouwelijk', {
  fires: [
    ['Vertrouwelijk, niet doorsturen: de begroting wordt gekort.', 'Vertrouwelijk'],
    ['Dit is alleen intern, maar ik vind dat iedereen het moet weten.', 'alleen intern'],
    ['Strictly confidential: the board approved the merger.', 'Strictly confidential'],
    ['Internal only: new salary scales.', 'Internal only'],
    ['Onder embargo tot maandag: het nieuwe cao-resultaat.', 'Onder embargo'],
    ['De nieuwe app wordt pas volgende maand gelanceerd, maar hier alvast een preview!', 'gelanceerd'],
    ['The new campaign will be announced next week, sneak peek below.', 'announced'],
    ['Psst, dit heb je niet van mij: de directeur vertrekt.'],
    ['Nog niet bekend bij het personeel, maar er komt een reorganisatie.', 'Nog niet bekend'],
  ],
  quiet: [
    'Ik heb vertrouwen in de toekomst van ons land.',
    'Ik vertrouw erop dat het goed komt.',
    'Welcome to our new intern, Lisa!',
    'Het internet is traag vandaag.',
    'Mooi internationaal congres gehad in Brussel.',
    'The new campaign was announced last week, have a look.',
    'We lanceerden gisteren onze nieuwe website, neem een kijkje!',
    'Trust is everything in a team.',
    'Tip voor iedereen die solliciteert: je salaris is niet iets vertrouwelijks waar je niet over mag praten.',
    'Your salary is not confidential: ask about it in the first interview.',
  ],
});

describe('a confidentiality marker used as a label', () => {
  // A model that is sure every vertrouwelijk rule hit is harmless: it vetoes all of them, as a retrained model may veto some.
  const vetoing = checkerWithThresholds('vertrouwelijk', { keep: 2, add: 2 });
  const codes = (text: string) => codesOf(checkDraft(text, vetoing));

  it.each([
    'Vertrouwelijk: de klant vertrekt.',
    'Onze klant is boos. Vertrouwelijk: de klant vertrekt.',
    'Confidential: the quarterly figures show we lost 2,000 members this year.',
    '(Off the record – the board wants a 2 % offer.)',
  ])('stands even when the model would overrule it: %s', (text) => {
    expect(codes(text)).toContain('vertrouwelijk');
  });

  it('is the writer saying so outright; the same word inside a sentence is left to the model', () => {
    expect(codes('Ik vind het jammer dat dit vertrouwelijk moet blijven.')).not.toContain('vertrouwelijk');
  });
});
