import { readBsn } from './bsn.js';
import { findIbans } from './iban.js';
import { forEachRun, MAX_GROUP_DIGITS, type Group, type Joint, type Run } from './number-runs.js';
import { readPhone } from './phone.js';
import type { Span } from './span.js';

/** A BSN, a personal phone number, or an organisation's service number (never reported). */
export type NumberKind = 'bsn' | 'phone' | 'service';

export interface NumberFind {
  readonly span: Span;
  readonly kind: NumberKind;
}

/** A number never spans more groups than `+31 (0)6 12 34 56 78` plus one. */
const MAX_GROUPS = 8;

/**
 * Finds BSNs and phone numbers (Dutch and foreign, service numbers marked as such), each number
 * of a run on its own: "0612345678 0687654321", "123456782,111222333", "06-12345678/020-1234567".
 * Digits inside IBANs are skipped (pass them when already found).
 *
 * A run's digit groups are split into numbers by dynamic programming: the split that puts the
 * most groups into numbers wins, where a number may not be glued to a leftover group — by a
 * dash, dot, `,` or `/` (an order number, a date, a decimal: "2024-111222333", "111222333,00"),
 * by a space when the number itself is written with spaces ("06 12 34 56 78 9"), or after a
 * country code ("+31 123456782"). Linear in the text: each group starts at most `MAX_GROUPS`
 * candidate numbers.
 */
export function findNumbers(text: string, ibans: readonly Span[] = findIbans(text)): NumberFind[] {
  const found: NumberFind[] = [];
  forEachRun(text, ibans, (run) => splitRun(text, run, found));
  return found;
}

/** BSNs (see `findNumbers`). */
export function findBsns(text: string): Span[] {
  return findNumbers(text).flatMap((f) => (f.kind === 'bsn' ? [f.span] : []));
}

/** Personal phone numbers, Dutch and foreign (see `findNumbers`). */
export function findPhones(text: string): Span[] {
  return findNumbers(text).flatMap((f) => (f.kind === 'phone' ? [f.span] : []));
}

/** Where the DP stands before group `i`: free, after a leftover group, or a number must start. */
const FREE = 0;
const AFTER_LEFTOVER = 1;
const MUST_START = 2;

function splitRun(text: string, run: Run, out: NumberFind[]): void {
  const { groups, joints } = run;
  const n = groups.length;
  if (n === 1) {
    // Most runs: one group, a number on its own or not.
    const only = groups[0] as Group;
    if (run.gluedBefore || run.gluedAfter || only.digits === '' || !mayBeNumber(only, only.digits.length)) return;
    const find = readNumber(text, run, 0, 0);
    if (find) out.push(find);
    return;
  }
  // best[i * 3 + state]: most groups covered from group i on (-Infinity: impossible);
  // chosen: the number that starts at group i in that state (null: a leftover group), ending
  // at group ends[i * 3 + state].
  const { best, chosen, ends } = scratch(n);

  for (let i = n - 1; i >= 0; i--) {
    const leftover = i === n - 1 ? 0 : (best[(i + 1) * 3 + (joints[i] === 'list' ? FREE : AFTER_LEFTOVER)] ?? 0);
    let free = leftover;
    let after = leftover;
    let must = -Infinity;
    const first = groups[i] as Group;
    const leftGluedPlain = glued(joints[i - 1], false, groups[i - 1]);
    const leftGluedSpaced = glued(joints[i - 1], true, groups[i - 1]);
    const maxDigits = maxDigitsFrom(first);
    let digits = 0;
    let spaced = false;
    for (let j = i; j < n && j - i < MAX_GROUPS; j++) {
      const g = groups[j] as Group;
      digits += g.end - g.start;
      if (digits > maxDigits || g.digits === '') break;
      if (j > i) {
        const inner = joints[j - 1];
        if (!innerJoint(inner)) break;
        if (inner === ' ') spaced = true;
      }
      if ((i === 0 && run.gluedBefore) || (j === n - 1 && run.gluedAfter) || !mayBeNumber(first, digits)) continue;
      let rest = 0;
      if (j < n - 1) {
        const joint = joints[j];
        rest = best[(j + 1) * 3 + (joint === 'list' || !glued(joint, spaced, undefined) ? FREE : MUST_START)] ?? -Infinity;
      }
      const total = j - i + 1 + rest;
      const leftGlued = spaced ? leftGluedSpaced : leftGluedPlain;
      if (total <= free && total <= must && (leftGlued || total <= after)) continue;
      const find = readNumber(text, run, i, j);
      if (!find) continue;
      if (total > free) [free, chosen[i * 3 + FREE], ends[i * 3 + FREE]] = [total, find, j];
      if (total > must) [must, chosen[i * 3 + MUST_START], ends[i * 3 + MUST_START]] = [total, find, j];
      if (!leftGlued && total > after) [after, chosen[i * 3 + AFTER_LEFTOVER], ends[i * 3 + AFTER_LEFTOVER]] = [total, find, j];
    }
    best[i * 3 + FREE] = free;
    best[i * 3 + AFTER_LEFTOVER] = after;
    best[i * 3 + MUST_START] = must;
  }

  let state = FREE;
  for (let i = 0; i < n; ) {
    const find = chosen[i * 3 + state];
    if (!find) {
      state = joints[i] === 'list' ? FREE : AFTER_LEFTOVER;
      i++;
      continue;
    }
    out.push(find);
    const j = ends[i * 3 + state] ?? i;
    const joint = joints[j];
    let spaced = false;
    for (let k = i; k < j; k++) if (joints[k] === ' ') spaced = true;
    state = joint === 'list' || !glued(joint, spaced, undefined) ? FREE : MUST_START;
    i = j + 1;
  }
}

