import { lowerCased, type TokenizedText } from '../match/tokens.js';
import type { Span } from './span.js';

/**
 * Security weaknesses and arrangements told as everyday news (vertrouwelijk, regel 1): whoever reads them learns how to
 * get in or when nobody looks. Each within one sentence:
 * - a security measure that is broken, blind, open or skipped: "de pasjeslezer bij de noorddeur doet het al weken niet",
 *   "the CCTV on the east fence has been down since March", "welke hoek van de luchtplaats niet op camera staat", "bij
 *   poort 5 wordt tussen 12 en 1 niet gecontroleerd", "gate 5 has been stuck open", "een gat in het hek";
 * - where a key or pass is kept: "de sleutel van de serverruimte hangt gewoon achter het bord", "bij de werf ligt de
 *   sleutel van de hekken op het dashboard";
 * - few or no people on duty at a stated time, where that is a security matter: "tussen 02.00 en 04.00 lopen er maar
 *   twee man rond op vleugel C", "op zondag zonder beveiliger";
 * - guard rounds at two or more stated times: "mijn ronde om 23.00, 01.30 en 04.00 uur";
 * - a transport of money, prisoners, medicines or vehicles with its time and route: "rond 10.15 uur met de geldwagen …
 *   via de achteringang";
 * - a guarded visitor's time and way in: "de koning landt om 10:40 … en rijdt via de dienstweg";
 * - where a shelter is: "de vrouwenopvang zit op de hoek van de Lindelaan";
 * - a software hole told as one: "op ons klantportaal kun je gewoon andermans facturen bekijken".
 * Not in one's private life ("mijn telefooncamera doet het niet", "de deurbel bij ons thuis is stuk"), not a door that
 * "staat open" for visitors, not keys one lost ("sleutelbos laten liggen"), not a feature ("inloggen kan nu zonder
 * wachtwoord"), not a team of four at the market.
 */

