/**
 * `npm run train`: trains the answer and check models on knowledge/training/ and the items'
 * examples, chooses their thresholds by cross-validation, and writes knowledge/model/. The
 * same inputs always give the same files (seeded). Prints the cross-validated figures.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createKnowledgeBase } from '../src/core/knowledge/knowledge-base.js';
import { quantise, type StoredModels } from '../src/core/learn/stored-model.js';
import { loadKnowledgeFiles } from '../src/store/knowledge-files.js';
import { MODEL_FILE, modelInputsHash, NET_FILE, WEIGHTS_FILE } from '../src/store/model-files.js';
import { trainAnswer, type Question } from './train/answer.js';
import { trainCheck } from './train/check.js';
import { trainNet } from './train/draft-net.js';
import { trainingDrafts } from './train/everyday.js';
import { readSetLines } from './eval/unopened.js';
import { refusedRepeats } from './train/eval-lines.js';
import { SETTINGS } from './train/settings.js';

/** `npm run train -- [knowledge folder] [--dump file]`: `--dump` writes every corpus draft's cross-validated result, for studying misses. */
const args = process.argv.slice(2);
const dumpAt = args.indexOf('--dump');
const dumpTo = dumpAt >= 0 ? args[dumpAt + 1] : undefined;
const dir = resolve(args.find((a, i) => !a.startsWith('--') && (dumpAt < 0 || i !== dumpAt + 1)) ?? 'knowledge');

const started = Date.now();
const kb = createKnowledgeBase(await loadKnowledgeFiles(dir), 'CNV');
const questions = readSetLines<Question>(join(dir, 'training/questions.jsonl'));
const drafts = trainingDrafts(dir);
const inputs = await modelInputsHash(dir, SETTINGS);
// A training line that repeats an evaluation line makes that set's score a training score.
const repeats = refusedRepeats(
  [...questions, ...drafts].map((l) => l.text),
  resolve(import.meta.dirname, '..'),
);
if (repeats.length > 0) {
  for (const r of repeats) process.stderr.write(`training line repeats ${r.file}: ${JSON.stringify(r.text)}\n`);
  process.stderr.write(`${repeats.length} training lines repeat an evaluation line: take them out of ${dir}/training/ and train again.\n`);
  process.exit(1);
}

const answer = trainAnswer(kb, questions);
process.stderr.write(`answers trained (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
const check = trainCheck(kb, drafts, dumpTo);
process.stderr.write(`check trained (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);

const a = quantise(answer.classifier, 0);
const r = answer.ranker ? quantise(answer.ranker, a.bytes.length) : undefined;
const c = quantise(check.classifier, a.bytes.length + (r?.bytes.length ?? 0));
const net = trainNet(
  drafts.map((d) => d.text),
  check.examples,
);
process.stderr.write(`draft network trained (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
const stored: StoredModels = {
  version: 1,
  inputs,
  settings: SETTINGS,
  answer: { ...answer.model, classifier: a.stored, ...(r ? { ranker: r.stored } : {}) },
  check: { ...check.model, classifier: c.stored, net: net.stored },
};
// One array, the parts in the order of their offsets above.
const parts = r ? [a.bytes, r.bytes, c.bytes] : [a.bytes, c.bytes];
const weights = new Int8Array(parts.reduce((n, p) => n + p.length, 0));
let at = 0;
for (const part of parts) {
  weights.set(part, at);
  at += part.length;
}
await mkdir(join(dir, 'model'), { recursive: true });
await writeFile(join(dir, MODEL_FILE), `${JSON.stringify(stored, null, 1)}\n`);
await writeFile(join(dir, WEIGHTS_FILE), gzipSync(Buffer.from(weights.buffer), { level: 9 }));
await writeFile(join(dir, NET_FILE), gzipSync(Buffer.from(net.bytes.buffer), { level: 9 }));
const cv = { questions: questions.length, drafts: drafts.length, folds: SETTINGS.folds, answer: answer.report, check: check.report };
await writeFile(join(dir, 'model/cv.json'), `${JSON.stringify(cv, null, 1)}\n`);
process.stdout.write(
  `${JSON.stringify(cv, null, 1)}\nWritten ${MODEL_FILE}, ${WEIGHTS_FILE}, ${NET_FILE} and model/cv.json in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
);
