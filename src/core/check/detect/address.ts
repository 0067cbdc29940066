import { tokenEndingAt } from './address-tokens.js';
import { isDigitAt, isLetterAt, isSpaceAt } from './chars.js';
import {
  hasAmbiguousLetters,
  hasPostcodeKeywordBefore,
  placeEndAfter,
  postcodeAfterHouseNumber,
  postcodeAt,
} from './postcode.js';
import type { Span } from './span.js';
import { readHouseNumber, streetStartFor, unitFollows } from './street.js';

/**
 * Finds Dutch home addresses: a street with house number ("Kerkstraat 5", "Lange Voorhout
 * 12a", "Dorpsweg 123-2"), optionally followed by a postcode and place ("Kerkstraat 5, 1017 GC
 * Amsterdam" is one span), or a postcode with a place name or after the word "postcode"
 * ("1017 GC Amsterdam"). Any capitalised name counts as a street when a postcode follows its
 * number. Bare numbers ("om 5 uur", "Artikel 12", "Week 12") are never reported. The word
 * lists live in `lists/address-nl.json`.
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
    if (!keyword && hasAmbiguousLetters(text, end)) continue;
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