/** Things that secure a place: cameras, alarms, readers, gates, locks, guards, entrances. */
const MEASURE =
  /(?<!\p{L})(?:(?:bewakings|beveiligings)?camera(?:'?s)?|cctv|camerabeeld\p{L}*|alarm(?:installatie|systeem|knop|s)?|pasjeslezer\p{L}*|kaartlezer\p{L}*|toegangspoort\p{L}*|toegangscontrole|slagboom|hek(?:ken)?|poort(?:je|jes)?|slot(?:en)?|(?:magneet|deur|hang|cijfer)sloten|tijdslot|magneetslot|kluis|sensor(?:s|en)?|scanners?|deuren|zijdeur|toegangspas|security check|alarm panel|medicijn\p{L}*|opiaten\p{L}*|archief|serverruimte|serverhok|detectiepoort\p{L}*|beveiliging|bewaking|beveiliger\p{L}*|badge ?reader|card reader|fence|gate|lock|security|guards?|sluis|nooduitgang|achterdeur|branddeur|\p{L}*ingang|entrance|badge|(?:je|mijn|zijn|haar|hun|de|het|your) pas(?:je)?)(?!\p{L})/u;

/** What makes a measure weak: broken, switched off, blind, or not checked. */
const WEAK = new RegExp(
  [
    "doe[tn] (?:het|'t)(?: al (?:weken|maanden|dagen|een tijd|jaren))? (?:niet|nie)\\b",
    '\\b(?:is|zijn) (?:al (?:weken|maanden|dagen) )?(?:kapot|stuk|defect|uit)\\b',
    '\\bwerk(?:t|en) (?:al (?:weken|maanden) )?niet\\b',
    '\\bstaa?t (?:al (?:weken|maanden) )?(?:uit|open)\\b',
    '\\buitgeschakeld|\\buitgezet\\b',
    '\\bsluit (?:al (?:weken|maanden) )?niet\\b',
    '\\bgaat (?:gewoon )?open met\\b',
    '\\bblijft open\\b',
    '\\b(?:is|has been|have been|been) (?:down|broken|off|out)\\b',
    "\\bnot working|\\bdoesn'?t work|\\bdon'?t work|\\bswitched off|\\bturned off",
    '\\bziet (?:helemaal |echt )?(?:niks|niets)\\b',
    '\\bniet op (?:de )?camera\\b',
    '\\bdode hoek|\\bblinde vlek|\\bblind spot|\\bgeen zicht\\b|\\bbuiten beeld\\b',
    "\\b(?:wordt|worden)(?:[\\s,]+[\\p{L}\\d'’.]+){0,6}?\\s+(?:bijna )?(?:nooit|niet) (?:gecontroleerd|bewaakt)\\b",
    "\\bkijken ze(?:[\\s,]+[\\p{L}\\d'’.]+){0,4}?\\s+(?:bijna )?nooit\\b",
    '\\bgeen (?:controle|bewaking)\\b|\\bdoorgezwaaid\\b|\\bonbewaakt\\b|\\bniet bewaakt\\b',
    '\\bongecontroleerd\\b|\\bonafgesloten\\b|\\bniet op slot\\b|\\bop een kier\\b|\\bunlocked\\b|\\b(?:stuck|left|wide) open\\b',
    "\\bstaa?t (?:[\\p{L}']+ ){0,3}open\\b(?! (?:voor|for)\\b)",
    '\\b(?:been|are|is|was|were) disabled\\b|\\bfacing the wall\\b|\\bvoor de show\\b|\\bnemen (?:niks|niets) op\\b|\\bals versiering\\b|maintenance mode|onderhoudsmodus',
    '\\baccepts (?:literally )?any\\b|\\bnever expire|\\bverlopen nooit\\b|\\bgat in het hek\\b|\\bhole in the fence\\b|\\bopened from outside\\b|\\bvan buitenaf open',
    '\\bdraai(?:t|en) (?:[\\p{L}]+ ){0,2}niet\\b|\\bniet goed meer\\b',
    "\\b(?:niemand (?:die )?)?(?:ziet|kijkt|controleert) (?:niemand )?wie\\b|\\b(?:nobody|no one)(?:'s| is) watching\\b|\\bnobody watches\\b",
    "\\bunguarded\\b|\\bnobody checks\\b|\\bno one checks\\b|\\bnot checked\\b|\\bnever checked\\b|\\bisn'?t checked\\b",
  ].join('|'),
  'u',
);

/** Where a key or pass is kept: "de sleutel … ligt weer onder de bloempot", "the spare key is under the mat". */
const KEPT =
  /(?:sleutel\p{L}*|reservesleutel|keys?|toegangspas\p{L}*|pasje)[^\p{L}\d'’.]+(?:[\p{L}\d'’.]+[^\p{L}\d'’.]+){0,6}?(?<!laten )(?<!vergeten )(?:ligt|liggen|hangt|hangen|zit|zitten|verstopt|lies|is kept|are kept|hangs|is hidden|is under)\s+(?:(?:weer|gewoon|altijd|nog|steeds|always|still)\s+)*(?:onder|onderin|achter|in|bij|op|boven|bovenop|naast|aan|under|behind|on|above|next to)\b/u;
/** The same, with the verb first: "bij de werf ligt de sleutel van de hekken gewoon op het dashboard". */
const KEPT_INVERTED =
  /(?<![\p{L}])(?:ligt|liggen|hangt|hangen|zit|zitten)\s+(?:de|het|een|onze|jullie)\s+(?:reserve)?(?:sleutel\p{L}*|toegangspas\p{L}*|pasje)[^.!?]{0,60}?\b(?:onder|onderin|achter|in|bij|op|boven|bovenop|naast|aan)\b/u;

/** The words every key-or-pass shape holds one of. */
const KEY_WORD = /sleutel|\bkeys?\b|toegangspas|pasje/u;

/** Only one or two people on duty. */
const GAP =
  /\bmet z['’]n tweeën\b|\bin (?:m['’]n|mijn|zijn|haar|z['’]n) eentje\b|\bon (?:his|her|my|their) own\b|\bsta ik alleen\b|\bmet (?:één|een|twee|drie|vier|1|2|3|4) man\b|\b(?:geen|zonder|no) (?:[\p{L}-]+ )?(?:beveiliger|beveiliging|bewaking|bewaker|security guard|guard)s?\b|\b(?:maar|slechts|only|just)\s+(?:één|een|twee|1|2|one|two)\s+(?:man|persoon|personen|mensen|bewaarders?|beveiligers?|collega'?s?|officers?|guards?|people|staff|centralist\p{L}*|agent\p{L}*)\b/u;

/** Where few people on duty is a security matter: guards, prisons, wards, control rooms, money. */
const GUARDED =
  /beveilig|bewak|bewaar|guard|security|officer|politie|douane|gedetineerd|\bcel|vleugel|\bwing\b|afdeling|\bward\b|terminal|\bkade|meldkamer|centralist|\bseh\b|spoedeisende|a&e|psychiatr|gesloten|bewoners|patiënten|patients|kluis|juwelier|filiaal|\bgeld|nachtroute/u;

/** A stated time: "tussen 2 en 4", "'s nachts", "04.00", "3 uur", "10pm". */
const TIME =
  /\b(?:tussen\s+\d|between\s+\d)|['’]s nachts|\bsnachts\b|\bat night\b|\b\d{1,2}[.:]\d{2}\b|\b\d{1,2} uur\b|\bvanaf \d|\bfrom \d|\b\d ?(?:am|pm)\b|\bnachtdienst\b|\bnight shift\b|\bkwart (?:over|voor) \d|\b(?:maan|dins|woens|donder|vrij|zater|zon)dag(?:middag|avond|nacht|ochtend|-)?\b|\bzondagnacht\b|\bweekend\b/gu;

const ROUND = /\b(?:ronde|rondes|round|rounds|patrol|patrols|surveillance)\b/u;
const TRANSPORT =
  /geldwagen|geldtransport|geldauto|waardetransport|\bcash (?:van|transport|logistics)|gedetineerden|\bprisoners?\b|konvooi|\bconvoy\b|voertuigen|weekomzet|dagomzet|\bomzet ophalen|methadon|opiaten/u;
/** Someone who is guarded, on a visit whose time and way in are told: "de koning landt om 10:40 … via de dienstweg". */
const VISIT = /\b(?:koning|koningin|prins|prinses|minister|premier|staatssecretaris|king|queen|prince|princess|prime minister|president)\b/u;
/** A way in that is not the front door. */
const WAY_IN =
  /\bvia (?:de |het )?(?:achter\p{L}*|zij\p{L}*|dienst\p{L}*|laad\p{L}*|personeels\p{L}*|poort \d|gate \d)|\bachterpoort\b|\bachteringang\b|\bachterkant\b|\b(?:back|side|staff) (?:entrance|door|gate)\b|\bthrough gate\b|\bleaves through\b/u;
/** A route, in the text's own capitals ("over de A2"). */
const ROUTE = /\bvia\b|\broute\b|\bover de [AN]\d|\blangs\b|\balong\b|\bvanaf\b|\bfrom\b|\bvan\b.{1,40}\bnaar\b/u;

/** A shelter whose place must stay unknown, and a place told: "de vrouwenopvang in het oude klooster aan de Kerkstraat". */
const SHELTER = /blijf-van-mijn-lijfhuis|blijfhuis|vrouwenopvang|opvang voor vrouwen|crisisopvang|women['’]s shelter|safe house|onderduikadres|\bshelter\b/u;
const PLACE =
  /\b(?:aan|op) de \p{Lu}|\bop de hoek\b|\bnaast de\b|\bachter (?:de|het)\b|\bbehind the\b|\bnext to the\b|\bon \p{Lu}\p{L}+ (?:street|road|lane|avenue)\b|\bstraat\b|\blaan\b/u;

/** A software hole: "type /admin … you get straight into the admin panel, no login needed", "zonder tweede bevestiging". */
const HOLE =
  /\b(?:no|without|zonder) (?:in ?loggen|inlog|login|log-in|wachtwoord|password|tweede bevestiging|second confirmation|authenticatie|authentication)(?: (?:needed|required|nodig))?\b|\bstandaard (?:beheer|admin)\p{L}*|\bdefault (?:admin|password)\b|\bandermans (?:facturen|gegevens|dossiers|bestanden)\b|\bstraight into the admin\b/u;
/** How a hole is told as one: "kun je gewoon…", "als je de app herstart", "reported it twice". */
const EXPLOIT = /\bgewoon\b|\bjust\b|\bstraight\b|\bals je\b|\bif you\b|\bgemeld\b|\breported\b|\bnog steeds\b|\bstill\b|\blol\b|\bhaha/u;
const SYSTEM = /\b(?:portal|portaal|systeem|system|app|admin|beheer\p{L}*|panel|server|database|website|site|facturen|overboekingen)\b/u;

/** One's own things and home: what breaks there is no one's security. */
const PRIVATE =
  /mijn (?:telefoon|mobiel|gsm|fiets|auto|deurbel|camera)|\bmy (?:phone|bike|car|doorbell|camera)|\bbij (?:mij|ons) thuis\b|\bat home\b|deurbel|doorbell|fietsslot|bike lock|ring-camera/u;

/** Longer sentences are not looked at: a security detail is told in a few words, and the patterns stay cheap. */
const MAX_SENTENCE = 600;

/**
 * Every sentence that tells a security weakness or arrangement, as the span of the sentence, in order. The patterns are
 * written in lower case and run on the lower-cased text, except the two that read capitals (ROUTE, PLACE): a pattern with
 * both the `i` and `u` flags runs some twenty times slower in V8 than with one of them.
 */
export function findSecurityDetails(doc: TokenizedText): Span[] {
  const { text } = doc;
  const { lower, sameLength } = lowerCased(doc);
  // A cheap first look over the whole draft: which shapes can occur at all (most drafts hold none).
  const can = {
    weak: MEASURE.test(lower),
    kept: KEY_WORD.test(lower),
    gap: GAP.test(lower),
    rounds: ROUND.test(lower),
    transport: TRANSPORT.test(lower),
    visit: VISIT.test(lower),
    shelter: SHELTER.test(lower),
    hole: HOLE.test(lower),
  };
  if (!Object.values(can).some(Boolean)) return [];
  const found: Span[] = [];
  for (const span of doc.sentences) {
    const sentence = text.slice(span[0], span[1]);
    if (sentence.length > MAX_SENTENCE) continue;
    const low = sameLength ? lower.slice(span[0], span[1]) : sentence.toLowerCase();
    const times = () => low.match(TIME)?.length ?? 0;
    const hit =
      (can.weak && MEASURE.test(low) && WEAK.test(low)) ||
      (can.kept && (KEPT.test(low) || KEPT_INVERTED.test(low))) ||
      (can.gap && GAP.test(low) && GUARDED.test(low) && times() > 0) ||
      (can.rounds && ROUND.test(low) && times() > 1) ||
      (can.transport && TRANSPORT.test(low) && ROUTE.test(sentence) && times() > 0) ||
      (can.visit && VISIT.test(low) && WAY_IN.test(low) && times() > 0) ||
      (can.shelter && SHELTER.test(low) && PLACE.test(sentence)) ||
      (can.hole && HOLE.test(low) && SYSTEM.test(low) && EXPLOIT.test(low));
    if (hit && !PRIVATE.test(low)) found.push(span);
  }
  return found;
}
