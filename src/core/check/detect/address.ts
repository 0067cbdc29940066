import { tokenEndingAt, tokenStartingAt } from './address-tokens.js';
import { ADDRESS_WORDS as W } from './address-words.js';
import { isDigitAt, isLetterAt, isSpaceAt } from './chars.js';
import { hasAmbiguousLetters, hasPostcodeKeywordBefore, placeEndAfter, postcodeAfterHouseNumber, postcodeAt } from './postcode.js';
import type { Span } from './span.js';
import { readHouseNumber, streetStartFor, unitFollows } from './street.js';

/**
 * Finds Dutch home addresses: a street with house number ("Kerkstraat 5", "Lange Voorhout
 * 12a", "Dorpsweg 123-2"), optionally followed by a postcode and place ("Kerkstraat 5, 1017 GC
 * Amsterdam" is one span), or a postcode followed by a house number ("1017 GC, huisnummer 5").
 * Any capitalised name counts as a street when a postcode follows its number. Not reported:
 * bare numbers ("om 5 uur", "Artikel 12", "Week 12"), a postcode and place without house number
 * (an office's address, "3561 GG Utrecht") and PO boxes ("Postbus 123, 1000 AB Amsterdam").
 * The word lists live in `lists/address-nl.json`.
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
    if (postcode) postcodesInStreets.add(postcode[0]);
    if (W.poBoxWords.has(word.text.toLowerCase())) continue;
    const streetStart = streetStartFor(text, word, runStart, postcode !== null);
    if (streetStart < 0 || (!postcode && unitFollows(text, numberEnd))) continue;
    const end = postcode ? (placeEndAfter(text, postcode[1]) ?? postcode[1]) : numberEnd;
    found.push([streetStart, end]);
    i = Math.max(i, numberEnd - 1);
  }

  // 2. Postcode (+ place) + house number.
  for (const [start, end] of postcodes(text, postcodesInStreets)) {
    const numberEnd = houseNumberAfter(text, end);
    if (numberEnd > 0) found.push([start, numberEnd]);
  }

  return ordered(found);
}

/**
 * Finds Dutch postcodes that are surely postcodes: with a place name ("1017 GC Amsterdam") or
 * after the word "postcode" ("postcode 1017GC"), with or without a street. Not a home address
 * on their own (see `findAddresses`), but worth masking in what is kept.
 */
export function findPostcodes(text: string): Span[] {
  return postcodes(text, new Set());
}

function postcodes(text: string, skip: ReadonlySet<number>): Span[] {
  const found: Span[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isDigitAt(text, i)) continue;
    const runStart = i;
    while (isDigitAt(text, i + 1)) i++;
    if (i - runStart !== 3 || skip.has(runStart)) continue;
    const end = postcodeAt(text, runStart);
    if (end < 0) continue;
    const place = placeEndAfter(text, end);
    const keyword = hasPostcodeKeywordBefore(text, runStart);
    if (place === null && !keyword) continue;
    if (!keyword && hasAmbiguousLetters(text, end)) continue;
    found.push([runStart, place ?? end]);
  }
  return found;
}

/**
 * End of a house number after a postcode or place: ", huisnummer 5", " nr. 12a", " 5".
 * Returns -1 when none follows (or the number is a quantity: "1017 GC 5 km").
 */
function houseNumberAfter(text: string, end: number): number {
  let q = end;
  if (text[q] === ',') q++;
  if (!isSpaceAt(text, q)) return -1;
  q++;
  const word = tokenStartingAt(text, q);
  if (word !== null && W.houseNumberWords.has(word.toLowerCase())) {
    q += word.length;
    if (text[q] === '.') q++;
    if (text[q] === ':') q++;
    if (!isSpaceAt(text, q)) return -1;
    q++;
  }
  if (!isDigitAt(text, q)) return -1;
  const numberEnd = readHouseNumber(text, q);
  if (numberEnd < 0 || unitFollows(text, numberEnd)) return -1;
  return numberEnd;
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
