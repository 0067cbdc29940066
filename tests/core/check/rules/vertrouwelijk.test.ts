import { describeRule } from '../../../support/check.js';

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
  ],
});
