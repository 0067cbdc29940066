/**
 * `npm run train`: trains the answer and check models on knowledge/training/ and the items'
 * examples, chooses their thresholds by cross-validation, and writes knowledge/model/. The
 * same inputs always give the same files (seeded). Prints the cross-validated figures.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createKnowledgeBase } from '../src/core/knowledge/knowledge-base.js';
import { quantise, type StoredModels } from '../src/core/learn/stored-model.js';
import { loadKnowledgeFiles } from '../src/store/knowledge-files.js';
import { loadModels, MODEL_FILE, modelInputsHash, NET_FILE, WEIGHTS_FILE } from '../src/store/model-files.js';
import { trainAnswer, type Question } from './train/answer.js';
import { trainCheck } from './train/check.js';
import { trainNet } from './train/draft-net.js';
import { trainingDrafts } from './train/everyday.js';
import { readSetLines } from './eval/unopened.js';
import { refusedRepeats } from './train/eval-lines.js';
import { SETTINGS } from './train/settings.js';

/**
 * `npm run train -- [knowledge folder] [--dump file] [--keep-check]`: `--dump` writes every corpus draft's
 * cross-validated result, for studying misses. `--keep-check` trains the answers only and keeps the stored
 * check (its weights, network and figures) as it is: a change to the questions is then judged on its own,
 * without the check moving by a retrain's chance (knowledge/README.md, "how far a retrain moves by chance").
 * Only for a change that leaves the drafts, lexicons and organisation settings as the check learned them: the
 * inputs hash it writes covers those files too, so `npm test` cannot tell that the check did not see a change to them.
 */
const args = process.argv.slice(2);
const keepCheck = args.includes('--keep-check');
const dumpAt = args.indexOf('--dump');
const dumpTo = dumpAt >= 0 ? args[dumpAt + 1] : undefined;
const dir = resolve(args.find((a, i) => !a.startsWith('--') && (dumpAt < 0 || i !== dumpAt + 1)) ?? 'knowledge');
if (keepCheck && dumpTo) {
  process.stderr.write('--dump writes the cross-validated results of the check, which --keep-check does not train: use one of them.\n');
  process.exit(2);
}

const started = Date.now();
// Read first: without a stored check, --keep-check stops before the knowledge is loaded.
const kept = keepCheck ? await keptCheck(dir) : undefined;
const kb = createKnowledgeBase(await loadKnowledgeFiles(dir), 'CNV');
const questions = readSetLines<Question>(join(dir, 'training/questions.jsonl'));
const drafts = keepCheck ? [] : trainingDrafts(dir);
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
const a = quantise(answer.classifier, 0);
const r = answer.ranker ? quantise(answer.ranker, a.bytes.length) : undefined;
const checkAt = a.bytes.length + (r?.bytes.length ?? 0);
let c: { stored: StoredModels['check']['classifier']; bytes: Int8Array };
let checkModel: Omit<StoredModels['check'], 'classifier'>;
let checkReport: unknown;
await mkdir(join(dir, 'model'), { recursive: true });
if (kept) {
  c = { stored: { ...kept.model.classifier, offset: checkAt }, bytes: kept.bytes };
  checkModel = kept.model;
  checkReport = kept.report;
} else {
  const check = trainCheck(kb, drafts, dumpTo);
  process.stderr.write(`check trained (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  c = quantise(check.classifier, checkAt);
  const net = trainNet(
    drafts.map((d) => d.text),
    check.examples,
  );
  process.stderr.write(`draft network trained (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  checkModel = { ...check.model, net: net.stored };
  checkReport = check.report;
  await writeFile(join(dir, NET_FILE), gzipSync(Buffer.from(net.bytes.buffer), { level: 9 }));
}
const stored: StoredModels = {
  version: 1,
  inputs,
  settings: SETTINGS,
  answer: { ...answer.model, classifier: a.stored, ...(r ? { ranker: r.stored } : {}) },
  check: { ...checkModel, classifier: c.stored },
};
// One array, the parts in the order of their offsets above.
const parts = r ? [a.bytes, r.bytes, c.bytes] : [a.bytes, c.bytes];
const weights = new Int8Array(parts.reduce((n, p) => n + p.length, 0));
let at = 0;
for (const part of parts) {
  weights.set(part, at);
  at += part.length;
}
await writeFile(join(dir, MODEL_FILE), `${JSON.stringify(stored, null, 1)}\n`);
await writeFile(join(dir, WEIGHTS_FILE), gzipSync(Buffer.from(weights.buffer), { level: 9 }));
const cv = {
  questions: questions.length,
  drafts: kept ? kept.drafts : drafts.length,
  folds: SETTINGS.folds,
  answer: answer.report,
  check: checkReport,
};
await writeFile(join(dir, 'model/cv.json'), `${JSON.stringify(cv, null, 1)}\n`);
process.stdout.write(
  `${JSON.stringify(cv, null, 1)}\nWritten ${MODEL_FILE}, ${WEIGHTS_FILE}${kept ? ' ' : `, ${NET_FILE} `}and model/cv.json${kept ? ' (the check kept as it was)' : ''} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
);

/** The stored check, its weight bytes and its cross-validated figures, for `--keep-check`; stops with a message when there is none. */
async function keptCheck(dir: string) {
  const models = await loadModels(dir);
  if (!models) {
    process.stderr.write(`--keep-check: ${join(dir, MODEL_FILE)} is missing: there is no check to keep; train without --keep-check.\n`);
    process.exit(1);
  }
  const model = models.stored.check;
  const { offset, dim, labels } = model.classifier;
  const bytes = models.weights.slice(offset, offset + dim * labels.length);
  const cv = JSON.parse(await readFile(join(dir, 'model/cv.json'), 'utf8').catch(() => '{}')) as { drafts?: number; check?: unknown };
  return { model, bytes, report: cv.check, drafts: cv.drafts ?? 0 };
}
