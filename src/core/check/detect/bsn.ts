import { isDigitAt, isSpaceAt, isWordCharAt } from './chars.js';
import { findIbans } from './iban.js';
import type { Span } from './span.js';

/**
 * The eleven-test for a Dutch citizen service number (BSN): exactly nine ASCII digits, not all
 * zero, with 9·d1 + 8·d2 + … + 2·d8 − 1·d9 divisible by 11.
 */
export function isValidBsn(digits: string): boolean {
  if (digits.length !== 9) return false;
  let sum = 0;
  let allZero = true;
  for (let i = 0; i < 9; i++) {
    const d = digits.charCodeAt(i) - 48;
    if (!(d >= 0 && d <= 9)) return false;
    if (d !== 0) allZero = false;
    sum += (i === 8 ? -1 : 9 - i) * d;
  }
  return !allZero && sum % 11 === 0;
}

/** Group layouts a BSN is written in: compact, 3-3-3 and 4-2-3. */
const LAYOUTS: readonly (readonly number[])[] = [[9], [3, 3, 3], [4, 2, 3]];
/** Separators allowed between groups (one kind per number). */
const SEPARATORS = ['.', ' ', '\u00a0'];
const NO_SEPARATOR = [''];
const GLUE = '.,-/:\u2013';
const CURRENCY = '€$£';

/**
 * Finds BSNs: nine digits passing the eleven-test, written `123456782`, `123.456.782`,
 * `123 456 782` or `1234 56 782`, not glued to letters or to a longer (separated) digit run,
 * not an amount and not inside an IBAN.
 */
export function findBsns(text: string): Span[] {
  const spans: Span[] = [];
  const n = text.length;
  let ibans: Span[] | undefined;
  let i = 0;
  while (i < n) {
    if (!isDigitAt(text, i) || isWordCharAt(text, i - 1)) {
      i++;
      continue;
    }
    const end = matchBsnAt(text, i);
    if (end > 0) {
      ibans ??= findIbans(text);
      const start = i;
      if (!ibans.some(([s, e]) => s < end && start < e)) {
        spans.push([start, end]);
        i = end;
        continue;
      }
    }
    // Skip the rest of this digit run: a BSN cannot start inside it.
    while (isDigitAt(text, i)) i++;
  }
  return spans;
}

function matchBsnAt(text: string, start: number): number {
  let run = 0;
  while (run < 10 && isDigitAt(text, start + run)) run++;
  if (run !== 9 && run !== 3 && run !== 4) return -1;
  if (!boundaryBefore(text, start)) return -1;
  for (const layout of LAYOUTS) {
    if (layout[0] !== run) continue;
    const seps = layout.length === 1 ? NO_SEPARATOR : SEPARATORS;
    for (const sep of seps) {
      const end = readLayout(text, start, layout, sep);
      if (end < 0) continue;
      const digits = text.slice(start, end).replace(/\D/g, '');
      if (boundaryAfter(text, end) && isValidBsn(digits)) return end;
    }
  }
  return -1;
}

function readLayout(text: string, start: number, layout: readonly number[], sep: string): number {
  let p = start;
  for (let g = 0; g < layout.length; g++) {
    if (g > 0) {
      if (text[p] !== sep) return -1;
      p++;
    }
    const size = layout[g] ?? 0;
    for (let k = 0; k < size; k++, p++) {
      if (!isDigitAt(text, p)) return -1;
    }
  }
  return isDigitAt(text, p) ? -1 : p;
}

function boundaryBefore(text: string, start: number): boolean {
  const prev = text[start - 1];
  if (prev === undefined) return true;
  if (prev === '+' || CURRENCY.includes(prev)) return false;
  if (GLUE.includes(prev) && isDigitAt(text, start - 2)) return false;
  if (isSpaceAt(text, start - 1)) {
    if (isDigitAt(text, start - 2)) return false;
    const before = text[start - 2];
    if (before !== undefined && CURRENCY.includes(before)) return false;
  }
  return true;
}

function boundaryAfter(text: string, end: number): boolean {
  const next = text[end];
  if (next === undefined) return true;
  if (isWordCharAt(text, end)) return false;
  if ((GLUE.includes(next) || isSpaceAt(text, end)) && isDigitAt(text, end + 1)) return false;
  return true;
}
