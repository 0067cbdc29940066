import { sentencesOf, type TokenizedText } from '../match/tokens.js';
import type { Span } from './span.js';

/**
 * Passwords, PINs and access codes posted with their value: "het beheerderswachtwoord is sinds vanochtend Lente2024!",
 * "deurcode veranderd naar 4827#", "ww Kleur2024", "inloggen met admin / Welkom123", "the PIN's 4471", "kluisje 7: code
 * 1-9-8-4". Whoever posts one shares what must stay inside, whatever the rest of the post is (vertrouwelijk).
 *
 * A credential word, then within its sentence (at most 100 characters on) a value: quoted; a run of 3-8 digits (spaces,
 * dashes, a closing # or *), not a phone number and not a year after "in", "sinds", "voor"…; or a word of five or more
 * characters with letters and digits ("Zomer#2024"); or, after a colon, a word with a sign or hyphen ("wifi kantine:
 * koffie-is-op"). After a weak word ("key", "pass", "login" in English) only a quoted, mixed or labelled value counts, and
 * after a login word a "user / password" pair (not a web address). When the word's own sentence holds no value, the next
 * sentence may give it as the answer ("Nieuw wachtwoord voor de map. Het is nu Herfst2025!", "Was 1234, is nu 4321").
 * So "mijn wachtwoord is verlopen", "een pincode is 4 cijfers", "wachtwoord vergeten? Bel 030 123 45 67", "het
 * wachtwoord is sinds 2024 verplicht", "code 95", discount codes ("kortingscode LEDEN10", "met de code VAKBOND25 krijg je
 * 25% korting") and examples in a warning ("gebruik nooit een wachtwoord als Welkom123") give none.
 */

/**
 * Strong words allow a bare number; weak words need a quoted or mixed value. "wachtwoord" and "password" may end a
 * compound ("beheerderswachtwoord"); the rest stand as words (not "QR-code", "postcode", "kortingscode"). No pattern
 * runs back over the word before them (a 200 kB run of dashes once took two seconds).
 */
const STRONG =
  /(?:wachtwoord(?:en|je)?|passwords?|(?<![\p{L}-])(?:passcodes?|pin(?:-?codes?)?|pins|code|(?:voordeur|achterdeur|deur|alarm|toegangs|kluis|inlog|poort|hek|wifi-?|slot|locker|nood|sleutelkast|pinpas|beheer|beheerders|cijfer|fietsenhok|lift)codes?|(?:printer|beheer|beheerders|kiosk|gast|admin)-?pin(?:code)?|(?:host|netwerk|wifi-?)sleutel|(?:door|alarm|access|safe|gate|login|wifi|keypad|locker|lock|host) ?(?:codes?|key)|cijferslot|combinatie|combination|creds|credentials|inloggegevens|login details|(?:opens?|gaat open|opent) met|opens? with))(?![\p{L}\d])/giu;
const WEAK = /(?<![\p{L}-])(?:key|pass|inlog|login|log in|inloggen(?: met)?|sign in|gebruikersnaam|username|user|ww(?=[ :=]))(?![\p{L}-])/giu;

