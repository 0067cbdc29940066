import { isLetterAt, isSpaceAt } from './chars.js';
import type { Run } from './number-runs.js';
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

/** Group sizes a BSN is written in: compact, 3-3-3 and 4-2-3. */
const LAYOUTS = ['9', '3,3,3', '4,2,3'];

/**
 * A BSN made of groups `i..j` of `run`: a layout above, one separator kind (space, dot or dash),
 * the eleven-test, no `+` (a phone's country code) and not an amount. Returns its span or null.
 */
export function readBsn(text: string, run: Run, i: number, j: number): Span | null {
  const { groups, joints } = run;
  const sizes: number[] = [];
  let digits = '';
  for (let k = i; k <= j; k++) {
    const g = groups[k];
    if (!g || g.plus || (g.open && k > i) || (g.close && k < j)) return null;
    sizes.push(g.end - g.start);
    digits += g.digits;
  }
  if (!LAYOUTS.includes(sizes.join(','))) return null;
  const joint = joints[i];
  for (let k = i; k < j; k++) {
    if (joints[k] !== joint || (joint !== ' ' && joint !== '.' && joint !== '-')) return null;
  }
  const first = groups[i];
  const last = groups[j];
  if (!first || !last || !isValidBsn(digits)) return null;
  const [start, end] = [first.start, last.end];
  if (amountBefore(text, start) || amountAfter(text, end)) return null;
  return [start, end];
}

const CURRENCY_SIGNS = '€$£';
const CURRENCY_WORDS = new Set(['eur', 'euro', 'euros', "euro's", 'usd', 'gbp', 'chf', 'dollar', 'dollars']);

/** "€ 123.456.782", "EUR 123456782", "euro: 123456782": a currency right before. */
function amountBefore(text: string, start: number): boolean {
  let q = start;
  if (isSpaceAt(text, q - 1)) q--;
  if (text[q - 1] === ':') q--;
  if (isSpaceAt(text, q - 1)) q--;
  if (CURRENCY_SIGNS.includes(text[q - 1] ?? 'x')) return true;
  let w = q;
  while (q - w < 8 && isLetterAt(text, w - 1)) w--;
  return w < q && !isLetterAt(text, w - 1) && CURRENCY_WORDS.has(text.slice(w, q).toLowerCase());
}

/** "123456782 euro", "123.456.782,-", "123456782 €": a currency or a ",-" right after. */
function amountAfter(text: string, end: number): boolean {
  const c = text[end];
  const d = text[end + 1];
  if ((c === ',' || c === '.') && (d === '-' || d === '\u2013' || d === '=')) return true;
  let q = end;
  if (isSpaceAt(text, q)) q++;
  if (CURRENCY_SIGNS.includes(text[q] ?? 'x')) return true;
  let w = q;
  while (w - q < 8 && (isLetterAt(text, w) || text[w] === "'")) w++;
  return w > q && CURRENCY_WORDS.has(text.slice(q, w).toLowerCase());
}
