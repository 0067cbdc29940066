import {
  isAsciiLetterAt,
  isDigitAt,
  isLetterAt,
  isSpaceAt,
  isUpperAsciiAt,
  isWhitespaceAt,
  isWordCharAt,
} from './chars.js';
import type { Span } from './span.js';

/**
 * Street-name endings, longest first. A word ending in one of these and followed by a house
 * number is a street ("Kerkstraat 5", "Dorpsweg 123-2").
 */
const STREET_SUFFIXES = [
  'plantsoen', 'boulevard', 'burgwal', 'straat', 'gracht', 'singel', 'markt', 'steeg', 'dreef',
  'plein', 'laan', 'kade', 'dijk', 'park', 'ring', 'baan', 'weg', 'hof', 'pad', 'wal', 'lei',
] as const;

/** Endings distinctive enough to count in lower case too ("ik woon op de kerkstraat 5"). */
const LOWERCASE_OK = new Set([
  'plantsoen', 'boulevard', 'burgwal', 'straat', 'gracht', 'singel', 'steeg', 'dreef', 'plein',
  'laan', 'kade', 'dijk',
]);

/** Words that end like a street but are not one. */
const NOT_STREETS = new Set([
  'onderweg', 'halfweg', 'blokkade', 'loopbaan', 'carrièrebaan', 'arbeidsmarkt',
  'woningmarkt', 'huizenmarkt', 'banenmarkt',
]);

/** Adjectives that make a street out of the next capitalised word ("Lange Voorhout 12a"). */
const STREET_ADJECTIVES = new Set([
  'lange', 'korte', 'oude', 'nieuwe', 'hoge', 'lage', 'grote', 'kleine', 'binnen', 'buiten',
  'noorder', 'zuider', 'ooster', 'wester', 'oudezijds', 'nieuwezijds',
]);

/** Street names that start with the street type: "Laan van Meerdervoort 12". */
const LEAD_WORDS = new Set([
  'laan', 'plein', 'kade', 'weg', 'dreef', 'singel', 'hof', 'park', 'burgwal', 'gracht', 'dijk',
  'markt', 'steeg', 'pad', 'straat', 'boulevard', 'baan', 'ring',
]);

/** Capitalised words that may precede a street name as part of it ("Van Baerlestraat"). */
const STREET_PREFIXES = new Set([
  ...STREET_ADJECTIVES,
  'van', 'den', 'der', 'ter', 'ten', 'sint', 'st.', 'burgemeester', 'burg.', 'dokter', 'dr.',
  'prins', 'prinses', 'koning', 'koningin', 'graaf', 'gravin', 'hertog', 'eerste', 'tweede',
  'derde', 'vierde', 'vijfde', 'noord', 'zuid', 'oost', 'west', 'professor', 'prof.',
  'generaal', 'gen.', 'admiraal', 'kapitein', 'pastoor', 'pater', 'mr.', 'meester', 'jonkheer',
  'jhr.', 'baron', 'onze', 'lieve', 'vrouwe', 'president', 'minister', 'kardinaal',
]);

/** Lower-case name particles in street names ("Jacob van Lennepkade", "Hugo de Grootstraat"). */
const PARTICLES = new Set([
  'van', 'de', 'der', 'den', "'t", '’t', 'ter', 'ten', 'la', 'le', 'du', 'von',
]);
/** Wider set of linking words allowed when the address is certain (postcode or lead word). */
const CONNECTORS = new Set([...PARTICLES, 'het', 'op', 'aan', 'bij', 'in', 'te', 'tot', 'over']);
/** Particles that are also plain articles: "Richting de Kerkstraat" is not a street name. */
const ARTICLE_PARTICLES = new Set(['de', 'den', 'het', "'t", '’t']);

/** Capitalised words that start sentences but never start a street or city name. */
const FUNCTION_WORDS = new Set([
  'ik', 'jij', 'je', 'u', 'hij', 'zij', 'ze', 'wij', 'we', 'jullie', 'het', 'de', 'een', 'dit',
  'dat', 'deze', 'die', 'in', 'op', 'aan', 'bij', 'naar', 'voor', 'met', 'om', 'over', 'onder',
  'uit', 'tot', 'via', 'langs', 'tussen', 'naast', 'tegenover', 'en', 'of', 'maar', 'want',
  'dus', 'als', 'wanneer', 'waar', 'zie', 'bel', 'stuur', 'kom', 'ga', 'adres', 'locatie',
  'tijdens', 'sinds', 'vanaf', 'richting', 'welkom', 'hallo', 'hoi', 'beste', 'groeten',
  'morgen', 'vandaag', 'gisteren', 'nummer', 'postcode', 'huisnummer', 'te', 'ons', 'mijn',
  'onze', 'jouw', 'uw', 'hun', 'haar', 'zijn', 'is', 'was', 'wordt', 'ook', 'nog', 'al',
]);

