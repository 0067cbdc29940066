import { describe, it } from 'vitest';
import { describeRule, expectFlagged, expectQuiet } from '../../../support/check.js';

describeRule('gesprek', {
  fires: [
    ['In het teamoverleg zei onze directeur dat niemand een bonus krijgt.', 'teamoverleg'],
    ['Screenshot van het Teams-gesprek met mijn manager, moet je lezen!', 'Screenshot'],
    ['Hier de notulen van de OR-vergadering van gisteren.', 'notulen'],
    ['Ik heb het telefoongesprek met de regiomanager opgenomen, luister hier.'],
    ['My manager said in our 1-on-1 that promotions are frozen.'],
    ['Recording of yesterday’s all-hands attached.', 'Recording'],
    ['Mijn aantekeningen van het overleg met de ondernemingsraad, voor wie het gemist heeft.'],
  ],
  quiet: [
    'Ik ga graag met jullie in gesprek over de nieuwe cao.',
    'Bel me als je vragen hebt.',
    'Morgen is de ledenvergadering in Utrecht, iedereen welkom!',
    'Mail me gerust voor meer informatie.',
    'Get in touch if you want to join the campaign.',
    'Goed overleg is de basis van een goede cao, want samen kom je verder.',
  ],
});

describe('gesprek and permission', () => {
  it('leaves a conversation alone that the draft says it shares with permission, and flags it when the permission is missing', () => {
    expectQuiet('gesprek', [
      'Met toestemming van Joris deel ik wat hij gisteren in het werkoverleg over de nieuwe roosters vertelde.',
      'Onze teamleider gaf toestemming om dit te delen: de samenvatting van het overleg van dinsdag staat hieronder.',
      'Shared with her permission: what Fatima told us in yesterday’s team meeting about the night shifts.',
    ]);
    expectFlagged('gesprek', [
      'Zonder toestemming, maar iedereen moet dit weten: wat Joris gisteren in het werkoverleg over de roosters zei.',
      'Met toestemming van niemand: de opname van het overleg met de directie van gisteren.',
    ]);
  });
});
