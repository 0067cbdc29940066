import { execFile } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { sealSet, UNOPENED_DIR } from '../../tools/eval/unopened.js';
import { SAMPLE_DRAFTS } from '../support/eval-sets.js';
import { ROOT } from '../support/files.js';

const run = promisify(execFile);
let dir: string | undefined;
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

it('npm run eval scores only the set files named on its command line, questions or drafts by what their lines hold, and again without the lines the training corpus also holds (a sealed set kept outside the repo)', async () => {
  dir = await mkdtemp(join(tmpdir(), 'richtlijnenbot-eval-'));
  const questions = join(dir, 'sealed-questions.jsonl');
  const drafts = join(dir, 'drafts.jsonl');
  // One question the training corpus also holds (any line of it, as a set written elsewhere may repeat one).
  const trained = JSON.parse((await readFile(join(ROOT, 'knowledge/training/questions.jsonl'), 'utf8')).split('\n')[0] as string) as { text: string };
  await writeFile(
    questions,
    [
      { id: 'q1', text: 'Hoe vraag ik verlof aan voor de dinsdag na het voorjaarscongres in Zwolle?', expect: [], accept: [] },
      { id: 'q2', text: `  ${trained.text.toUpperCase()}  `, expect: [], accept: [] },
    ]
      .map((q) => JSON.stringify(q))
      .join('\n'),
  );
  await writeFile(drafts, SAMPLE_DRAFTS.map((d) => JSON.stringify(d)).join('\n'));
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'tools/eval.ts', questions, drafts], { cwd: ROOT });
  const lines = stdout.trim().split('\n');
  expect(lines).toHaveLength(4);
  expect(lines[0]).toMatch(/^ask .*sealed-questions\.jsonl .*\(0 on-topic, 2 off-topic\)/);
  expect(lines[1]).toMatch(/1 line also in the training corpus \(q2\); without them:/);
  expect(lines[2]).toMatch(/^ask .*sealed-questions\.jsonl .*off-topic rejected 1 \(0 on-topic, 1 off-topic\)/);
  expect(lines[3]).toMatch(/^check .*drafts\.jsonl .*clean drafts flagged 0\/1 .*recall per code: persoonsgegevens 1\.00/);
}, 60_000);

it('npm run eval refuses a set file that mixes questions and drafts, naming it, instead of scoring it as either', async () => {
  dir ??= await mkdtemp(join(tmpdir(), 'richtlijnenbot-eval-'));
  const mixed = join(dir, 'mixed.jsonl');
  await writeFile(
    mixed,
    [
      { id: 'q1', text: 'Hoe vraag ik verlof aan voor de dinsdag na het voorjaarscongres in Zwolle?', expect: [], accept: [] },
      { id: 'd1', text: 'Mooie dag gehad op de open dag!', expect: [], optional: [], verdict: 'groen', indirect: false },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n'),
  );
  const failed = await run(process.execPath, ['--import', 'tsx', 'tools/eval.ts', mixed], { cwd: ROOT }).then(
    () => undefined,
    (error: { code: number; stderr: string }) => error,
  );
  expect(failed?.code).toBe(2);
  expect(failed?.stderr).toMatch(/mixed\.jsonl: 1 of 2 lines have a verdict: a set holds questions or drafts, not both/);
}, 60_000);

it('npm run eval scores a set of clean drafts only (the clean pool) by the clean drafts it flags, without an F1 it cannot have', async () => {
  const pool = await mkdtemp(join(tmpdir(), 'richtlijnenbot-pool-'));
  try {
    const file = join(pool, 'drafts.pool.jsonl');
    await writeFile(
      file,
      [
        { id: 'c1', text: 'Fijne vrijdag allemaal, tot maandag.', expect: [], verdict: 'groen' },
        { id: 'c2', text: 'Mijn BSN is 111222333, handig voor de administratie.', expect: [], verdict: 'groen' },
      ]
        .map((d) => JSON.stringify(d))
        .join('\n'),
    );
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'tools/eval.ts', file], { cwd: ROOT });
    const line = stdout.trim().split('\n')[0];
    expect(line).toMatch(/^check .*drafts\.pool\.jsonl +clean drafts flagged 1\/2 \(rood 1\), verdict 0\.5$/);
    expect(line).not.toMatch(/f1|recall per code/);
  } finally {
    await rm(pool, { recursive: true, force: true });
  }
}, 60_000);

