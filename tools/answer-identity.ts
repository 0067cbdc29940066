/**
 * `npx tsx tools/answer-identity.ts --write FILE` records what the answer engine answers to every
 * question of knowledge/training and tests/fixtures/eval/** (kind, fallback reason, language,
 * the ranked ids and their scores); `--against FILE` answers them again and lists every question
 * answered differently (exit code 1 when any). Run it before and after changing the engine for
 * speed: the answers must stay identical. `--rounds N` also times N rounds over all questions
 * (CPU milliseconds per question, median round), the engine alone.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AnswerEngine, type AnswerResult } from '../src/core/answer/answer.js';
import { createKnowledgeBase } from '../src/core/knowledge/knowledge-base.js';
import { loadKnowledgeFiles } from '../src/store/knowledge-files.js';
import { loadModels } from '../src/store/model-files.js';

const root = resolve(import.meta.dirname, '..');
const knowledgeDir = join(root, 'knowledge');
const option = (name: string): string | undefined => {
  const at = process.argv.indexOf(name);
  return at < 0 ? undefined : process.argv[at + 1];
};

const sets = [
  join(knowledgeDir, 'training/questions.jsonl'),
  ...readdirSync(join(root, 'tests/fixtures/eval'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /^questions\..+\.jsonl$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort(),
];
const questions = sets.flatMap((file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text),
);

const [data, models] = await Promise.all([loadKnowledgeFiles(knowledgeDir), loadModels(knowledgeDir)]);
const engine = new AnswerEngine(createKnowledgeBase(data, 'CNV'), models);
engine.warmUp();
const first = process.cpuUsage();
// The first pass meets every word for the first time: the speller's corrections are not remembered yet.
const answers: AnswerResult[] = questions.map((q) => engine.answer(q));
const firstUsed = process.cpuUsage(first);
process.stdout.write(
  `${questions.length} questions from ${sets.length} files; ${models ? 'with' : 'without'} the trained model; first pass ${((firstUsed.user + firstUsed.system) / 1000 / questions.length).toFixed(3)} ms CPU per question\n`,
);

const rounds = Number(option('--rounds') ?? 0);
if (rounds > 0) {
  const perQuestion: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const before = process.cpuUsage();
    for (const q of questions) engine.answer(q);
    const used = process.cpuUsage(before);
    perQuestion.push((used.user + used.system) / 1000 / questions.length);
  }
  const sorted = [...perQuestion].sort((a, b) => a - b);
  process.stdout.write(
    `CPU per question: ${perQuestion.map((ms) => ms.toFixed(3)).join(', ')} ms (median ${(sorted[Math.floor(sorted.length / 2)] as number).toFixed(3)})\n`,
  );
}

const written = option('--write');
if (written) {
  writeFileSync(written, `${JSON.stringify(questions.map((q, i) => ({ q, a: answers[i] })))}\n`);
  process.stdout.write(`written: ${written}\n`);
}
const against = option('--against');
if (against) {
  const recorded = JSON.parse(readFileSync(against, 'utf8')) as Array<{ q: string; a: AnswerResult }>;
  const differences = recorded.filter(({ q, a }, i) => questions[i] !== q || JSON.stringify(answers[i]) !== JSON.stringify(a));
  for (const { q, a } of differences.slice(0, 20))
    process.stdout.write(`differs: ${q}\n  was ${JSON.stringify(a)}\n  now ${JSON.stringify(engine.answer(q))}\n`);
  const same = recorded.length === questions.length && differences.length === 0;
  process.stdout.write(`${same ? 'identical' : `${differences.length} of ${recorded.length} answered differently`}\n`);
  process.exitCode = same ? 0 : 1;
}
