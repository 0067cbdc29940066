import { isDigitAt, isSpaceAt, isWordCharAt } from './chars.js';
import type { Span } from './span.js';

/** Digit groups longer than this are never (part of) a number we look for. */
export const MAX_GROUP_DIGITS = 17;

/** One group of ASCII digits in a run. */
export interface Group {
  /** `[start, end)` of the digits. */
  readonly start: number;
  readonly end: number;
  /** The digits, or '' for a group longer than `MAX_GROUP_DIGITS`. */
  readonly digits: string;
  /** A `+` right before the digits. */
  readonly plus: boolean;
  /** A `(` right before the digits (or before the `+`). */
  readonly open: boolean;
  /** A `)` right after the digits. */
  readonly close: boolean;
}

/**
 * What joins two groups. Inside a number: a single space, a dash (`-`, `–`, ` - `), a dot, or
 * nothing but a parenthesis (`(020)1234567`). Between numbers only: `tight` (`,` or `/` with no
 * space: a decimal, a date or two numbers) and `list` (`, `, `; `, ` / `, `. `, a line break,
 * a tab, several spaces).
 */
export type Joint = ' ' | '-' | '.' | '' | 'tight' | 'list';

/** Digit groups joined by separators: a phone number, a BSN, several of them, or neither. */
export interface Run {
  readonly groups: readonly Group[];
  /** `joints[k]` joins `groups[k]` and `groups[k + 1]`. */
  readonly joints: readonly Joint[];
  /** The first group is glued to what comes before (a letter, `ref-`, `10:`, an IBAN's letters). */
  readonly gluedBefore: boolean;
  /** The last group is glued to what follows (a letter, `@`, `%`, `:30`). */
  readonly gluedAfter: boolean;
}

/** The four letters + two digits and separators before the digits of a grouped IBAN. */
const IBAN_PREFIX = /[A-Za-z]{2}\d{2}[ \u00a0-][A-Za-z0-9]{4}[ \u00a0-]$/;

/**
 * Splits the text's digits into runs, skipping the `skip` spans (IBANs, in order), and hands
 * each to `visit` (no list of them is kept). Linear: each character is looked at a bounded
 * number of times.
 */
export function forEachRun(text: string, skip: readonly Span[], visit: (run: Run) => void): void {
  const n = text.length;
  let s = 0;
  let i = 0;
  while (i < n) {
    if (!isDigitAt(text, i)) {
      i++;
      continue;
    }
    while (s < skip.length && (skip[s]?.[1] ?? 0) <= i) s++;
    const inside = skip[s];
    if (inside && inside[0] <= i) {
      i = inside[1];
      continue;
    }
    const limit = inside ? inside[0] : n;
    const run = readRun(text, i, limit);
    visit(run);
    const last = run.groups[run.groups.length - 1];
    i = last ? last.end : i + 1;
  }
}

/** The runs of the text (see `forEachRun`). */
export function findRuns(text: string, skip: readonly Span[] = []): Run[] {
  const runs: Run[] = [];
  forEachRun(text, skip, (run) => runs.push(run));
  return runs;
}

function readRun(text: string, first: number, limit: number): Run {
  const groups: Group[] = [];
  const joints: Joint[] = [];
  let p = first;
  let plus = text[p - 1] === '+';
  let open = text[p - (plus ? 2 : 1)] === '(';
  const lead = p - (plus ? 1 : 0) - (open ? 1 : 0);
  for (;;) {
    let e = p;
    while (isDigitAt(text, e)) e++;
    const close = text[e] === ')';
    groups.push({ start: p, end: e, digits: e - p <= MAX_GROUP_DIGITS ? text.slice(p, e) : '', plus, open, close });
    const joint = readJoint(text, close ? e + 1 : e, close);
    if (!joint || joint.next >= limit) break;
    joints.push(joint.kind);
    p = joint.next;
    plus = joint.plus;
    open = joint.open;
  }
  const last = groups[groups.length - 1] as Group;
  return { groups, joints, gluedBefore: gluedBefore(text, lead), gluedAfter: gluedAfter(text, last) };
}

interface ReadJoint {
  kind: Joint;
  /** Index of the next group's first digit. */
  next: number;
  plus: boolean;
  open: boolean;
}

/** The joint starting at `q` (right after a group and its `)`), or null when the run ends. */
function readJoint(text: string, q: number, closed: boolean): ReadJoint | null {
  let r = q;
  let kind: Joint;
  const c = text[r];
  if (c === ',' || c === '/' || c === ';') {
    r++;
    const spaced = isSpaceAt(text, r);
    if (spaced) r++;
    kind = c === ';' || spaced ? 'list' : 'tight';
  } else if (c === '-' || c === '\u2013') {
    r++;
    if (isSpaceAt(text, r)) r++;
    kind = '-';
  } else if (c === '.') {
    r++;
    kind = '.';
    if (isLineSpaceAt(text, r)) {
      r = skipWhite(text, r);
      kind = 'list'; // a sentence ends
    }
  } else if (isSpaceAt(text, r)) {
    r++;
    const d = text[r];
    if (d === '-' || d === '\u2013') {
      r++;
      if (isSpaceAt(text, r)) r++;
      kind = '-';
    } else if (d === ',' || d === '/' || d === ';') {
      r++;
      if (isSpaceAt(text, r)) r++;
      kind = 'list';
    } else if (isLineSpaceAt(text, r)) {
      r = skipWhite(text, r);
      kind = 'list';
    } else {
      kind = ' ';
    }
  } else if (isLineSpaceAt(text, r)) {
    r = skipWhite(text, r);
    kind = 'list';
  } else {
    kind = '';
  }
  let plus = false;
  let open = false;
  if (text[r] === '(') {
    open = true;
    r++;
  }
  if (text[r] === '+' && kind !== '') {
    plus = true;
    r++;
  }
  if (!isDigitAt(text, r)) return null;
  if (kind === '' && !closed && !open) return null;
  return { kind, next: r, plus, open };
}

/** Space, tab or line break. */
function isLineSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 9 || c === 10 || c === 13 || isSpaceAt(text, i);
}

/** Skips up to eight characters of white space (tabs and line breaks included). */
function skipWhite(text: string, r: number): number {
  let q = r;
  while (q - r < 8 && isLineSpaceAt(text, q)) q++;
  return q;
}

function gluedBefore(text: string, lead: number): boolean {
  const prev = text[lead - 1];
  if (prev === undefined) return false;
  if (isWordCharAt(text, lead - 1)) return true;
  if (prev === '@' || prev === '#' || prev === '+') return true;
  if ('-/\u2013.,:'.includes(prev) && isDigitAt(text, lead - 2)) return true; // 10:30
  if ('-/\u2013'.includes(prev) && isWordCharAt(text, lead - 2)) return true; // ref-0612345678, x.nl/0612345678
  // The digits of a grouped IBAN that did not pass its check: NL91 ABNA 0417 1643 01.
  return (isSpaceAt(text, lead - 1) || prev === '-') && lead >= 10 && IBAN_PREFIX.test(text.slice(lead - 10, lead));
}

function gluedAfter(text: string, last: Group): boolean {
  const after = last.close ? last.end + 1 : last.end;
  const next = text[after];
  if (next === undefined) return false;
  if (isWordCharAt(text, after)) return true;
  if (next === '@' || next === '%' || next === '°') return true;
  return next === ':' && isDigitAt(text, after + 1);
}