it('npm run eval -- --pooled --intervals adds to each set its 90 % interval and the sets pooled, with an interval over resampled sets; without them the output is as before', async () => {
  const sets = await mkdtemp(join(tmpdir(), 'richtlijnenbot-pooled-'));
  try {
    const files = ['a', 'b'].map((name) => join(sets, `drafts.${name}.jsonl`));
    // The same two drafts (one clean, one with a BSN) in each set, and a clean pool that the pooled figures leave out.
    for (const file of files) await writeFile(file, SAMPLE_DRAFTS.map((d) => JSON.stringify(d)).join('\n'));
    const pool = join(sets, 'drafts.pool.jsonl');
    await writeFile(pool, JSON.stringify({ id: 'c1', text: 'Fijne vrijdag allemaal, tot maandag.', expect: [], verdict: 'groen' }));
    const plain = await run(process.execPath, ['--import', 'tsx', 'tools/eval.ts', ...files, pool], { cwd: ROOT });
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'tools/eval.ts', '--pooled', '--intervals', ...files, pool], { cwd: ROOT });
    const lines = stdout.trim().split('\n');
    expect(plain.stdout.trim().split('\n')).toEqual(lines.filter((l) => !/90 % interval|pooled over/.test(l)));
    expect(lines[1]).toMatch(
      /^ +90 % interval \(1000 resamples of its lines\): f1 \d\.\d{3}-1\.000 verdict .* clean drafts flagged 0-0 of 1 .*recall per code: persoonsgegevens 1\.00-1\.00$/,
    );
    expect(lines.at(-2)).toMatch(/^check +pooled over 2 sets \(4 drafts\) +f1 1 precision 1 recall 1 verdict 1 clean drafts flagged 0\/2 /);
    expect(lines.at(-1)).toMatch(/^ +90 % interval \(1000 resamples of the sets\): f1 1\.000-1\.000 /);
  } finally {
    await rm(sets, { recursive: true, force: true });
  }
}, 60_000);

it('npm run eval -- --pass-rate prints how often a fresh set drawn from the lines scored meets every target, with or without --pooled', async () => {
  const sets = await mkdtemp(join(tmpdir(), 'richtlijnenbot-passrate-'));
  try {
    const file = join(sets, 'drafts.a.jsonl');
    await writeFile(file, SAMPLE_DRAFTS.map((d) => JSON.stringify(d)).join('\n'));
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'tools/eval.ts', '--pass-rate', file], { cwd: ROOT });
    const lines = stdout.trim().split('\n');
    // Every sample draft is right: every draw meets every target, and no pooled figures are printed unasked.
    expect(lines.at(-1)).toBe("pass   pooled  every target in 1 of 2000 draws of a sealed set's shape");
    expect(lines.some((l) => /pooled over/.test(l))).toBe(false);
  } finally {
    await rm(sets, { recursive: true, force: true });
  }
}, 60_000);

