import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { SAMPLE_DRAFTS } from '../support/eval-sets.js';
import { ROOT } from '../support/files.js';

const run = promisify(execFile);
let dir: string | undefined;
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const jsonl = (rows: object[]) => rows.map((r) => JSON.stringify(r)).join('\n');

it('npm run agreement scores a second reader against a set as npm run eval scores the check, both ways round, with debatable codes fine either way', async () => {
  dir = await mkdtemp(join(tmpdir(), 'richtlijnenbot-agreement-'));
  const set = join(dir, 'drafts.jsonl');
  const reader = join(dir, 'reader.jsonl');
  await writeFile(
    set,
    jsonl([
      ...SAMPLE_DRAFTS,
      {
        id: 'd3',
        text: 'Wat de voorzitter gisteren in het overleg zei, slaat nergens op.',
        expect: ['gesprek'],
        optional: ['onderbouwing'],
        verdict: 'oranje',
        indirect: true,
      },
    ]),
  );
  // The reader misses d2's code, adds the debatable onderbouwing to d3 and calls d1 a problem.
  await writeFile(
    reader,
    jsonl([
      { id: 'd1', expect: ['belediging'] },
      { id: 'd2', expect: [] },
      { id: 'd3', expect: ['gesprek', 'onderbouwing'] },
    ]),
  );
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'tools/agreement.ts', set, reader], { cwd: ROOT });
  const lines = stdout.trim().split('\n');
  expect(lines[0]).toMatch(/drafts\.jsonl: 3 drafts/);
  // Reader against the set: 1 of 2 codes found (gesprek), one extra (belediging on d1; onderbouwing is optional on d3).
  expect(lines.find((l) => /^reader +against set /.test(l))).toMatch(/f1 0\.5 precision 0\.5 recall 0\.5 verdict 0\.333 clean drafts flagged 1\/1/);
  // The set against the reader: the reader's d3 wants onderbouwing too, which the set's expect lacks.
  expect(lines.find((l) => /^set +against reader /.test(l))).toMatch(/recall 0\.333/);
  expect(lines.find((l) => /^check +against set /.test(l))).toMatch(/clean drafts flagged \d\/1/);
}, 60_000);

it('npm run agreement --pass-rate says how often a fresh set of these drafts would meet every check target, for the check and each reader', async () => {
  dir ??= await mkdtemp(join(tmpdir(), 'richtlijnenbot-agreement-'));
  const set = join(dir, 'pass.jsonl');
  const same = join(dir, 'same.jsonl');
  const blind = join(dir, 'blind.jsonl');
  await writeFile(set, jsonl([...SAMPLE_DRAFTS]));
  // One reader labels as the set does; the other sees no problem anywhere, so every draw misses the BSN.
  await writeFile(same, jsonl(SAMPLE_DRAFTS.map((d) => ({ id: d.id, expect: d.expect }))));
  await writeFile(blind, jsonl(SAMPLE_DRAFTS.map((d) => ({ id: d.id, expect: [] }))));
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'tools/agreement.ts', set, same, blind, '--pass-rate'], { cwd: ROOT });
  const lines = stdout.trim().split('\n');
  expect(lines.find((l) => /^same +pass-rate /.test(l))).toMatch(/every target in 1 of 2000 draws/);
  expect(lines.find((l) => /^blind +pass-rate /.test(l))).toMatch(/every target in 0 of 2000 draws.*missed: .*code recall 1/);
  expect(lines.some((l) => /^check +pass-rate +every target in [\d.]+ of 2000 draws/.test(l))).toBe(true);
  // The set is the reference, never scored against itself.
  expect(lines.some((l) => /^set +pass-rate/.test(l))).toBe(false);
}, 60_000);

it('npm run agreement refuses a reader who left drafts out, naming how many', async () => {
  dir ??= await mkdtemp(join(tmpdir(), 'richtlijnenbot-agreement-'));
  const set = join(dir, 'two.jsonl');
  const reader = join(dir, 'partial.jsonl');
  await writeFile(
    set,
    jsonl([
      { id: 'a', text: 'Eerste.', expect: [], optional: [], verdict: 'groen' },
      { id: 'b', text: 'Tweede.', expect: [], optional: [], verdict: 'groen' },
    ]),
  );
  await writeFile(reader, jsonl([{ id: 'a', expect: [] }]));
  const failed = await run(process.execPath, ['--import', 'tsx', 'tools/agreement.ts', set, reader], { cwd: ROOT }).catch(
    (e: { code: number; stderr: string }) => e,
  );
  expect('code' in failed ? failed.code : 0).toBe(2);
  expect('stderr' in failed ? failed.stderr : '').toMatch(/no reading for 1 drafts \(b/);
}, 60_000);
