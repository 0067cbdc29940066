import { isDigitAt, isSpaceAt, isWordCharAt } from './chars.js';
import { findIbans } from './iban.js';
import type { Span } from './span.js';

/** Punctuation that may separate groups inside a number (besides a single space). */
const GROUP_PUNCT = '-.\u2013';
/** Punctuation that glues a neighbouring digit run to the number (dates, decimals, times). */
const GLUE = '-.,:/\u2013';
/** The four letters + two digits before the digits of a grouped Dutch IBAN: `NL91 ABNA `. */
const NL_IBAN_PREFIX = /^[A-Za-z]{2}\d{2}[ \u00a0][A-Za-z]{4}[ \u00a0]$/;

/**
 * Finds Dutch phone numbers: mobile (06…), landline (010-, 020 …, 0513-…), 085/088 and
 * 0800/0900 numbers of ten digits, nationally (`0` + 9 digits) or internationally
 * (`+31` / `0031` + 9 digits, optionally with a `(0)` trunk prefix), compact or grouped with
 * single spaces, dashes or dots, and with the area code optionally in parentheses.
 *
 * Structure rules keep dates, times, amounts and order numbers out: the first group is an
 * area code (2 digits only for `06`, else 3–4; internationally 1–3) or the whole number, the
 * other groups have at least 2 digits and share one separator, and the number may not be
 * glued to letters or continue with more digits. Numbers inside an IBAN are skipped.
 *
 * A hand-written scanner: each start position looks at most ~40 characters ahead, so the
 * cost is linear in the input.
 */
export function findDutchPhones(text: string): Span[] {
  const spans: Span[] = [];
  const n = text.length;
  let ibans: Span[] | undefined;
  let i = 0;
  while (i < n) {
    const c = text[i];
    if (c === '+' || c === '0' || c === '(') {
      const end = matchPhoneAt(text, i);
      if (end > 0) {
        ibans ??= findIbans(text);
        const start = i;
        if (!ibans.some(([s, e]) => s < end && start < e)) {
          spans.push([start, end]);
          i = end;
          continue;
        }
      }
    }
    i++;
  }
  return spans;
}

/** End of a phone number starting at `start`, or -1. */
function matchPhoneAt(text: string, start: number): number {
  if (!boundaryBefore(text, start)) return -1;
  const c = text[start];
  if (c === '+') {
    if (text[start + 1] !== '3' || text[start + 2] !== '1') return -1;
    return readInternational(text, start + 3);
  }
  if (c === '0' && text[start + 1] === '0') {
    if (text[start + 2] !== '3' || text[start + 3] !== '1') return -1;
    return readInternational(text, start + 4);
  }
  if (c === '(' && text[start + 1] !== '0') return -1;
  return readGroups(text, start, 10, false);
}

/** After the country code: optional separator and `(0)`, then nine digits. */
function readInternational(text: string, p: number): number {
  let q = p;
  if (isSpaceAt(text, q) || text[q] === '-') q++;
  if (text[q] === '(' && text[q + 1] === '0' && text[q + 2] === ')') {
    q += 3;
    if (isSpaceAt(text, q) || text[q] === '-') q++;
  }
  return readGroups(text, q, 9, true);
}

/**
 * Reads digit groups from `p` until exactly `need` digits are read, then checks the grouping
 * and what follows. National numbers start with `0` + non-zero; international ones (the part
 * after +31) with a non-zero digit.
 */
function readGroups(text: string, p: number, need: number, international: boolean): number {
  let q = p;
  let parenOpen = false;
  if (text[q] === '(') {
    parenOpen = true;
    q++;
  }
  const groups: number[] = [];
  let digits = '';
  let subscriberSep = '';
  for (;;) {
    const groupStart = q;
    while (digits.length < need && isDigitAt(text, q)) {
      digits += text[q];
      q++;
    }
    if (q === groupStart) return -1;
    groups.push(q - groupStart);
    if (digits.length === need) break;

    // A separator: optional ')' closing the area code, optional space, optional dash/dot,
    // optional space. At least one character, and a digit must follow.
    const sepStart = q;
    if (text[q] === ')') {
      if (!parenOpen || groups.length !== 1) return -1;
      parenOpen = false;
      q++;
    }
    if (isSpaceAt(text, q)) q++;
    let kind = ' ';
    const punct = text[q];
    if (punct !== undefined && GROUP_PUNCT.includes(punct)) {
      kind = punct === '\u2013' ? '-' : punct;
      q++;
      if (isSpaceAt(text, q)) q++;
    }
    if (q === sepStart || !isDigitAt(text, q)) return -1;
    if (parenOpen) return -1; // the parenthesis must close right after the area code
    if (groups.length >= 2) {
      if (subscriberSep === '') subscriberSep = kind;
      else if (subscriberSep !== kind) return -1;
    }
  }
  if (parenOpen) return -1;
  if (!validDigitsAndGroups(digits, groups, international)) return -1;
  return boundaryAfter(text, q) ? q : -1;
}

function validDigitsAndGroups(digits: string, groups: number[], international: boolean): boolean {
  if (international) {
    if (digits[0] === '0') return false;
  } else if (digits[0] !== '0' || digits[1] === '0') {
    return false;
  }
  if (groups.length === 1) return true;
  const first = groups[0] ?? 0;
  if (international) {
    if (first < 1 || first > 3) return false;
    if (first === 1 && digits[0] !== '6') return false;
  } else {
    if (first < 2 || first > 4) return false;
    if (first === 2 && digits[1] !== '6') return false;
  }
  for (let g = 1; g < groups.length; g++) {
    if ((groups[g] ?? 0) < 2) return false;
  }
  return true;
}

function boundaryBefore(text: string, start: number): boolean {
  const prev = text[start - 1];
  if (prev === undefined) return true;
  if (isWordCharAt(text, start - 1)) return false;
  if (prev === '+' || prev === '@' || prev === '#') return false;
  if (GLUE.includes(prev)) {
    if (isDigitAt(text, start - 2)) return false;
    // ref-0612345678, /0612345678 in a URL path
    if ((prev === '-' || prev === '/' || prev === '\u2013') && isWordCharAt(text, start - 2)) {
      return false;
    }
  }
  if (isSpaceAt(text, start - 1)) {
    if (isDigitAt(text, start - 2)) return false;
    // The digits of a grouped Dutch IBAN (`NL91 ABNA 0417 1643 00`) look like a landline.
    if (start >= 10 && NL_IBAN_PREFIX.test(text.slice(start - 10, start))) return false;
  }
  return true;
}

function boundaryAfter(text: string, end: number): boolean {
  const next = text[end];
  if (next === undefined) return true;
  if (isWordCharAt(text, end) || next === '@') return false;
  if ((GLUE.includes(next) || isSpaceAt(text, end)) && isDigitAt(text, end + 1)) return false;
  return true;
}
