import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { openSet, readSetLines, sealSet, UNOPENED_DIR, unopenedSets } from '../../tools/eval/unopened.js';
import { evaluationDrafts, evaluationLines, lineKey } from '../../tools/train/eval-lines.js';
import { SAMPLE_DRAFTS } from '../support/eval-sets.js';
import { ROOT } from '../support/files.js';

const root = mkdtempSync(join(tmpdir(), 'rb-unopened-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const QUESTION = 'Mag ik de notulen van het werkoverleg van dinsdag op mijn blog zetten?';
const write = (name: string, rows: readonly object[]): string => {
  const file = join(root, name);
  writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n'));
  return file;
};

describe('a test set sealed in the repository until its round ends (npm run sealed)', () => {
  it('is stored so that its lines cannot be read, grepped or diffed by accident, and reads back whole', () => {
    const result = sealSet(root, write('drafts.rx.jsonl', SAMPLE_DRAFTS));
    expect(result).toEqual({ sealed: join(root, UNOPENED_DIR, 'drafts.rx.jsonl.gz'), lines: 2 });
    const stored = readFileSync(join(root, UNOPENED_DIR, 'drafts.rx.jsonl.gz'));
    expect(stored.includes('BSN')).toBe(false);
    expect(readSetLines(join(root, UNOPENED_DIR, 'drafts.rx.jsonl.gz'))).toEqual(SAMPLE_DRAFTS);
    expect(unopenedSets(root)).toEqual([join(root, UNOPENED_DIR, 'drafts.rx.jsonl.gz')]);
  });

  it('is never replaced, and a file that is not a set is refused with its line', () => {
    expect(sealSet(root, join(root, 'drafts.rx.jsonl'))).toEqual({ error: expect.stringMatching(/exists already: a sealed set is not replaced/) });
    const bad = write('questions.ry.jsonl', [
      { id: 'q1', text: QUESTION, expect: [] },
      { id: 'q2', expect: [] },
    ]);
    expect(sealSet(root, bad)).toEqual({ error: expect.stringMatching(/questions\.ry\.jsonl:2: a set line needs "text" and "expect"\. Nothing was sealed/) });
    expect(existsSync(join(root, UNOPENED_DIR, 'questions.ry.jsonl.gz'))).toBe(false);
    expect(sealSet(root, write('my-set.jsonl', [{ text: QUESTION, expect: [] }]))).toEqual({
      error: expect.stringMatching(/questions\.<set>\.jsonl or drafts\.<set>\.jsonl/),
    });
  });

  it('counts as an evaluation set: no training line may repeat it and a close paraphrase is left out of the corpus', () => {
    const [draft] = SAMPLE_DRAFTS;
    expect(evaluationLines(root).get(lineKey(draft?.text as string))).toBe(join(UNOPENED_DIR, 'drafts.rx.jsonl.gz'));
    expect(evaluationDrafts(root).map((d) => d.text)).toContain(draft?.text);
  });

  it('becomes a dev set once opened, without the lines the training corpus holds, and is no longer sealed', () => {
    const [kept, trained] = SAMPLE_DRAFTS;
    const result = openSet(root, 'drafts.rx', 'rx', (text) => lineKey(text) === lineKey(trained?.text as string));
    expect(result).toEqual({ opened: join(root, 'tests/fixtures/eval/rx/drafts.rx.jsonl'), kept: 1, left: 1 });
    expect(readSetLines(join(root, 'tests/fixtures/eval/rx/drafts.rx.jsonl'))).toEqual([kept]);
    expect(unopenedSets(root)).toEqual([]);
    expect(openSet(root, 'drafts.rx', 'rx', () => false)).toEqual({ error: expect.stringMatching(/drafts\.rx\.jsonl\.gz does not exist/) });
  });

  it('says how to use npm run sealed, and refuses to open a set that is not there, with exit code 2 and nothing changed', async () => {
    const sealed = (...args: string[]) =>
      promisify(execFile)(process.execPath, ['--import', 'tsx', 'tools/sealed.ts', ...args], { cwd: ROOT }).then(
        () => undefined,
        (error: { code: number; stderr: string }) => error,
      );
    const before = unopenedSets(ROOT);
    const usage = await sealed();
    expect(usage?.code).toBe(2);
    expect(usage?.stderr).toMatch(/usage: npm run sealed -- seal <questions\.rNN\.jsonl\|drafts\.rNN\.jsonl>… +\| +npm run sealed -- open <drafts\.rNN> <rNN>/);
    const missing = await sealed('open', 'drafts.r-none', 'r-none');
    expect(missing?.code).toBe(2);
    expect(missing?.stderr).toMatch(/tests\/fixtures\/eval\/unopened\/drafts\.r-none\.jsonl\.gz does not exist/);
    expect(existsSync(join(ROOT, 'tests/fixtures/eval/r-none'))).toBe(false);
    expect(unopenedSets(ROOT)).toEqual(before);
  }, 60_000);
});

it('stops reading a set or corpus file at a line that is no JSON, naming the file and the line (npm run train, npm run eval)', () => {
  const file = join(root, 'broken.jsonl');
  writeFileSync(file, `${JSON.stringify({ text: QUESTION })}\n\n{"text": "half a line\n`);
  expect(() => readSetLines(file)).toThrow(`${file}:3: not valid JSON`);
});
