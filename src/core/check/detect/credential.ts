import { sentencesOf, type TokenizedText } from '../match/tokens.js';
import type { Span } from './span.js';

/**
 * Passwords, PINs and access codes posted with their value: "het beheerderswachtwoord is sinds vanochtend Lente2024!",
 * "deurcode veranderd naar 4827#", "ww Kleur2024", "inloggen met admin / Welkom123", "the PIN's 4471", "kluisje 7: code
 * 1-9-8-4". Whoever posts one shares what must stay inside, whatever the rest of the post is (vertrouwelijk).
 *
 * A credential word, then within its sentence (at most 100 characters on) a value: quoted; a run of 3-8 digits (spaces,
 * dashes, a closing # or *), not a phone number and not a year after "in", "sinds", "voor"…; or a word of five or more
 * characters with letters and digits ("Zomer#2024"). After a weak word ("key", "pass", "login" in English) only a quoted
 * or mixed value counts, and after a login word a "user / password" pair. So "mijn wachtwoord is verlopen", "een pincode
 * is 4 cijfers", "wachtwoord vergeten? Bel 030 123 45 67", "het wachtwoord is sinds 2024 verplicht", "code 95" and
 * discount codes ("kortingscode LEDEN10", "met de code VAKBOND25 krijg je 25% korting") give none.
 */

/**
 * Strong words allow a bare number; weak words need a quoted or mixed value. "wachtwoord" and "password" may end a
 * compound ("beheerderswachtwoord"); the rest stand as words (not "QR-code", "postcode", "kortingscode"). No pattern
 * runs back over the word before them (a 200 kB run of dashes once took two seconds).
 */
const STRONG =
  /(?:wachtwoord(?:en)?|passwords?|(?<![\p{L}-])(?:passcodes?|pin(?:-?codes?)?|pins|code|(?:deur|alarm|toegangs|kluis|inlog|poort|hek|wifi-?|slot|locker|nood|sleutelkast|pinpas)codes?|(?:door|alarm|access|safe|gate|login|wifi|keypad|locker|lock) ?codes?|cijferslot|combinatie|combination|creds|credentials|inloggegevens|login details))(?!\p{L})/giu;
const WEAK = /(?<![\p{L}-])(?:key|pass|inlog|login|log in|inloggen met|gebruikersnaam|username|user|ww(?=[ :=]))(?![\p{L}-])/giu;

const QUOTED = /["'“‘]([^"'”’\s]{3,30})["'”’]/u;
const DIGITS = /(?<![\p{L}\d,.€$])\d(?:[ -]?\d){2,7}[#*]?(?![\p{L}\d%])/gu;
const MIXED = /(?<![^\s(:=/'"“‘])(?=[^\s,;()]*\p{L})(?=[^\s,;()]*\d)[^\s,;()'"”’]{5,40}/gu;
const PAIR = /(?<![^\s(:])[\p{L}\d._-]{3,30} ?\/ ?[^\s,;()]{4,30}/u;
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
    if (pair) ends.push(pair.index + pair[0].length);
  }
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
      const [start, end] = doc.sentences[sentencesOf(doc, [m.index, from])[0] ?? 0] ?? [0, text.length];
      const after = text.slice(from, Math.min(end, from + 100));
      const login = /inlog|login|log in|creds|credentials|gebruikersnaam|username|user/iu.test(m[0]);
      const value = valueEnd(after, strong, login);
      if (value === undefined) continue;
      // "Met de code VAKBOND25 krijg je 25% korting": a code in a sentence about a discount is meant to be shared.
      if (/^codes?$/iu.test(m[0]) && DISCOUNT.test(`${text.slice(Math.max(start, m.index - 100), m.index)} ${after}`)) continue;
      found.push([m.index, from + value]);
    }
  }
  return found.sort((a, b) => a[0] - b[0]);
}
