/**
 * Sealed test sets kept in the repository until their round ends: `tests/fixtures/eval/unopened/`,
 * each set gzip-compressed (`<name>.jsonl.gz`) so that nobody reads, greps or diffs its lines by
 * accident while tuning. That is all the seal is: anyone can gunzip a file, and the protocol asks
 * nobody to. A set kept beside the checkout is lost when the checkout is renewed; one kept here is not.
 *
 * `npm run eval -- --unopened` scores these sets (aggregates only) and records each measurement in
 * `MEASURED.md` beside them; `npm run sealed -- open` turns a measured set into a dev set.
 */
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

export const UNOPENED_DIR = 'tests/fixtures/eval/unopened';
export const SEALED_SUFFIX = '.jsonl.gz';

export const isSealed = (file: string): boolean => file.endsWith(SEALED_SUFFIX);

/** A set file's text, unsealed when it is sealed. */
export const readSetText = (file: string): string => (isSealed(file) ? gunzipSync(readFileSync(file)).toString('utf8') : readFileSync(file, 'utf8'));

/** A set file's lines, parsed; a line that is no JSON stops the reading with its file and line number. */
export const readSetLines = <T>(file: string): T[] =>
  readSetText(file)
    .split('\n')
    .flatMap((l, i) => {
      if (!l.trim()) return [];
      try {
        return [JSON.parse(l) as T];
      } catch {
        throw new Error(`${file}:${i + 1}: not valid JSON`);
      }
    });

/** The sealed sets waiting in the repository, by file name. */
export function unopenedSets(root: string): string[] {
  const dir = join(root, UNOPENED_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter(isSealed)
    .sort()
    .map((f) => join(dir, f));
}

/**
 * Appends one measurement to MEASURED.md beside the sets: when, on which commit (and whether the
 * working tree had changes), and the lines `npm run eval` printed. The file is the protocol's record
 * that each set was measured at a round's start and end and not in between.
 */
export function recordMeasurement(sets: readonly string[], at: Date, commit: string, lines: readonly string[]): string {
  const file = join(dirname(sets[0] as string), 'MEASURED.md');
  const head = existsSync(file)
    ? ''
    : '# Measurements of the unopened sets\n\nWritten by `npm run eval -- --unopened`, one section per run (aggregates only).\n';
  appendFileSync(file, `${head}\n## ${at.toISOString().slice(0, 16).replace('T', ' ')} UTC, ${commit}\n\n${lines.map((l) => `    ${l}`).join('\n')}\n`);
  return file;
}

/** Why a set file cannot be sealed, or undefined when it can: its name and each line's fields. */
function invalidSet(name: string, lines: readonly string[]): string | undefined {
  if (!/^(questions|drafts)\..+\.jsonl$/.test(name)) return `${name}: a set file is named questions.<set>.jsonl or drafts.<set>.jsonl.`;
  for (const [n, line] of lines.entries()) {
    let row: { text?: unknown; expect?: unknown };
    try {
      row = JSON.parse(line) as typeof row;
    } catch {
      return `${name}:${n + 1}: not JSON.`;
    }
    if (typeof row.text !== 'string' || !Array.isArray(row.expect)) return `${name}:${n + 1}: a set line needs "text" and "expect".`;
  }
  return undefined;
}

/** Seals the set `file` into `root`'s unopened sets; returns its line count, or why it did not. */
export function sealSet(root: string, file: string): { sealed: string; lines: number } | { error: string } {
  const name = basename(file);
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  const invalid = invalidSet(name, lines);
  if (invalid) return { error: `${invalid} Nothing was sealed from this file.` };
  const target = join(root, UNOPENED_DIR, `${name}.gz`);
  if (existsSync(target)) return { error: `${relative(root, target)} exists already: a sealed set is not replaced.` };
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, gzipSync(`${lines.join('\n')}\n`));
  return { sealed: target, lines: lines.length };
}

/**
 * Opens the sealed set `name` (`drafts.r40`) as the dev set tests/fixtures/eval/<dir>/<name>.jsonl,
 * without the lines the training corpus holds (`inCorpus`), and removes the sealed file.
 */
export function openSet(
  root: string,
  name: string,
  dir: string,
  inCorpus: (text: string) => boolean,
): { opened: string; kept: number; left: number } | { error: string } {
  const sealed = join(root, UNOPENED_DIR, `${name}${SEALED_SUFFIX}`);
  if (!existsSync(sealed)) return { error: `${relative(root, sealed)} does not exist.` };
  const target = join(root, 'tests/fixtures/eval', dir, `${name}.jsonl`);
  if (existsSync(target)) return { error: `${relative(root, target)} exists already.` };
  const lines = readSetLines<{ text: string }>(sealed);
  const kept = lines.filter((l) => !inCorpus(l.text));
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, `${kept.map((l) => JSON.stringify(l)).join('\n')}\n`);
  rmSync(sealed);
  return { opened: target, kept: kept.length, left: lines.length - kept.length };
}
