import { isAsciiAlnumAt, isAsciiLetterAt, isDigitAt, isSpaceAt, isWordCharAt } from './chars.js';
import type { Span } from './span.js';

/** IBAN length per country (SWIFT IBAN registry). Unknown countries fall back to 15..34. */
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29,
  BY: 28, CH: 21, CR: 22, CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29,
  ES: 24, FI: 18, FK: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28,
  HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28,
  LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20,
  MR: 27, MT: 31, MU: 30, NI: 28, NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25,
  QA: 29, RO: 24, RS: 22, RU: 33, SA: 24, SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27,
  SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20,
};

/** BBAN layouts for a few common countries (after the 4-character country + check prefix). */
const BBAN_SHAPES: Readonly<Record<string, RegExp>> = {
  NL: /^[A-Z]{4}\d{10}$/,
  BE: /^\d{12}$/,
  DE: /^\d{18}$/,
  GB: /^[A-Z]{4}\d{14}$/,
};

const IBAN_SHAPE = /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/;
const MAX_IBAN = 34;

/**
 * True when `s` is a valid IBAN: compact or with single spaces between groups, any case;
 * right length for its country (15..34 for countries not in the table), check digits 02..98
 * and the ISO 7064 mod-97 remainder 1.
 */
export function isValidIban(s: string): boolean {
  if (s.length > 2 * MAX_IBAN) return false;
  const iban = s.replace(/[ \u00a0]/g, '').toUpperCase();
  if (!IBAN_SHAPE.test(iban)) return false;
  const country = iban.slice(0, 2);
  const expected = IBAN_LENGTHS[country];
  if (expected !== undefined ? iban.length !== expected : iban.length < 15) return false;
  const shape = BBAN_SHAPES[country];
  if (shape && !shape.test(iban.slice(4))) return false;
  const check = Number(iban.slice(2, 4));
  if (check < 2 || check > 98) return false;
  return mod97(iban.slice(4) + iban.slice(0, 4)) === 1;
}

/** Remainder mod 97 of the number obtained by replacing A..Z with 10..35. */
function mod97(s: string): number {
  let rest = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      rest = (rest * 10 + (c - 48)) % 97;
    } else {
      rest = (rest * 100 + (c - 55)) % 97;
    }
  }
  return rest;
}

/**
 * Finds IBANs written compact (`NL91ABNA0417164300`) or in groups of four separated by single
 * spaces (`NL91 ABNA 0417 1643 00`), case-insensitive. Only checksum-valid IBANs are reported.
 */
export function findIbans(text: string): Span[] {
  const spans: Span[] = [];
  const n = text.length;
  let i = 0;
  while (i + 4 <= n) {
    if (
      !isAsciiLetterAt(text, i) ||
      isWordCharAt(text, i - 1) ||
      !isAsciiLetterAt(text, i + 1) ||
      !isDigitAt(text, i + 2) ||
      !isDigitAt(text, i + 3)
    ) {
      i++;
      continue;
    }
    const end = matchIbanAt(text, i);
    if (end > 0) {
      spans.push([i, end]);
      i = end;
    } else {
      i += 4;
    }
  }
  return spans;
}

/** End of a valid IBAN starting at `start` (which holds two letters and two digits), or -1. */
function matchIbanAt(text: string, start: number): number {
  let j = start;
  while (isAsciiAlnumAt(text, j) && j - start <= MAX_IBAN) j++;
  if (isWordCharAt(text, j)) return -1; // too long, or glued to other word characters
  const runLength = j - start;
  if (runLength >= 15) {
    return isValidIban(text.slice(start, j)) ? j : -1;
  }
  if (runLength !== 4) return -1;

  // Grouped form: more groups of 4 after single spaces; a shorter group ends the IBAN.
  const groupEnds: number[] = [];
  let total = 4;
  let pos = j;
  while (total < MAX_IBAN && isSpaceAt(text, pos)) {
    let k = pos + 1;
    while (isAsciiAlnumAt(text, k) && k - (pos + 1) < 5) k++;
    const groupLength = k - (pos + 1);
    if (groupLength === 0 || groupLength > 4 || isWordCharAt(text, k)) break;
    total += groupLength;
    if (total > MAX_IBAN) break;
    groupEnds.push(k);
    pos = k;
    if (groupLength < 4) break;
  }
  // Prefer the longest valid reading; a trailing 4-letter word may have been taken as a group.
  const expected = IBAN_LENGTHS[text.slice(start, start + 2).toUpperCase()];
  for (let g = groupEnds.length - 1; g >= 0; g--) {
    const end = groupEnds[g];
    if (end === undefined) continue;
    const length = end - start - (g + 1); // one space before each collected group
    if (length < 15) break;
    if (expected !== undefined && length !== expected) continue;
    if (isValidIban(text.slice(start, end).replace(/[ \u00a0\u202f]/g, ''))) return end;
  }
  return -1;
}