it('npm run eval -- --unopened scores a sealed set in aggregates only, shows none of its lines, and records the measurement with its commit', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rb-unopened-eval-'));
  try {
    mkdirSync(join(dir, UNOPENED_DIR), { recursive: true });
    const file = join(dir, 'questions.rz.jsonl');
    writeFileSync(
      file,
      `${JSON.stringify({ id: 'rz-q1', text: 'Mag ik de notulen van het werkoverleg van dinsdag op mijn blog zetten?', expect: ['regel-1'], accept: [] })}\n`,
    );
    const sealed = sealSet(dir, file);
    if ('error' in sealed) throw new Error(sealed.error);
    // --allow-uncommitted: this checkout may hold a change in progress (the refusal has a test of its own below).
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'tools/eval.ts', '--unopened', '--allow-uncommitted', sealed.sealed], { cwd: ROOT });
    expect(stdout).toMatch(/^ask .*questions\.rz\.jsonl\.gz +top1 [\d.]+ top3 [\d.]+ .*\(1 on-topic, 0 off-topic\)$/m);
    expect(stdout).not.toContain('notulen');
    expect(stdout).toMatch(/Recorded in .*MEASURED\.md/);
    const record = readFileSync(join(dir, UNOPENED_DIR, 'MEASURED.md'), 'utf8');
    expect(record).toMatch(/^## \d{4}-\d\d-\d\d \d\d:\d\d UTC, (commit [0-9a-f]{7,}( with uncommitted changes)?|not in a git checkout)$/m);
    expect(record).toMatch(/^ {4}ask .*questions\.rz\.jsonl\.gz .*\(1 on-topic, 0 off-topic\)$/m);
    expect(record).not.toContain('notulen');

    const misses = await run(process.execPath, ['--import', 'tsx', 'tools/eval.ts', '--unopened', '--misses', sealed.sealed], { cwd: ROOT }).then(
      () => undefined,
      (error: { code: number; stderr: string; stdout: string }) => error,
    );
    expect(misses?.code).toBe(2);
    expect(misses?.stderr).toMatch(/aggregates only: --misses would show its lines/);
    expect(misses?.stdout).not.toContain('notulen');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

it('npm run eval -- --unopened refuses a checkout with uncommitted changes before it scores anything, and measures it with --allow-uncommitted', async () => {
  // A second checkout of this commit (a git worktree) with a tracked file changed.
  const tree = mkdtempSync(join(tmpdir(), 'rb-uncommitted-'));
  const checkout = join(tree, 'checkout');
  const sets = mkdtempSync(join(tmpdir(), 'rb-uncommitted-set-'));
  const git = (...args: string[]) => run('git', args, { cwd: ROOT });
  try {
    await git('worktree', 'add', '--detach', checkout, 'HEAD');
    symlinkSync(join(ROOT, 'node_modules'), join(checkout, 'node_modules'));
    // The code under test is this checkout's, committed or not.
    for (const folder of ['src', 'tools']) cpSync(join(ROOT, folder), join(checkout, folder), { recursive: true });
    appendFileSync(join(checkout, 'README.md'), '\nA change in progress.\n');
    mkdirSync(join(sets, UNOPENED_DIR), { recursive: true });
    const file = join(sets, 'questions.ry.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 'ry-q1', text: 'Mag ik de agenda van de ledenraad al delen?', expect: ['regel-1'], accept: [] })}\n`);
    const sealed = sealSet(sets, file);
    if ('error' in sealed) throw new Error(sealed.error);
    const eval_ = (...flags: string[]) =>
      run(process.execPath, ['--import', 'tsx', 'tools/eval.ts', '--unopened', ...flags, sealed.sealed], { cwd: checkout }).then(
        (r) => ({ code: 0, ...r }),
        (error: { code: number; stdout: string; stderr: string }) => error,
      );

    const refused = await eval_();
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/uncommitted changes .*Commit them first, or pass --allow-uncommitted/);
    expect(refused.stdout).not.toMatch(/top1/);
    expect(existsSync(join(sets, UNOPENED_DIR, 'MEASURED.md'))).toBe(false);

    const measured = await eval_('--allow-uncommitted');
    expect(measured.code).toBe(0);
    expect(readFileSync(join(sets, UNOPENED_DIR, 'MEASURED.md'), 'utf8')).toMatch(/^## .*, commit [0-9a-f]{7,} with uncommitted changes$/m);
  } finally {
    await git('worktree', 'remove', '--force', checkout).catch(() => undefined);
    rmSync(tree, { recursive: true, force: true });
    rmSync(sets, { recursive: true, force: true });
  }
}, 120_000);