/** First words of two-word place names ("Den Haag", "Nieuw Vennep"). */
const CITY_PREFIXES = new Set([
  'den', 'de', 'het', 'ter', 'ten', 'sint', 'nieuw', 'nieuwe', 'oud', 'oude', 'groot',
  'klein', 'hoog', 'laag', 'hoge', 'lage', 'zuid', 'noord', 'oost', 'west', 'grote', 'kleine',
]);
/** Linking words in place names ("Alphen aan den Rijn", "Bergen op Zoom"). */
const CITY_LINKS = new Set(['aan', 'op', 'bij', 'onder', 'ter', 'ten']);
const CITY_ARTICLES = new Set(['den', 'de', 'het', 'der']);

/** Postcode letter pairs PostNL never issues. */
const EXCLUDED_POSTCODE_LETTERS = new Set(['SA', 'SD', 'SS']);
/**
 * Letter pairs that after four digits are more often a unit or an abbreviation ("2026 EU",
 * "1500 MB"); such a bare postcode needs a street or the word "postcode" to count.
 */
const AMBIGUOUS_POSTCODE_LETTERS = new Set([
  'EU', 'NL', 'VS', 'UK', 'AI', 'IT', 'HR', 'PR', 'TV', 'PC', 'ID', 'OK', 'BV', 'NV', 'KB',
  'MB', 'GB', 'TB', 'KG', 'KM', 'CM', 'MM', 'PK', 'KW', 'MW', 'GW', 'AM', 'PM', 'CD', 'DJ',
  'FC', 'CO', 'EN', 'OF', 'IN', 'OP', 'DE', 'ZZ', 'GT', 'LT', 'VR', 'AR', 'HQ',
]);

/** Words after a number that make it a quantity rather than a house number. */
const UNITS = new Set([
  'km', 'kilometer', 'm', 'meter', 'minuten', 'minuut', 'min', 'uur', 'jaar', 'keer', 'procent',
  'euro', 'kg', 'kilo', 'gram', 'cm', 'mm', 'seconden', 'sec', 'dag', 'dagen', 'week', 'weken',
  'maand', 'maanden', 'graden', 'x', 'stuks', 'personen', 'mensen',
]);

const MAX_TOKEN = 40;
const MAX_STREET_TOKENS = 6;

interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Finds Dutch home addresses: a street with house number ("Kerkstraat 5", "Lange Voorhout
 * 12a", "Dorpsweg 123-2"), optionally followed by a postcode and place ("Kerkstraat 5, 1017 GC
 * Amsterdam" is one span), or a postcode with a place name or after the word "postcode"
 * ("1017 GC Amsterdam"). Any capitalised name counts as a street when a postcode follows its
 * number. Bare numbers ("om 5 uur", "Artikel 12", "Week 12") are never reported.
 */
export function findAddresses(text: string): Span[] {
  const found: Span[] = [];
  const postcodesInStreets = new Set<number>();
  const n = text.length;

  // 1. Street + house number (+ postcode + place).
  for (let i = 0; i < n; i++) {
    if (!isDigitAt(text, i)) continue;
    const runStart = i;
    while (isDigitAt(text, i + 1)) i++;
    if (!isSpaceAt(text, runStart - 1) || !isLetterAt(text, runStart - 2)) continue;
    const numberEnd = readHouseNumber(text, runStart);
    if (numberEnd < 0) continue;
    const word = tokenEndingAt(text, runStart - 1);
    if (!word) continue;
    const postcode = postcodeAfterHouseNumber(text, numberEnd);
    const streetStart = streetStartFor(text, word, runStart, postcode !== null);
    if (streetStart < 0 || (!postcode && unitFollows(text, numberEnd))) continue;
    let end = numberEnd;
    if (postcode) {
      postcodesInStreets.add(postcode[0]);
      end = placeEndAfter(text, postcode[1]) ?? postcode[1];
    }
    found.push([streetStart, end]);
    i = Math.max(i, numberEnd - 1);
  }

  // 2. Postcodes with a place name or the word "postcode" in front.
  for (let i = 0; i < n; i++) {
    if (!isDigitAt(text, i)) continue;
    const runStart = i;
    while (isDigitAt(text, i + 1)) i++;
    if (i - runStart !== 3 || postcodesInStreets.has(runStart)) continue;
    const end = postcodeAt(text, runStart);
    if (end < 0) continue;
    const place = placeEndAfter(text, end);
    const keyword = hasPostcodeKeywordBefore(text, runStart);
    if (place === null && !keyword) continue;
    if (!keyword && AMBIGUOUS_POSTCODE_LETTERS.has(text.slice(end - 2, end))) continue;
    found.push([runStart, place ?? end]);
  }

  return ordered(found);
}

/** Sorts spans and drops any that overlap an earlier (or, at the same start, longer) one. */
function ordered(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: Span[] = [];
  let lastEnd = -1;
  for (const span of sorted) {
    if (span[0] >= lastEnd) {
      out.push(span);
      lastEnd = span[1];
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// House numbers

/**
 * Reads a house number starting at digit `i`: 1–5 digits not starting with 0, optionally with a
 * letter ("12a"), or a dash and an addition ("123-2", "12-hs"). Returns its end, or -1 when the
 * number is a percentage, decimal, time, date or part of a longer run.
 */
function readHouseNumber(text: string, i: number): number {
  if (text[i] === '0') return -1;
  let j = i;
  while (isDigitAt(text, j)) j++;
  if (j - i > 5) return -1;

  if (isAsciiLetterAt(text, j) && !isWordCharAt(text, j + 1)) {
    j++; // 12a
  } else if (text[j] === '-') {
    if (isDigitAt(text, j + 1)) {
      let k = j + 1;
      while (isDigitAt(text, k) && k - j <= 4) k++;
      const glued = '-./'.includes(text[k] ?? 'x') && isDigitAt(text, k + 1);
      if (!isWordCharAt(text, k) && !glued) j = k; // 123-2
    } else if (isAsciiLetterAt(text, j + 1)) {
      let k = j + 1;
      while (isAsciiLetterAt(text, k) && k - j <= 3) k++;
      if (!isWordCharAt(text, k)) j = k; // 12-a, 12-hs, 12-bis
    }
  }

  if (isWordCharAt(text, j)) return -1;
  const next = text[j];
  if (next !== undefined && '.,:/-–'.includes(next) && isDigitAt(text, j + 1)) return -1;
  if (next === '%' || next === '°' || next === '€') return -1;
  return j;
}

/** True when a unit follows the number ("Rijksweg 12 km"): a quantity, not a house number. */
function unitFollows(text: string, numberEnd: number): boolean {
  if (!isSpaceAt(text, numberEnd)) return false;
  const unit = tokenStartingAt(text, numberEnd + 1);
  return unit !== null && UNITS.has(unit.toLowerCase());
}

/** True for a number that only counts as a house number next to a postcode. */
function looksLikeYearOrCount(text: string, start: number): boolean {
  let j = start;
  while (isDigitAt(text, j)) j++;
  const length = j - start;
  if (length >= 5) return true;
  if (length === 4) {
    const value = Number(text.slice(start, j));
    return value >= 1900 && value <= 2099;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Street names

/**
 * Start of the street name whose last word is `word` and whose house number starts at
 * `numberStart`, or -1 when `word` does not name a street.
 */
function streetStartFor(
  text: string,
  word: Token,
  numberStart: number,
  postcodeFollows: boolean,
): number {
  const lower = word.text.toLowerCase();
  const capitalised = isCapitalised(word.text);
  if (!isLetterAt(word.text, 0)) return -1;
  if (capitalised && FUNCTION_WORDS.has(lower)) return -1;
  const previous = tokenBefore(text, word);

  let first: Token | null = null;
  for (const suffix of STREET_SUFFIXES) {
    if (!lower.endsWith(suffix)) continue;
    if (NOT_STREETS.has(lower)) break;
    if (!capitalised && !LOWERCASE_OK.has(suffix)) continue;
    if (lower.length === suffix.length) {
      // "Markt 5" alone is too vague; "Grote Markt 5" is a street.
      if (capitalised && previous && isStreetPrefix(previous.text)) first = word;
      continue;
    }
    if (suffix === 'ring' && 'aeiouy'.includes(lower.charAt(lower.length - 5))) continue;
    first = word;
    break;
  }
  if (!first && capitalised) {
    const adjective = previous !== null && isCapitalised(previous.text);
    if (adjective && STREET_ADJECTIVES.has(previous.text.toLowerCase())) {
      first = previous; // Lange Voorhout
    } else {
      first = leadWordBefore(text, word); // Laan van Meerdervoort
      if (!first && postcodeFollows) first = word; // any name, when a postcode follows
    }
  }
  if (!first) return -1;
  if (!postcodeFollows && looksLikeYearOrCount(text, numberStart)) return -1;
  return extendStreet(text, first, postcodeFollows);
}

function isStreetPrefix(token: string): boolean {
  return isCapitalised(token) && STREET_PREFIXES.has(token.toLowerCase());
}

/** "Laan van Meerdervoort": a lead street word, linking or capitalised words, then `word`. */
function leadWordBefore(text: string, word: Token): Token | null {
  let current = word;
  for (let steps = 0; steps < 4; steps++) {
    const previous = tokenBefore(text, current);
    if (!previous) return null;
    const lower = previous.text.toLowerCase();
    if (isCapitalised(previous.text) && LEAD_WORDS.has(lower)) return previous;
    if (CONNECTORS.has(previous.text)) {
      current = previous;
      continue;
    }
    if (!isCapitalised(previous.text) || FUNCTION_WORDS.has(lower)) return null;
    current = previous;
  }
  return null;
}

/**
 * Moves the start of a street name back over prefixes ("Van", "Burgemeester", "1e") and over
 * given names joined by particles ("Jacob van Lennepkade"). With `loose` (a postcode follows)
 * any capitalised words and linking words count.
 */
function extendStreet(text: string, first: Token, loose: boolean): number {
  let start = first.start;
  let current = first;
  let pending: Token[] = [];
  for (let steps = 0; steps < MAX_STREET_TOKENS; steps++) {
    const previous = tokenBefore(text, current);
    if (!previous) break;
    const t = previous.text;
    if (PARTICLES.has(t) || (loose && CONNECTORS.has(t))) {
      pending.push(previous);
      current = previous;
      continue;
    }
    if (/^[1-9]\d?e$/.test(t) || isStreetPrefix(t)) {
      start = previous.start;
      pending = [];
      current = previous;
      continue;
    }
    if (!isCapitalised(t) || t.endsWith('.') || FUNCTION_WORDS.has(t.toLowerCase())) break;
    const initial = startsSentence(text, previous.start);
    const onlyArticles = pending.length > 0 && pending.every((p) => ARTICLE_PARTICLES.has(p.text));
    const joined = pending.length > 0 && !(initial && onlyArticles);
    if (joined || (loose && !initial)) {
      start = previous.start;
      pending = [];
      current = previous;
      continue;
    }
    break;
  }
  return start;
}

// ---------------------------------------------------------------------------------------------
// Postcodes and places

/** End of a Dutch postcode ("1017 GC", "1017GC") starting at digit `i`, or -1. */
function postcodeAt(text: string, i: number): number {
  if (text[i] === '0' || isWordCharAt(text, i - 1)) return -1;
  const prev = text[i - 1];
  if (prev === '+' || prev === '€' || prev === '$') return -1;
  if (prev !== undefined && '.,-/'.includes(prev) && isDigitAt(text, i - 2)) return -1;
  for (let k = 0; k < 4; k++) if (!isDigitAt(text, i + k)) return -1;
  let j = i + 4;
  if (isSpaceAt(text, j)) j++;
  if (!isUpperAsciiAt(text, j) || !isUpperAsciiAt(text, j + 1) || isWordCharAt(text, j + 2)) {
    return -1;
  }
  if (EXCLUDED_POSTCODE_LETTERS.has(text.slice(j, j + 2))) return -1;
  return j + 2;
}

/** A postcode after a house number: optional comma, then 1–3 whitespace characters. */
function postcodeAfterHouseNumber(text: string, numberEnd: number): Span | null {
  let q = numberEnd;
  if (text[q] === ',') q++;
  const wsStart = q;
  while (isWhitespaceAt(text, q) && q - wsStart < 3) q++;
  if (q === wsStart || !isDigitAt(text, q)) return null;
  const end = postcodeAt(text, q);
  return end < 0 ? null : [q, end];
}

/** End of a place name right after a postcode ("Amsterdam", "Den Haag", "Alphen aan den Rijn"). */
function placeEndAfter(text: string, postcodeEnd: number): number | null {
  let q = postcodeEnd;
  if (text[q] === ',') q++;
  const wsStart = q;
  while (isSpaceAt(text, q) && q - wsStart < 2) q++;
  if (q === wsStart) return null;

  // 's-Gravenhage, 's-Hertogenbosch, 't Zandt
  if ((text[q] === "'" || text[q] === '’') && (text[q + 1] === 's' || text[q + 1] === 't')) {
    const after = q + 2;
    if (text[after] === '-' || isSpaceAt(text, after)) {
      const name = tokenStartingAt(text, after + 1);
      if (!name || !isCapitalised(name)) return null;
      return extendPlace(text, after + 1 + name.length);
    }
    return null;
  }
  const first = tokenStartingAt(text, q);
  if (!first || !isCapitalised(first) || first.length < 2) return null;
  if (FUNCTION_WORDS.has(first.toLowerCase()) && !CITY_PREFIXES.has(first.toLowerCase())) {
    return null;
  }
  let end = q + first.length;
  if (CITY_PREFIXES.has(first.toLowerCase())) {
    const second = isSpaceAt(text, end) ? tokenStartingAt(text, end + 1) : null;
    if (!second || !isCapitalised(second)) {
      return FUNCTION_WORDS.has(first.toLowerCase()) ? null : end;
    }
    end = end + 1 + second.length;
  }
  return extendPlace(text, end);
}

/** Adds "aan den Rijn", "op Zoom", "aan Zee" style tails to a place name. */
function extendPlace(text: string, end: number): number {
  let result = end;
  for (let round = 0; round < 2; round++) {
    if (!isSpaceAt(text, result)) break;
    const link = tokenStartingAt(text, result + 1);
    if (!link || !CITY_LINKS.has(link)) break;
    let q = result + 1 + link.length;
    if (!isSpaceAt(text, q)) break;
    let next = tokenStartingAt(text, q + 1);
    if (next && CITY_ARTICLES.has(next)) {
      q = q + 1 + next.length;
      if (!isSpaceAt(text, q)) break;
      next = tokenStartingAt(text, q + 1);
    }
    if (!next || !isCapitalised(next)) break;
    result = q + 1 + next.length;
  }
  return result;
}

/** True when "postcode" (optionally followed by ":") directly precedes `start`. */
function hasPostcodeKeywordBefore(text: string, start: number): boolean {
  let q = start;
  let spaces = 0;
  while (isSpaceAt(text, q - 1) && spaces < 3) {
    q--;
    spaces++;
  }
  if (text[q - 1] === ':') q--;
  while (isSpaceAt(text, q - 1) && spaces < 6) {
    q--;
    spaces++;
  }
  if (q === start || q < 8) return false;
  return text.slice(q - 8, q).toLowerCase() === 'postcode' && !isLetterAt(text, q - 9);
}

// ---------------------------------------------------------------------------------------------
// Tokens

function isTokenCharAt(text: string, i: number): boolean {
  if (isWordCharAt(text, i)) return true;
  const c = text[i];
  return c === '-' || c === "'" || c === '’' || c === '.';
}

function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const c = word.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** The word whose last character is just before `end` (bounded length), or null. */
function tokenEndingAt(text: string, end: number): Token | null {
  let s = end;
  while (s > 0 && end - s <= MAX_TOKEN && isTokenCharAt(text, s - 1)) s--;
  if (s === end || end - s > MAX_TOKEN) return null;
  // Leading punctuation is not part of the word.
  while (s < end && !isWordCharAt(text, s)) s++;
  if (s === end) return null;
  return { start: s, end, text: text.slice(s, end) };
}

/** The word before `token`, when exactly one space separates them. */
function tokenBefore(text: string, token: Token): Token | null {
  const gap = token.start - 1;
  if (!isSpaceAt(text, gap) || !isTokenCharAt(text, gap - 1)) return null;
  const previous = tokenEndingAt(text, gap);
  if (!previous || previous.end !== gap) return null;
  // A word ending in "." other than a known abbreviation ends a sentence.
  if (previous.text.endsWith('.') && !STREET_PREFIXES.has(previous.text.toLowerCase())) return null;
  return previous;
}

/** Letters, digits, inner hyphens and apostrophes from `start`; trailing punctuation dropped. */
function tokenStartingAt(text: string, start: number): string | null {
  let e = start;
  while (isTokenCharAt(text, e) && text[e] !== '.' && e - start <= MAX_TOKEN) e++;
  while (e > start && !isWordCharAt(text, e - 1)) e--;
  if (e === start || e - start > MAX_TOKEN) return null;
  return text.slice(start, e);
}

/** True when the word at `start` begins the text, a line or a sentence. */
function startsSentence(text: string, start: number): boolean {
  let q = start - 1;
  if (q < 0) return true;
  if (text[q] === '\n') return true;
  if (!isSpaceAt(text, q)) return false;
  q--;
  if (q < 0) return true;
  const c = text[q];
  return c === '.' || c === '!' || c === '?' || c === ':' || c === ';' || c === '\n' || c === '"';
}
