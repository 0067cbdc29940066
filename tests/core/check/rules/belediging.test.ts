import { it } from 'vitest';
import { describeRule, expectQuiet, rulesOnlyChecker } from '../../../support/check.js';

describeRule('belediging', {
  fires: [
    ['Wat een stelletje sukkels bij die gemeente.', 'sukkels'],
    ['Die minister is een vuile leugenaar.', 'leugenaar'],
    ['Die wethouder is gewoon corrupt.', 'corrupt'],
    ['Wat een klootzak is die manager.', 'klootzak'],
    ['The management is a bunch of clowns.', 'bunch of clowns'],
    ['Our director is a fucking idiot.'],
    ['What a pathetic bunch of losers.'],
    ['Rot op met je plannen, tyfuslijer.'],
    ['F*** this place and everyone in charge of it.', 'F***'],
    ['Wat een k*tvergadering weer.', 'k*tvergadering'],
    ['The new supervisor is such an a**hole.', 'a**hole'],
    // Not self-mockery: someone else is the "sukkel".
    ["Mijn manager is echt zo'n sukkel.", 'sukkel'],
    ['Ik ben klaar met die sukkel van een teamleider.', 'sukkel'],
    ['Ik ben die sukkel van een teamleider zat.', 'sukkel'],
    // A quote the writer aims at someone is said, not reported.
    ["Onze directeur is een 'klootzak', zeg ik maar eerlijk.", 'klootzak'],
    ["Ik schreeuwde 'klootzak' naar die manager, en terecht.", 'klootzak'],
    // The writer's own words after a reported one still count.
    ["Hij noemde me 'sukkel'. Wat een klootzak is die man.", 'klootzak'],
  ],
  quiet: [
    'De strijd tegen kanker gaat door: steun KWF.',
    'Wat een fijne collega’s heb ik toch!',
    'Ik heb een stomme fout gemaakt, sorry daarvoor.',
    'April fools! Our office moved to the moon.',
    'Dick Schoof sprak vandaag over de cao.',
    'Ik heb een zak chips meegenomen naar de borrel.',
    'Gratis* parkeren voor leden (*alleen op zaterdag). Zoek op *gesprek in het archief, of lees **dit**.',
    'Een sexuele intimidatie-melding neem je altijd serieus, lees ons beleid.',
    // Self-mockery insults nobody.
    "Ik ben echt zo'n sukkel, ben na de vakantie mijn eigen wachtwoord vergeten.",
    'Wat ben ik een sukkel vandaag.',
    "I'm such an idiot, forgot my badge again.",
    // Self-mockery without "ik ben": the learned check reads it as an insult on its own.
    'Gisteren zo dom geweest om mijn laptop in de trein te laten liggen 🙈 Gelukkig gevonden door een conducteur.',
    'So stupid of me, left my laptop charger at home again.',
    // Self-mockery with the insult first, or more words between.
    'Wat een idioot ben ik ook: mijn pasje thuis laten liggen.',
    'Ik ben een echte lapzwans geweest met die e-learning.',
    // An insult reported or discussed, in quotes: someone was called it, or the word itself is the subject.
    "Een collega werd vandaag door een klant uitgescholden voor 'vuile trut'. Dat accepteren we niet.",
    // With an "İ" before it, which lower-cases to two characters: the reported quote is still found.
    "Onze collega İlknur werd vandaag door een klant uitgescholden voor 'vuile trut'. Dat accepteren we niet.",
    "In de training leerden we wat je doet als iemand je uitscheldt voor 'klootzak'.",
    "Die klant schold me uit voor 'kutwijf', ongelooflijk.",
    "A patient called one of our nurses a 'useless cow' today. That is never okay.",
    "'Idioot' is geen argument. Leg uit waarom je het oneens bent.",
    "Een leerling vroeg of 'mongool' een scheldwoord is.",
    "Gisteren schreeuwde iemand 'vuile hoer' tegen onze caissière. Dat accepteren we niet.",
    "Woorden als 'dikke', 'mongool' of 'homo' als scheldwoord horen nergens thuis.",
    "'Mongool' is geen grapje, het is een kwetsend woord.",
    "Finally finished 'The Idiot' by Dostoevsky. Heavy going.",
    'Wij zijn echt een stel sukkels: de sleutel van de bouwkeet binnen laten liggen.',
  ],
});

// The rule's slander words are accusations ("corrupt", "leugenaar"), not the phenomenon: a sentence against
// fraud accuses nobody. What the learned check makes of such sentences is measured on the evaluation sets, not
// pinned here: the 2^17 model flags this one, the 2^15 model flagged "Tegen corruptie en omkoping moet iedereen
// zich verzetten." (knowledge/README.md, the round of stop 38).
it('does not read the phenomenon as an accusation', () => {
  expectQuiet('belediging', ['Tegen fraude en corruptie moet je altijd optreden.', 'Fraud and corruption hurt workers most.'], rulesOnlyChecker);
});