const QUOTED = /["'“‘]([^"'”’\s]{3,30})["'”’]/u;
const DIGITS = /(?<![\p{L}\d,.€$])\d(?:[ -]?\d){2,7}[#*]?(?![\p{L}\d%])/gu;
const MIXED = /(?<![^\s(:=/'"“‘])(?=[^\s,;()]*\p{L})(?=[^\s,;()]*\d)[^\s,;()'"”’]{5,40}/gu;
const PAIR = /(?<![^\s(:])[\p{L}\d._-]{3,30} ?\/ ?[^\s,;()]{4,30}/u;
/** A value after a colon or "=" that holds a sign or a hyphen: "wachtwoord wifi kantine: koffie-is-op", "= koffie&koekjes". */
const LABELLED = /[:=]\s*(?=[^\s,;()]*[-&_#!@$%*])(?![^\s,;()]*\+)[\p{L}\d][^\s,;()'"”’]{4,29}(?=$|[\s,;()])/u;
/** Digits right after a colon or "=": a weak word's value too ("ww tablet = 246810"). */
const LABELLED_DIGITS = /[:=]\s*\d(?:[ -]?\d){2,7}(?![\p{L}\d%])/u;
/** A value shown as an example of what not to use: "een wachtwoord als 'Welkom01'", "passwords like Summer2024". */
const EXAMPLE = /(?:^|\s)(?:als|zoals|zoiets als|like|such as|bijvoorbeeld|bijv\.?|e\.g\.)\s*["'“‘]?$/iu;
/** A sentence that teaches or warns: its example passwords are not anyone's. */
const WARNING =
  /\b(?:nooit|niet|geen|never|don['’]?t|do not|avoid|vermijd|slecht\p{L}*|zwak\p{L}*|weak\p{L}*|bad|mis|wrong|top|meest|most|raden|geraden|guess\p{L}*|voorbeeld|example|oefening|quiz|training)\b/iu;
/** The start of a sentence that gives the value the one before asked about: "Het is nu Herfst2025!", "Was 1234, is nu 4321". */
const GIVES_VALUE = /^\s*(?:het is|die is|dat is|it['’]?s|it is|is|was|nu|now|nieuwe?(?: is)?|new one is|oh wacht)\b/iu;
const EMAIL_OR_URL = /^[^@\s]+@[^@\s]+\.\p{L}{2,}$|https?:|www\.|\.(?:nl|com|org|eu)(?:\/|$)/iu;
/** Words of a promotion: a code beside them is meant to be shared. */
const PROMOTION = 'korting|promo|discount|coupon|voucher';
/** A code meant to be shared: "kortingscode", "discount code", "QR-code", "tracking code", a dress code. */
const SHARED_CODE = new RegExp(
  `(?:${PROMOTION}|kortings|promotie|actie|tracking|track|trace|qr|bar|zip|post|dress|gedrags|kleding|referral|invite|uitnodigings)[\\s-]*$`,
  'iu',
);
/** A sentence about a discount: its code is a promotion, not a key. */
const DISCOUNT = new RegExp(`${PROMOTION}|\\d+\\s?% (?:off|korting|goedkoper)|webshop|aanbieding`, 'iu');
/** Words before a year that make it a date, not a code: "sinds 2024", "in 2025", "voor 2026". */
const YEAR_BEFORE = /(?:^|\s)(?:in|sinds|voor|tot|na|vanaf|per|since|before|until|by|after|from|jaar|year|t\/m)\s*$/iu;

/** The value after a credential word, if any: the offset just past it in `after`. */
function valueEnd(after: string, strong: boolean, login: boolean): number | undefined {
  const window = after.slice(0, 100);
  const ends: number[] = [];
  const quoted = QUOTED.exec(window);
  if (quoted) ends.push(quoted.index + quoted[0].length);
  for (const m of window.matchAll(MIXED)) {
    const t = m[0].replace(/[!?.]+$/u, '');
    if (/^\d+(?:'?s|e|de|ste|th|st|nd|rd|x)$/iu.test(t) || EMAIL_OR_URL.test(t)) continue;
    ends.push(m.index + m[0].length);
    break;
  }
  if (login) {
    const pair = PAIR.exec(window);
    if (pair && !EMAIL_OR_URL.test(pair[0])) ends.push(pair.index + pair[0].length);
  }
  const labelled = LABELLED.exec(window.slice(0, 60));
  if (labelled) ends.push(labelled.index + labelled[0].length);
  const labelledDigits = strong ? null : LABELLED_DIGITS.exec(window.slice(0, 60));
  if (labelledDigits) ends.push(labelledDigits.index + labelledDigits[0].length);
  if (strong)
    for (const m of window.matchAll(DIGITS)) {
      const digits = m[0].replace(/\D/gu, '');
      const phone = digits.length >= 8 || (digits.startsWith('0') && digits.length >= 6 && /\s/u.test(m[0]));
      const year = /^(?:19|20)\d\d$/u.test(m[0]) && YEAR_BEFORE.test(window.slice(0, m.index));
      if (phone || year) continue;
      ends.push(m.index + m[0].length);
      break;
    }
  return ends.length ? Math.min(...ends) : undefined;
}

/** Every credential posted with its value: the span from the word to the value, in order. Values are looked for in the word's own sentence (`doc.sentences`), at most 100 characters on. */
export function findCredentials(doc: TokenizedText): Span[] {
  const { text } = doc;
  const found: Span[] = [];
  for (const [pattern, strong] of [
    [STRONG, true],
    [WEAK, false],
  ] as const) {
    for (const m of text.matchAll(pattern)) {
      const from = m.index + m[0].length;
      // "WW" in capitals is the unemployment benefit (Werkloosheidswet), "ww" the short for wachtwoord.
      if (m[0] === 'WW' || m[0] === 'Ww') continue;
      if (/code/iu.test(m[0]) && SHARED_CODE.test(text.slice(Math.max(0, m.index - 14), m.index))) continue;
      const index = sentencesOf(doc, [m.index, from])[0] ?? 0;
      const [start, end] = doc.sentences[index] ?? [0, text.length];
      const login = /inlog|login|log in|sign in|creds|credentials|gebruikersnaam|username|user/iu.test(m[0]);
      let after = text.slice(from, Math.min(end, from + 100));
      let value = valueEnd(after, strong, login);
      // "Nieuw wachtwoord voor de gedeelde map. Het is nu Herfst2025!": the value in the next sentence, said as the answer.
      const next = doc.sentences[index + 1];
      if (value === undefined && next && end - from <= 80 && GIVES_VALUE.test(text.slice(next[0], next[1]))) {
        after = text.slice(from, Math.min(next[1], next[0] + 60));
        value = valueEnd(after, strong, login);
      }
      if (value === undefined) continue;
      // "Gebruik nooit een wachtwoord als Welkom123": an example in a warning, nobody's password.
      const valueStart = after.slice(0, value).search(/\S+$/u);
      if (EXAMPLE.test(after.slice(0, Math.max(0, valueStart))) && WARNING.test(text.slice(start, end))) continue;
      // "Met de code VAKBOND25 krijg je 25% korting": a code in a sentence about a discount is meant to be shared.
      if (/^codes?$/iu.test(m[0]) && DISCOUNT.test(`${text.slice(Math.max(start, m.index - 100), m.index)} ${after}`)) continue;
      found.push([m.index, from + value]);
    }
  }
  return found.sort((a, b) => a[0] - b[0]);
}
