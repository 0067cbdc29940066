import { expect, it } from 'vitest';
import { checkDraft, describeRule } from '../../../support/check.js';

describeRule('onderbouwing', {
  fires: [
    ['WAT EEN SCHANDE!!!!', 'WAT EEN SCHANDE'],
    ['Nee. Gewoon nee.', 'Nee'],
    ['Slechtste idee ooit.'],
    ['Totally disagree.', 'Totally disagree'],
    ['Dit is echt te gek voor woorden!!!'],
    ['THIS IS UNACCEPTABLE, WAKE UP PEOPLE'],
  ],
  quiet: [
    'Op persoonlijke titel: thuiswerken verdient een betere regeling, want reiskosten stijgen en de werkdruk blijft hoog.',
    'Ik heb vertrouwen in de toekomst van ons land.',
    'Onze klant betaalt al drie maanden niet, dat is slecht voor het hele team.',
    'CNV en FNV tekenen samen het akkoord.',
    'Maak het over naar NL91ABNA0417164300.',
    'Wat een mooie dag!',
    'Dat plan is slecht, omdat het de lage inkomens het hardst raakt.',
  ],
});

it('calms shouting down in the improved version', () => {
  expect(checkDraft('WAT EEN SCHANDE!!!!').improved).toBe('Wat een schande!');
});
