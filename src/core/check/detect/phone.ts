import { createRequire } from 'node:module';
import type { PhoneNumber } from 'libphonenumber-js/max';
import type { Group, Run } from './number-runs.js';
import type { Span } from './span.js';

/** A personal phone number, or a service number that belongs to an organisation. */
export type PhoneKind = 'phone' | 'service';

export interface PhoneRead {
  readonly span: Span;
  readonly kind: PhoneKind;
}

/**
 * Dutch numbers of organisations, by their national significant number (no trunk 0): freephone
 * 0800 and paid 0900, 0906 and 0909, with 4 to 7 digits after the prefix.
 */
const NL_SERVICE = /^(?:800|90[069])\d{4,7}$/;
/** Municipal numbers: 14 + the area code without its 0 ("14 020"). */
const NL_MUNICIPAL = /^140\d{2,3}$/;
/** Number types that belong to organisations in any country. */
const SERVICE_TYPES = new Set(['TOLL_FREE', 'PREMIUM_RATE', 'SHARED_COST', 'UAN', 'VOICEMAIL']);

/**
 * A phone number made of groups `i..j` of `run`, or null. Validity (allocated prefixes, lengths)
 * is libphonenumber's; the grouping rules here keep dates, amounts and order numbers out:
 *
 * - Dutch, national: `0` + 9 digits; the first group is the area code (2 digits only for `06`,
 *   else 3–4, optionally in parentheses) or the whole number, the other groups have 2+ digits
 *   and share one separator.
 * - Dutch, international: `+31` / `0031`, an optional `(0)`, then 9 digits grouped alike (the
 *   first group 1–3 digits, 1 only for `6`).
 * - Other countries: only with `+` or `00` and a country code (a national form cannot be told
 *   from an order number): `+32 2 555 12 34`, `0049 30 12345678`, `+44 (0)20 7946 0958`,
 *   `+1 (202) 456-1111`; groups after the first have 2+ digits, separators may mix.
 * - Service numbers (0800, 0900/0906/0909, 14 0xx, and other countries' toll-free, premium,
 *   shared-cost and company numbers) are read, so that they take their digits out of a run, but
 *   are of kind `service`.
 */
export function readPhone(text: string, run: Run, i: number, j: number): PhoneRead | null {
  const { groups } = run;
  const first = groups[i];
  const last = groups[j];
  if (!first || !last) return null;
  for (let k = i; k <= j; k++) if (groups[k]?.digits === '') return null;
  const d0 = first.digits;
  if (first.plus) return readInternational(run, i, j, d0);
  if (d0.startsWith('00') && d0.length > 2 && d0[2] !== '0') return readInternational(run, i, j, d0.slice(2));
  return readNational(run, i, j);
}

function readNational(run: Run, i: number, j: number): PhoneRead | null {
  const { groups, joints } = run;
  const first = groups[i] as Group;
  const last = groups[j] as Group;
  let digits = '';
  for (let k = i; k <= j; k++) digits += groups[k]?.digits;
  if (NL_MUNICIPAL.test(digits) && (j === i || (j === i + 1 && first.digits === '14' && joints[i] === ' '))) {
    return { span: [first.start, last.end], kind: 'service' };
  }
  if (digits[0] !== '0' || digits[1] === '0') return null;
  const areaParens = first.open && first.close && j > i;
  if (!areaParens && first.close && j > i) return null;
  if (!middleIsPlain(groups, i + 1, j)) return null;
  if (j > i) {
    const area = first.digits.length;
    if (area < 2 || area > 4 || (area === 2 && digits[1] !== '6')) return null;
    if (!restOfGroups(run, i, j, true)) return null;
    if (joints[i] === '' && !first.close) return null;
  }
  const span: Span = [areaParens ? first.start - 1 : first.start, last.end];
  const national = digits.slice(1);
  if (NL_SERVICE.test(national)) return { span, kind: 'service' };
  if (digits.length !== 10 || !isValidDutch(national)) return null;
  return { span, kind: 'phone' };
}

