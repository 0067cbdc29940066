import { ADDRESS_WORDS as W } from './address-words.js';
import { isCapitalised, tokenStartingAt } from './address-tokens.js';
import { isDigitAt, isLetterAt, isSpaceAt, isUpperAsciiAt, isWhitespaceAt, isWordCharAt } from './chars.js';
import type { Span } from './span.js';

/** End of a Dutch postcode ("1017 GC", "1017GC") starting at digit `i`, or -1. */
export function postcodeAt(text: string, i: number): number {
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
  if (W.excludedPostcodeLetters.has(text.slice(j, j + 2))) return -1;
  return j + 2;
}

/** True when the letters of the postcode ending at `end` are more often a unit ("1500 MB"). */
export function hasAmbiguousLetters(text: string, end: number): boolean {
  return W.ambiguousPostcodeLetters.has(text.slice(end - 2, end));
}

/** A postcode after a house number: optional comma, then 1–3 whitespace characters. */
export function postcodeAfterHouseNumber(text: string, numberEnd: number): Span | null {
  let q = numberEnd;
  if (text[q] === ',') q++;
  const wsStart = q;
  while (isWhitespaceAt(text, q) && q - wsStart < 3) q++;
  if (q === wsStart || !isDigitAt(text, q)) return null;
  const end = postcodeAt(text, q);
  return end < 0 ? null : [q, end];
}

/** End of a place name right after a postcode ("Amsterdam", "Den Haag", "Alphen aan den Rijn"). */
export function placeEndAfter(text: string, postcodeEnd: number): number | null {
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
  const lower = first.toLowerCase();
  if (W.functionWords.has(lower) && !W.cityPrefixes.has(lower)) return null;
  let end = q + first.length;
  if (W.cityPrefixes.has(lower)) {
    const second = isSpaceAt(text, end) ? tokenStartingAt(text, end + 1) : null;
    if (!second || !isCapitalised(second)) {
      return W.functionWords.has(lower) ? null : end;
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
    if (!link || !W.cityLinks.has(link)) break;
    let q = result + 1 + link.length;
    if (!isSpaceAt(text, q)) break;
    let next = tokenStartingAt(text, q + 1);
    if (next && W.cityArticles.has(next)) {
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
export function hasPostcodeKeywordBefore(text: string, start: number): boolean {
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
