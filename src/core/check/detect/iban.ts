import { countrySpecs, isValidIBAN } from 'ibantools';
import { isAsciiAlnumAt, isAsciiLetterAt, isDigitAt, isSpaceAt, isWordCharAt } from './chars.js';
import type { Span } from './span.js';

const MAX_IBAN = 34;

/** IBAN length for a country code (upper case), from ibantools' registry; undefined when none. */
function ibanLength(country: string): number | undefined {
  return countrySpecs[country]?.chars ?? undefined;
}

/**
 * True when `s` is a valid IBAN, compact or with single spaces or dashes between groups, any
 * case: a country with IBANs, its length, its BBAN format, the ISO 7064 mod-97 check and, for
 * the countries that have one, the national check digits (all judged by ibantools).
 */
export function isValidIban(s: string): boolean {
  if (s.length > 2 * MAX_IBAN) return false;
  const iban = s.replace(/[ \u00a0\u202f\-\u2013]/g, '').toUpperCase();
  if (iban.length < 5 || ibanLength(iban.slice(0, 2)) !== iban.length) return false;
  return isValidIBAN(iban);
}

/**
 * Finds IBANs of any country, compact (`NL91ABNA0417164300`) or in groups of any size split by
 * single spaces or by dashes, one kind per IBAN (`NL91 ABNA 0417 1643 00`,
 * `NL91 ABNA 0417164300`, `NL91-ABNA-0417-1643-00`), case-insensitive. The groups must add up
 * to exactly the country's length; only valid IBANs (see `isValidIban`) are reported.
 */
export function findIbans(text: string): Span[] {
  const spans: Span[] = [];
  const n = text.length;
  let i = 0;
  while (i + 4 <= n) {
    if (!isAsciiLetterAt(text, i) || !isAsciiLetterAt(text, i + 1) || !isDigitAt(text, i + 2) || !isDigitAt(text, i + 3) || isWordCharAt(text, i - 1)) {
      i++;
      continue;
    }
    const end = matchIbanAt(text, i);
    if (end > 0) {
      spans.push([i, end]);
      i = end;
    } else {
      i++;
    }
  }
  return spans;
}

/** End of a valid IBAN starting at `start` (two letters and two digits), or -1. */
function matchIbanAt(text: string, start: number): number {
  const length = ibanLength(text.slice(start, start + 2).toUpperCase());
  if (length === undefined) return -1;
  let compact = 0;
  let separator = '';
  let p = start;
  for (;;) {
    let k = p;
    while (compact + (k - p) < length && isAsciiAlnumAt(text, k)) k++;
    // A group that runs on past the country's length, or into other letters, is no IBAN.
    if (isWordCharAt(text, k)) return -1;
    compact += k - p;
    if (compact === length) return isValidIban(text.slice(start, k)) ? k : -1;
    const c = text[k];
    const kind = isSpaceAt(text, k) ? ' ' : c === '-' || c === '\u2013' ? '-' : '';
    if (kind === '' || (separator !== '' && kind !== separator) || !isAsciiAlnumAt(text, k + 1)) return -1;
    separator = kind;
    p = k + 1;
  }
}