function readInternational(run: Run, i: number, j: number, afterPlus: string): PhoneRead | null {
  const { groups } = run;
  const first = groups[i] as Group;
  const last = groups[j] as Group;
  if (first.close && j > i) return null;
  const dutch = afterPlus.startsWith('31');
  const rest = dutch ? afterPlus.slice(2) : '';
  // "(0)", the trunk prefix written after the country code, is dropped.
  let k = i + 1;
  const trunk = groups[k];
  if (k <= j && trunk?.digits === '0' && trunk.open && trunk.close) {
    if (rest !== '') return null;
    k++;
  }
  // The group that starts the number after the country code (for +31 it may be the "+" group
  // itself: +316 12345678), then the subscriber groups.
  const natStart = rest !== '' ? i : k;
  if (natStart <= j) {
    const natFirst = groups[natStart] as Group;
    if (natStart > i && natFirst.open && !(natFirst.close && j > natStart)) return null; // (212) 555-0123 only
    if (natStart > i && natFirst.close && !natFirst.open && j > natStart) return null;
    if (!middleIsPlain(groups, natStart + 1, j) || !restOfGroups(run, natStart, j, dutch)) return null;
  }
  let national = rest;
  for (let g = natStart === i ? i + 1 : k; g <= j; g++) national += groups[g]?.digits;
  const span: Span = [first.start - (first.plus ? 1 : 0), last.end];

  if (dutch) {
    if (natStart > j || national[0] === '0') return null;
    const area = natStart === i ? rest.length : (groups[natStart] as Group).digits.length;
    if (natStart < j && (area > 3 || (area === 1 && national[0] !== '6'))) return null;
    if (NL_SERVICE.test(national)) return { span, kind: 'service' };
    if (national.length !== 9 || !isValidDutch(national)) return null;
    return { span, kind: 'phone' };
  }
  const e164 = afterPlus + national;
  if (e164.length < 7 || e164.length > 15) return null;
  const type = typeOf(e164);
  if (type === null) return null;
  return { span, kind: SERVICE_TYPES.has(type) ? 'service' : 'phone' };
}

/** No parentheses between groups `from..to` other than a `)` closing the whole number. */
function middleIsPlain(groups: readonly Group[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const g = groups[k];
    if (!g || g.open || g.plus || (g.close && k < to)) return false;
  }
  return true;
}

/**
 * Groups after `natStart` have 2+ digits, no bare parenthesis between them and, for Dutch
 * numbers (`sameSeparator`), one separator kind after the first of them. Other countries' own
 * formats mix spaces and dashes (+55 11 96123-4567, +7 912 345-67-89).
 */
function restOfGroups(run: Run, natStart: number, j: number, sameSeparator: boolean): boolean {
  const { groups, joints } = run;
  const subscriber = joints[natStart + 1];
  for (let k = natStart + 1; k <= j; k++) {
    if ((groups[k]?.digits.length ?? 0) < 2) return false;
    const joint = joints[k - 1];
    if (k > natStart + 1 && (joint === '' || (sameSeparator && joint !== subscriber))) return false;
  }
  return true;
}

// Bounded memos of libphonenumber's judgements (pure: the same digits always get the same
// answer), so that a number repeated through a text is judged once.
const MEMO_SIZE = 4096;
/** Dutch prefixes: at most 10 000, so this memo never needs clearing. */
const DUTCH_PREFIX = 4;
const validity = new Map<string, boolean>();
const types = new Map<string, string | null>();

/**
 * libphonenumber and its metadata take about 10 MB and a tenth of a second to load, and most
 * messages hold no phone number: it is loaded on the first digits that could be one, not at
 * start-up (issue 17). Synchronously, so the check stays synchronous: a module load, no I/O of
 * the check's own.
 */
let library: { PhoneNumber: new (number: string, metadata: unknown) => PhoneNumber; metadata: unknown } | undefined;

function load(): NonNullable<typeof library> {
  // The CommonJS build, as 'libphonenumber-js/max' is: its core with the "max" metadata.
  const require = createRequire(import.meta.url);
  return { PhoneNumber: require('libphonenumber-js/core').PhoneNumber, metadata: require('libphonenumber-js/metadata.max.json') };
}

function parse(digits: string): PhoneNumber | null {
  library ??= load();
  try {
    return new library.PhoneNumber(`+${digits}`, library.metadata);
  } catch {
    return null; // no such country code, too short or too long
  }
}

function remember<T>(memo: Map<string, T>, key: string, value: T): T {
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(key, value);
  return value;
}

/**
 * Whether `+31<nine digits>` is a valid Dutch number. The Dutch plan allocates nine-digit
 * numbers by prefix (at most four digits: 06-1…, 010, 0111, 085, …, each followed by any
 * digits), so the answer for one number holds for every number sharing its first four digits:
 * remembering it by those keeps a text full of different numbers fast. The tests check this
 * against google-libphonenumber on thousands of numbers.
 */
function isValidDutch(nine: string): boolean {
  const key = nine.slice(0, DUTCH_PREFIX);
  const known = validity.get(key);
  if (known !== undefined) return known;
  const valid = parse(`31${nine}`)?.isValid() === true;
  validity.set(key, valid);
  return valid;
}

/** The type of a valid `+<digits>` ('VALID' when libphonenumber gives none), or null. */
function typeOf(digits: string): string | null {
  const known = types.get(digits);
  if (known !== undefined) return known;
  const number = parse(digits);
  return remember(types, digits, number?.isValid() ? (number.getType() ?? 'VALID') : null);
}
