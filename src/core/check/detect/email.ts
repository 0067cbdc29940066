import { isAsciiAlnumAt, isLetterAt } from './chars.js';
import type { Span } from './span.js';

const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;
const MAX_LABEL = 63;

function isLocalCharAt(text: string, i: number): boolean {
  if (isAsciiAlnumAt(text, i) || isLetterAt(text, i)) return true;
  const c = text[i];
  return c === '.' || c === '_' || c === '%' || c === '+' || c === '-';
}

function isDomainCharAt(text: string, i: number): boolean {
  if (isAsciiAlnumAt(text, i) || isLetterAt(text, i)) return true;
  const c = text[i];
  return c === '.' || c === '-';
}

/**
 * Finds e-mail addresses: a local part of letters, digits and `. _ % + -` (no leading,
 * trailing or doubled dot), `@`, and a domain of at least two dot-separated labels ending in a
 * top-level domain of 2+ letters. A trailing sentence dot is not part of the match. Runs in
 * linear time: every `@` looks at most 65 characters back and 254 ahead.
 */
export function findEmails(text: string): Span[] {
  const spans: Span[] = [];
  let lastEnd = 0;
  let at = text.indexOf('@');
  while (at >= 0) {
    const span = matchAround(text, at);
    if (span && span[0] >= lastEnd) {
      spans.push(span);
      lastEnd = span[1];
    }
    at = text.indexOf('@', Math.max(at + 1, lastEnd));
  }
  return spans;
}

function matchAround(text: string, at: number): Span | null {
  // Local part, scanning back from the '@'.
  let start = at;
  while (start > 0 && at - start <= MAX_LOCAL && isLocalCharAt(text, start - 1)) start--;
  if (isLocalCharAt(text, start - 1)) return null; // longer than allowed: glued to something
  while (start < at && text[start] === '.') start++;
  if (start === at || text[start - 1] === '@') return null;
  const local = text.slice(start, at);
  if (local.endsWith('.') || local.includes('..')) return null;

  // Domain, scanning forward.
  let end = at + 1;
  while (end < text.length && end - at <= MAX_DOMAIN + 1 && isDomainCharAt(text, end)) end++;
  if (isDomainCharAt(text, end)) return null;
  while (end > at + 1 && (text[end - 1] === '.' || text[end - 1] === '-')) end--;
  if (text[end] === '@') return null;
  if (!isValidDomain(text.slice(at + 1, end))) return null;
  return [start, end];
}

function isValidDomain(domain: string): boolean {
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  for (const label of labels) {
    if (label.length === 0 || label.length > MAX_LABEL) return false;
    if (label.startsWith('-') || label.endsWith('-')) return false;
  }
  const tld = labels[labels.length - 1] ?? '';
  if (tld.length < 2) return false;
  for (let i = 0; i < tld.length; i++) {
    if (!isLetterAt(tld, i)) return false;
  }
  return true;
}
