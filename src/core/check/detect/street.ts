import { ADDRESS_WORDS as W } from './address-words.js';
import { isCapitalised, startsSentence, tokenBefore, tokenStartingAt, type Token } from './address-tokens.js';
import { isAsciiLetterAt, isDigitAt, isLetterAt, isSpaceAt, isWordCharAt } from './chars.js';

const MAX_STREET_TOKENS = 6;

// ---------------------------------------------------------------------------------------------
// House numbers

/**
 * Reads a house number starting at digit `i`: 1–5 digits not starting with 0, optionally with a
 * letter ("12a"), or a dash and an addition ("123-2", "12-hs"). Returns its end, or -1 when the
 * number is a percentage, decimal, time, date or part of a longer run.
 */
export function readHouseNumber(text: string, i: number): number {
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
export function unitFollows(text: string, numberEnd: number): boolean {
  if (!isSpaceAt(text, numberEnd)) return false;
  const unit = tokenStartingAt(text, numberEnd + 1);
  return unit !== null && W.units.has(unit.toLowerCase());
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
export function streetStartFor(text: string, word: Token, numberStart: number, postcodeFollows: boolean): number {
  const lower = word.text.toLowerCase();
  const capitalised = isCapitalised(word.text);
  if (!isLetterAt(word.text, 0)) return -1;
  if (capitalised && W.functionWords.has(lower)) return -1;
  const previous = tokenBefore(text, word);

  let first: Token | null = null;
  for (const suffix of W.streetSuffixes) {
    if (!lower.endsWith(suffix)) continue;
    if (W.notStreets.has(lower)) break;
    if (!capitalised && !W.lowercaseSuffixes.has(suffix)) continue;
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
    if (adjective && W.streetAdjectives.has(previous.text.toLowerCase())) {
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
  return isCapitalised(token) && W.streetPrefixes.has(token.toLowerCase());
}

/** "Laan van Meerdervoort": a lead street word, linking or capitalised words, then `word`. */
function leadWordBefore(text: string, word: Token): Token | null {
  let current = word;
  for (let steps = 0; steps < 4; steps++) {
    const previous = tokenBefore(text, current);
    if (!previous) return null;
    const lower = previous.text.toLowerCase();
    if (isCapitalised(previous.text) && W.leadWords.has(lower)) return previous;
    if (W.connectors.has(previous.text)) {
      current = previous;
      continue;
    }
    if (!isCapitalised(previous.text) || W.functionWords.has(lower)) return null;
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
    if (W.particles.has(t) || (loose && W.connectors.has(t))) {
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
    if (!isCapitalised(t) || t.endsWith('.') || W.functionWords.has(t.toLowerCase())) break;
    const initial = startsSentence(text, previous.start);
    const onlyArticles = pending.length > 0 && pending.every((p) => W.articleParticles.has(p.text));
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