/** Work arrays, reused from run to run (allocating them per run dominated short runs). */
let work = { best: new Float64Array(48), chosen: new Array<NumberFind | null>(48).fill(null), ends: new Int32Array(48) };

function scratch(groups: number): typeof work {
  const size = (groups + 1) * 3;
  if (work.best.length < size) {
    const length = Math.max(size, work.best.length * 2);
    work = { best: new Float64Array(length), chosen: new Array<NumberFind | null>(length).fill(null), ends: new Int32Array(length) };
  }
  work.chosen.fill(null, 0, size);
  work.best[groups * 3] = work.best[groups * 3 + 1] = work.best[groups * 3 + 2] = 0;
  return work;
}

function readNumber(text: string, run: Run, i: number, j: number): NumberFind | null {
  const bsn = readBsn(text, run, i, j);
  return bsn ? { span: bsn, kind: 'bsn' } : readPhone(text, run, i, j);
}

/**
 * A cheap look at a candidate's first group and digit count before reading it: an international
 * number (`+` or `00`), a Dutch national one (`0`, 8–11 digits), a BSN (9) or a municipal
 * number (14 0xx, 5–6).
 */
function mayBeNumber(first: Group, digits: number): boolean {
  if (digits > maxDigitsFrom(first)) return false;
  if (first.plus || first.digits.startsWith('00')) return digits >= 7;
  if (first.digits[0] === '0') return digits >= 8 && digits <= 11;
  return digits === 9 || ((digits === 5 || digits === 6) && first.digits.startsWith('14'));
}

/** The most digits a number starting with this group can have. */
function maxDigitsFrom(first: Group): number {
  if (first.plus || first.digits.startsWith('00')) return MAX_GROUP_DIGITS;
  return first.digits[0] === '0' ? 11 : 9;
}

/** Joints that may sit inside a number. */
function innerJoint(joint: Joint | undefined): boolean {
  return joint === ' ' || joint === '-' || joint === '.' || joint === '';
}

/**
 * Whether a number is glued to a leftover group next to it by `joint`: always by a dash, dot,
 * parenthesis, `,` or `/`; by a space when the number has spaces inside, or when the group
 * before it is a country code (`+31`, `0031`).
 */
function glued(joint: Joint | undefined, spaced: boolean, before: Group | undefined): boolean {
  if (joint === undefined || joint === 'list') return false;
  if (joint !== ' ') return true;
  if (spaced) return true;
  return before !== undefined && (before.plus || (before.digits.startsWith('00') && before.digits.length <= 5));
}
