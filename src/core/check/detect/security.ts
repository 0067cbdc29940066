import type { TokenizedText } from '../match/tokens.js';
import type { Span } from './span.js';

/**
 * Security weaknesses and arrangements told as everyday news (vertrouwelijk, regel 1): whoever reads them learns how to
 * get in or when nobody looks. Five shapes, each within one sentence:
 * - a security measure that is broken, blind or skipped: "de pasjeslezer bij de noorddeur doet het al weken niet", "the
 *   CCTV on the east fence has been down since March", "welke hoek van de luchtplaats niet op camera staat", "bij poort 5
 *   wordt tussen 12 en 1 niet gecontroleerd";
 * - where a key or pass is kept: "de sleutel van de serverruimte hangt gewoon achter het bord";
 * - a staffing gap at a stated time: "tussen 02.00 en 04.00 lopen er maar twee man rond op vleugel C";
 * - guard rounds at two or more stated times: "mijn ronde om 23.00, 01.30 en 04.00 uur";
 * - a transport of money, prisoners or vehicles with its time and route: "rond 10.15 uur met de geldwagen … via de
 *   achteringang".
 * Not in one's private life ("mijn telefooncamera doet het niet", "de deurbel bij ons thuis is stuk"), not a door that
 * "staat open" for visitors, not keys one lost ("sleutelbos laten liggen").
 */

/** Things that secure a place: cameras, alarms, readers, gates, locks, guards, entrances. */
const MEASURE =
  /(?<!\p{L})(?:(?:bewakings|beveiligings)?camera(?:'?s)?|cctv|camerabeeld\p{L}*|alarm(?:installatie|systeem|knop|s)?|pasjeslezer\p{L}*|kaartlezer\p{L}*|toegangspoort\p{L}*|toegangscontrole|slagboom|hek(?:ken)?|poort(?:je)?|slot(?:en)?|detectiepoort\p{L}*|beveiliging|bewaking|beveiliger\p{L}*|badge ?reader|card reader|cameras?|fence|gate|lock|security|guards?|scanner|sluis|nooduitgang|achterdeur|branddeur|\p{L}*ingang|entrance|badge|(?:je|mijn|zijn|haar|hun|de|het|your) pas(?:je)?)(?!\p{L})/iu;

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
    "\\bunguarded\\b|\\bnobody checks\\b|\\bno one checks\\b|\\bnot checked\\b|\\bnever checked\\b|\\bisn'?t checked\\b",
  ].join('|'),
  'iu',
);

/** Where a key or pass is kept: "de sleutel … ligt weer onder de bloempot", "the spare key is under the mat". */
const KEPT =
  /(?:sleutel\p{L}*|reservesleutel|keys?|toegangspas\p{L}*|pasje)[^\p{L}\d'’.]+(?:[\p{L}\d'’.]+[^\p{L}\d'’.]+){0,6}?(?<!laten )(?<!vergeten )(?:ligt|liggen|hangt|hangen|zit|zitten|verstopt|lies|is kept|are kept|hangs|is hidden|is under)\s+(?:(?:weer|gewoon|altijd|nog|steeds|always|still)\s+)*(?:onder|achter|in|bij|op|boven|naast|under|behind|on|above|next to)\b/iu;

/** Only one or two people on duty. */
const GAP =
  /\b(?:maar|slechts|only|just)\s+(?:één|een|twee|1|2|one|two)\s+(?:man|persoon|personen|mensen|bewaarders?|beveiligers?|collega'?s?|officers?|guards?|people|staff|centralist\p{L}*|agent\p{L}*)\b/iu;

/** A stated time: "tussen 2 en 4", "'s nachts", "04.00", "3 uur", "10pm". */
const TIME =
  /\b(?:tussen\s+\d|between\s+\d)|['’]s nachts|\bsnachts\b|\bat night\b|\b\d{1,2}[.:]\d{2}\b|\b\d{1,2} uur\b|\bvanaf \d|\bfrom \d|\b\d ?(?:am|pm)\b|\bnachtdienst\b|\bnight shift\b/giu;

const ROUND = /\b(?:ronde|rondes|round|rounds|patrol|patrols|surveillance)\b/iu;
const TRANSPORT =
  /geldwagen|geldtransport|geldauto|waardetransport|\bcash (?:van|transport|logistics)|gedetineerden|\bprisoners?\b|konvooi|\bconvoy\b|voertuigen/iu;
/** A route, in the text's own capitals ("over de A2"). */
const ROUTE = /\bvia\b|\broute\b|\bover de [AN]\d|\blangs\b|\balong\b|\bvanaf\b|\bfrom\b/u;

/** One's own things and home: what breaks there is no one's security. */
const PRIVATE =
  /mijn (?:telefoon|mobiel|gsm|fiets|auto|deurbel|camera)|\bmy (?:phone|bike|car|doorbell|camera)|\bbij (?:mij|ons) thuis\b|\bat home\b|deurbel|doorbell|fietsslot|bike lock|ring-camera/iu;

/** Longer sentences are not looked at: a security detail is told in a few words, and the patterns stay cheap. */
const MAX_SENTENCE = 600;

/** Every sentence that tells a security weakness or arrangement, as the span of the sentence, in order. */
export function findSecurityDetails(doc: TokenizedText): Span[] {
  const found: Span[] = [];
  for (const span of doc.sentences) {
    const sentence = doc.text.slice(span[0], span[1]);
    if (sentence.length > MAX_SENTENCE || PRIVATE.test(sentence)) continue;
    const times = sentence.match(TIME)?.length ?? 0;
    const weak = MEASURE.test(sentence) && WEAK.test(sentence);
    const gap = times > 0 && GAP.test(sentence);
    const rounds = times > 1 && ROUND.test(sentence);
    const transport = times > 0 && TRANSPORT.test(sentence) && ROUTE.test(sentence);
    if (weak || KEPT.test(sentence) || gap || rounds || transport) found.push(span);
  }
  return found;
}
