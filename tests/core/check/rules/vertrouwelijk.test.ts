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

// A model that is sure every vertrouwelijk rule hit is harmless: it vetoes all of them, as a retrained model may veto some.
const vetoing = checkerWithThresholds('vertrouwelijk', { keep: 2, add: 2 });
const codes = (text: string) => codesOf(checkDraft(text, vetoing));

describe('a confidentiality marker used as a label', () => {
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

describe('a password, PIN or access code given with its value', () => {
  it.each([
    'Voor wie bij de servicedesk zit: het beheerderswachtwoord van het ticketsysteem is sinds vanochtend Lente2024!, dus reset gerust zelf 👍',
    'Het wachtwoord van het gedeelde teamaccount is weer veranderd, het is nu Zomer2024! 🌷',
    'De deurcode van de achteringang is 4471#, voor wie zijn pasje vergeten is.',
    'Wifi voor gasten tijdens de ledenavond: netwerk CNV-Gast, wachtwoord "welkomleden". Tot vanavond!',
    'The admin password is now Spring24, don’t tell anyone lol',
    'PIN: 1234. Werkt voor alle kluisjes in de kleedkamer 😂',
    'Code van het fietsenhok is veranderd naar 5-5-0-2#, fijn weekend!',
    'Gedeelde inbox: inloggen met teamnoord / Bondig2025 als ik er niet ben.',
    'ww van het gedeelde account is Noorderlicht7, niet doorvertellen he',
    'Quick one for the night shift: the locker code is 7319 now.',
    'De hekcode van het terrein achter de sporthal waar we zaterdag verzamelen is 3-0-0-7, tot dan!',
    'Nieuw wachtwoord voor de gedeelde map. Het is nu Herfst2025!',
    'De alarmcode is veranderd. Was 1234, is nu 4321. Ja echt.',
    'De printer-pin voor gasten is 3030, werkt op alle verdiepingen.',
    'Wachtwoord wifi kantine: koffie-is-op (alles kleine letters).',
    'Fun fact: the safe in the finance room still opens with 12-24-36.',
    'Inloggen op het beheerpaneel gaat met admin / Beheer!2023, daarna links op Agenda.',
  ])('is confidential, and stands even when the model (vetoing) would overrule it, as a detector’s hit does: %s', (text) => {
    expect(codes(text)).toContain('vertrouwelijk');
    expect(checkDraft(text, vetoing).verdict).toBe('rood');
  });

  it.each([
    'Mijn wachtwoord is verlopen en nu kan ik niet inloggen. Maandagochtend 🙄',
    'Tip: een goede pincode is 4 cijfers die niemand raadt, en gebruik een sterk wachtwoord van minstens 12 tekens.',
    'Het wachtwoord is sinds 2024 verplicht 12 tekens lang, zegt IT.',
    'Met de kortingscode ZOMER2024 krijg je 10% korting op je lidmaatschap!',
    'Forgot my password again, third time this week. Coffee first.',
    'Wachtwoord vergeten? Bel de servicedesk op 030 123 45 67, ook in het weekend.',
    'Het aantal WW-uitkeringen steeg in 2023 licht, meldt het UWV op uwv.nl.',
    "Deel je wachtwoord nooit, ook niet met een collega die het 'even snel' nodig heeft.",
    'Our webshop discount code is UNION15 until the end of May, share it!',
    'Met de code LEDENDAG20 krijg je deze week 20% korting op alle trainingen.',
    'Chauffeurs met code 95 kunnen zich vanaf maandag aanmelden voor de nascholing.',
    'Security-tip van IT: gebruik nooit een wachtwoord als Welkom123 of Zomer2024!, die worden als eerste geraden.',
    'Slechte wachtwoorden zoals password123 en qwerty staan nog steeds in de top 10.',
    "'Password123' is once again in the top ten of most used passwords worldwide.",
    "Wachtwoord wijzigen in Windows: Ctrl+Alt+Del en dan 'Wachtwoord wijzigen'.",
    'Online info evening on Wednesday at 20.00. Sign in on cnv.nl/events.',
    'Mijn wachtwoord is verlopen. Het is echt irritant.',
  ])('is not there without a usable value: %s', (text) => {
    expect(codesOf(checkDraft(text))).not.toContain('vertrouwelijk');
  });

  it('says what was found and that the code must be changed, in the draft’s language; a leak keeps its own words', () => {
    const messages = (text: string) => checkDraft(text).findings.filter((f) => f.code === 'vertrouwelijk');
    const [nl] = messages('De deurcode van de achteringang is 4471#, voor wie zijn pasje vergeten is.');
    expect(nl?.message).toMatch(/wachtwoord, pincode of toegangscode/);
    expect(nl?.fix).toMatch(/veranderen/);
    const [en] = messages('Quick one for the night shift: the locker code is 7319 now.');
    expect(en?.message).toMatch(/password, PIN or access code/);
    expect(en?.fix).toMatch(/change it/);
    // A plan that is not public yet, and a password, in one post: two findings, each with its own words.
    const both = messages('Vertrouwelijk: de regio Noord gaat sluiten. Het wachtwoord van de gedeelde map is Noord2025!');
    expect(both.map((f) => f.message)).toEqual([
      'Dit lijkt vertrouwelijke of nog niet openbare informatie.',
      'Je concept bevat een wachtwoord, pincode of toegangscode met de code zelf.',
    ]);
  });

  it('is left out of the improved version, with the rest of the post kept', () => {
    const result = checkDraft('Fijne vrijdag allemaal! Het wachtwoord van de gedeelde inbox is nu Herfst2025!, voor wie het kwijt was.');
    expect(result.verdict).toBe('rood');
    expect(result.improved ?? '').not.toContain('Herfst2025');
    expect(result.improved ?? '').toContain('Fijne vrijdag allemaal!');
  });
});

describe('a security weakness or arrangement told as news', () => {
  it.each([
    'Voor de nieuwe collega’s: de kaartlezer bij de zij-ingang van het magazijn doet het al weken niet, de deur gaat gewoon open met een duw.',
    'The CCTV at the loading bay has been down since the storm and nobody seems to care. #warehouselife',
    'Haha, iedereen op de afdeling weet welke gang niet op camera staat 😎',
    'Bij de slagboom van het terrein wordt ’s avonds na zevenen eigenlijk niet gecontroleerd, scheelt je een hoop wachten.',
    'Wie de reservesleutel van het archief zoekt: die ligt gewoon onder de plant bij de balie.',
    'Sinds de bezuinigingen staan er ’s nachts maar twee bewaarders op de hele afdeling. Veilig voelt anders.',
    'Mijn vaste ronde over het industrieterrein: 22.30, 01.00 en 03.30 uur. Daartussen is het stil.',
    'Elke maandag om 9.15 uur rijdt de geldwagen naar het filiaal, altijd via de achteringang.',
    'In het weekend ligt de sleutel van het archief gewoon bovenop de meterkast.',
    'Op zondagavond staan we met z’n tweeën op de hele gesloten afdeling.',
    'Our loading bay gate has been stuck open since Monday, anyone can drive in.',
    'De staatssecretaris komt dinsdag om 13:30 langs en rijdt via de achterpoort naar binnen.',
    'De nieuwe vrouwenopvang zit in het oude schoolgebouw aan de Dorpsstraat.',
    'Lol, op ons klantportaal kom je gewoon zonder inloggen in het beheerscherm als je /beheer achter de url zet.',
    // Each "İ" lower-cases to two characters: the lower-cased draft no longer lines up with it, so each sentence is
    // lower-cased on its own (read at the draft's offsets, this sentence would lose its last six characters).
    'Groeten van İlknur, İrem, İsmail en İbrahim uit İzmir en İstanbul! Voor wie morgen dienst heeft: de kaartlezer bij de zij-ingang doet het niet.',
  ])('is confidential, and stands even when the model (vetoing) would overrule it: %s', (text) => {
    expect(codes(text)).toContain('vertrouwelijk');
    expect(checkDraft(text, vetoing).verdict).toBe('rood');
    const [finding] = checkDraft(text).findings.filter((f) => f.code === 'vertrouwelijk');
    expect(finding?.message).toMatch(/beveiliging|security/);
  });

  it('is left out of the improved version, with the rest of the post kept, and the fix says to report it', () => {
    const result = checkDraft('Fijne dienst allemaal! De pasjeslezer bij de zij-ingang doet het al weken niet, dus gewoon doorlopen. Tot morgen!');
    expect(result.verdict).toBe('rood');
    expect(result.improved ?? '').not.toContain('pasjeslezer');
    expect(result.improved ?? '').toContain('Fijne dienst allemaal!');
    expect(result.findings.find((f) => f.code === 'vertrouwelijk')?.fix).toMatch(/meld het/);
  });

  it.each([
    'De camera van mijn telefoon doet het al weken niet, dus geen vakantiefoto’s dit jaar 🙈',
    'Onze deur staat altijd open voor leden met vragen!',
    'Ze heeft haar sleutelbos laten liggen op de ledenavond, wie heeft hem gezien?',
    'Trots op ons beveiligingsteam: dankzij hen liep de open dag zaterdag vlekkeloos.',
    'Het nieuwe toegangssysteem werkt vanaf maandag met je personeelspas, meldt facilitair op intranet.',
    'Er moet meer personeel komen in de gevangenissen, de werkdruk is veel te hoog. Dat zeggen wij als bond al jaren.',
    'Je lidnummer staat op je ledenpas en bestaat uit acht cijfers.',
    'Wij zoeken beveiligers voor nachtdiensten, reageer via onze site!',
    'Zaterdag stonden we met vier man op de markt in Zwolle om leden te werven, top dag!',
    'Goed nieuws: inloggen op de leden-app kan vanaf nu zonder wachtwoord, met je vingerafdruk.',
    'The disabled entrance is at the side of the building, next to the car park.',
    'Onze deuren staan open voor iedereen met vragen over de cao: kom gerust langs.',
    'Niemand die ziet hoe hard onze beveiligers elke nacht werken. Respect!',
    'Het kantoor is tussen kerst en oud en nieuw gesloten en de verwarming staat uit.',
    'Het hek rond het schoolplein staat zaterdag open voor iedereen die de open dag bezoekt.',
  ])('is not there in private life, in praise, in public news or in a general call: %s', (text) => {
    expect(codesOf(checkDraft(text))).not.toContain('vertrouwelijk');
  });
});
