import { ADDRESS_WORDS } from './address-words.js';
import { isSpaceAt, isWordCharAt } from './chars.js';

/** A word of the text: `[start, end)` and its characters. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const MAX_TOKEN = 40;

function isTokenCharAt(text: string, i: number): boolean {
  if (isWordCharAt(text, i)) return true;
  const c = text[i];
  return c === '-' || c === "'" || c === '’' || c === '.';
}

export function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const c = word.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** The word whose last character is just before `end` (bounded length), or null. */
export function tokenEndingAt(text: string, end: number): Token | null {
  let s = end;
  while (s > 0 && end - s <= MAX_TOKEN && isTokenCharAt(text, s - 1)) s--;
  if (s === end || end - s > MAX_TOKEN) return null;
  // Leading punctuation is not part of the word.
  while (s < end && !isWordCharAt(text, s)) s++;
  if (s === end) return null;
  return { start: s, end, text: text.slice(s, end) };
}

/** The word before `token`, when exactly one space separates them. */
export function tokenBefore(text: string, token: Token): Token | null {
  const gap = token.start - 1;
  if (!isSpaceAt(text, gap) || !isTokenCharAt(text, gap - 1)) return null;
  const previous = tokenEndingAt(text, gap);
  if (!previous || previous.end !== gap) return null;
  // A word ending in "." other than a known abbreviation ends a sentence.
  if (previous.text.endsWith('.') && !ADDRESS_WORDS.streetPrefixes.has(previous.text.toLowerCase())) return null;
  return previous;
}

/** Letters, digits, inner hyphens and apostrophes from `start`; trailing punctuation dropped. */
export function tokenStartingAt(text: string, start: number): string | null {
  let e = start;
  while (isTokenCharAt(text, e) && text[e] !== '.' && e - start <= MAX_TOKEN) e++;
  while (e > start && !isWordCharAt(text, e - 1)) e--;
  if (e === start || e - start > MAX_TOKEN) return null;
  return text.slice(start, e);
}

/** True when the word at `start` begins the text, a line or a sentence. */
export function startsSentence(text: string, start: number): boolean {
  let q = start - 1;
  if (q < 0) return true;
  if (text[q] === '\n') return true;
  if (!isSpaceAt(text, q)) return false;
  q--;
  if (q < 0) return true;
  const c = text[q];
  return c === '.' || c === '!' || c === '?' || c === ':' || c === ';' || c === '\n' || c === '"';
}
