import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { afterAll, expect, it } from 'vitest';
import type { StoredModels } from '../../src/core/learn/stored-model.js';
import { ROOT } from '../support/files.js';

const run = promisify(execFile);
let dir: string | undefined;
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const model = async (knowledge: string) => JSON.parse(await readFile(join(knowledge, 'model/model.json'), 'utf8')) as StoredModels;
const weights = async (knowledge: string) => gunzipSync(await readFile(join(knowledge, 'model/weights.bin.gz')));
const checkBytes = (m: StoredModels, w: Buffer) => {
  const { offset, dim, labels } = m.check.classifier;
  return w.subarray(offset, offset + dim * labels.length);
};

it('npm run train -- --keep-check retrains the answers on the questions as they are and keeps the stored check byte for byte', async () => {
  dir = await mkdtemp(join(tmpdir(), 'richtlijnenbot-keep-check-'));
  const knowledge = join(dir, 'knowledge');
  await cp(join(ROOT, 'knowledge'), knowledge, { recursive: true });
  // A small corpus (every 60th question) keeps the run to seconds, and its answers differ from the shipped ones.
  const questions = (await readFile(join(ROOT, 'knowledge/training/questions.jsonl'), 'utf8')).split('\n').filter(Boolean);
  await writeFile(join(knowledge, 'training/questions.jsonl'), `${questions.filter((_, i) => i % 60 === 0).join('\n')}\n`);

  const { stdout } = await run('npx', ['tsx', 'tools/train.ts', knowledge, '--keep-check'], { cwd: ROOT, timeout: 120_000 });
  expect(stdout).toContain('the check kept as it was');

  const [before, after] = [await model(join(ROOT, 'knowledge')), await model(knowledge)];
  const [wBefore, wAfter] = [await weights(join(ROOT, 'knowledge')), await weights(knowledge)];
  // The check: the same model, thresholds, network and weight bytes; only where its bytes sit may move.
  // (compared as JSON: vitest's deep equality takes half a minute over the feature lists)
  const withoutOffset = (m: StoredModels) => JSON.stringify({ ...m.check, classifier: { ...m.check.classifier, offset: 0 } });
  expect(withoutOffset(after) === withoutOffset(before)).toBe(true);
  expect(Buffer.compare(checkBytes(after, wAfter), checkBytes(before, wBefore))).toBe(0);
  expect(Buffer.compare(await readFile(join(knowledge, 'model/net.bin.gz')), await readFile(join(ROOT, 'knowledge/model/net.bin.gz')))).toBe(0);
  // The answers: trained on the smaller corpus, and the model says it is current for it.
  expect(after.answer.classifier.bias).not.toEqual(before.answer.classifier.bias);
  expect(after.inputs).not.toBe(before.inputs);
  const cv = JSON.parse(await readFile(join(knowledge, 'model/cv.json'), 'utf8')) as { questions: number; check: unknown };
  expect(cv.questions).toBe(Math.ceil(questions.length / 60));
  const shipped = JSON.parse(await readFile(join(ROOT, 'knowledge/model/cv.json'), 'utf8')) as { check: unknown };
  expect(JSON.stringify(cv.check)).toBe(JSON.stringify(shipped.check));

  // Without a stored model there is no check to keep: it says so and writes nothing.
  await rm(join(knowledge, 'model'), { recursive: true });
  const failed = await run('npx', ['tsx', 'tools/train.ts', knowledge, '--keep-check'], { cwd: ROOT, timeout: 120_000 }).catch(
    (e: { code: number; stderr: string }) => e,
  );
  expect(failed).toMatchObject({ code: 1, stderr: expect.stringContaining('there is no check to keep') });
  expect(existsSync(join(knowledge, 'model'))).toBe(false);
  // With --dump (the check's cross-validation, which it does not run) it refuses, naming both.
  const both = await run('npx', ['tsx', 'tools/train.ts', knowledge, '--keep-check', '--dump', join(dir, 'dump.jsonl')], { cwd: ROOT }).catch(
    (e: { code: number; stderr: string }) => e,
  );
  expect(both).toMatchObject({ code: 2, stderr: expect.stringContaining('--keep-check does not train') });
}, 150_000);
