import { describe, expect, it } from 'vitest';
import type { FindingCode } from '../../../src/core/ids.js';
import { checkDraft, codesOf } from '../../support/check.js';

/**
 * The learned check, per code: drafts that say it without the obvious keyword, and look-alikes
 * that must stay quiet. Written for these tests (not taken from the corpus or an evaluation set).
 */
const TABLES: Record<string, { fires: string[]; quiet: string[] }> = {
  gesprek: {
    fires: [
      'Mijn teamleider zei vanmiddag tegen ons dat niemand een bonus krijgt dit jaar. Lekker dan.',
      'Wat de directeur gisteren achter gesloten deuren tegen de afdelingshoofden zei, ga ik jullie nu vertellen.',
      'Our manager told us in this morning’s stand-up that the Leeds office will close. Thought you should know.',
    ],
    quiet: ['Morgen heb ik een sollicitatiegesprek, duim je voor me?', 'Had a great chat with my grandmother about her childhood today.'],
  },
  vertrouwelijk: {
    fires: [
      'Nog niet officieel, maar het kantoor in Zwolle gaat volgend jaar dicht.',
      'Je hebt het niet van mij, maar de cao-inzet wordt pas volgende week bekendgemaakt: 6 procent.',
      'Not public yet, but the board has decided to cut forty jobs next spring.',
    ],
    quiet: ['Het geheim van een goede appeltaart? Veel kaneel.', 'Our annual report is out today, read it on our website.'],
  },
  verwijderen: {
    fires: [
      'Ik heb die kritische reacties onder ons bericht maar weggehaald, niemand merkt het.',
      'Quietly deleted the angry comments under our post before the board saw them.',
      'Die tweet van gisteren heb ik stilletjes aangepast, de cijfers klopten niet.',
    ],
    quiet: [
      'Correctie: in mijn vorige bericht stond een verkeerde datum. Ik heb het aangepast en zet het hier eerlijk bij.',
      'Ik heb mijn oude fiets verkocht en de advertentie verwijderd.',
    ],
  },
  auteursrecht: {
    fires: [
      'Deze foto van een fotograaf van de krant gebruik ik gewoon voor onze flyer, niemand die het ziet.',
      'Ik heb het hele artikel van de Volkskrant hieronder geplakt, lees maar.',
      'Found this picture on Google Images and used it for our campaign poster.',
    ],
    quiet: ['Deze foto heb ik zelf gemaakt tijdens de wandeling.', 'Photo: Reuters, used under licence.'],
  },
  belediging: {
    fires: [
      'Die wethouder is een complete idioot.',
      'What a bunch of clowns at the ministry, honestly.',
      'Mijn buurman is echt een sukkel.',
      // A dig without a swear word (issue 15, second round: clean sentences of long posts taught as clean).
      'Onze nieuwe teamleider heeft ongeveer net zoveel verstand van zaken als mijn kat. En die is lui.',
      'Our finance director is a walking disaster, with the charm of a traffic cone.',
    ],
    quiet: ['Wat een mooie dag voor een wandeling.', 'Stupid me, I forgot my umbrella again.'],
  },
  onderbouwing: {
    fires: ['Dit kabinet deugt gewoon niet.', 'SCHANDALIG WAT ZE DOEN!!!', 'The new pension deal is rubbish.'],
    quiet: ['Het nieuwe pensioenakkoord vind ik slecht, want jongeren betalen meer en krijgen minder terug.', 'Mooie dag gehad op het strand.'],
  },
  'persoonlijke-titel': {
    fires: ['Bij CNV vinden we de nieuwe wet een slecht idee.', 'My employer is completely wrong about working from home.'],
    quiet: [
      'Gefeliciteerd Sanne met 25 jaar bij ons! Wat een mijlpaal 🎉',
      'Op persoonlijke titel: bij CNV vinden we de nieuwe wet een slecht idee, want hij raakt jongeren.',
    ],
  },
  'klant-concurrent': {
    fires: ['Onze grootste klant betaalt al maanden niet, wat een wanbetalers.', 'Die andere vakbond doet echt helemaal niks voor zijn leden.'],
    quiet: ['Deze week hebben we meer dan 200 leden geholpen met hun vakantiegeld.', 'Beste leden, stemmen over het akkoord kan tot vrijdag.'],
  },
};

describe.each(Object.entries(TABLES))('the check for %s', (code, table) => {
  it.each(table.fires)('finds it in %j', (text) => {
    expect(codesOf(checkDraft(text))).toContain(code as FindingCode);
  });

  it.each(table.quiet)('stays quiet on %j', (text) => {
    expect(codesOf(checkDraft(text))).not.toContain(code as FindingCode);
  });
});

describe('a finding the model makes on its own', () => {
  it('points at the sentence that triggered it', () => {
    const text = 'Mooi weer vandaag. Mijn teamleider zei vanmiddag tegen ons dat niemand een bonus krijgt dit jaar.';
    const finding = checkDraft(text).findings.find((f) => f.code === 'gesprek');
    expect(finding).toBeDefined();
    expect(text.slice(...(finding?.span ?? [0, 0]))).toBe('Mijn teamleider zei vanmiddag tegen ons dat niemand een bonus krijgt dit jaar.');
  });
});
