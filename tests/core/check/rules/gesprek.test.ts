import { describeRule } from '../../../support/check.js';

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
