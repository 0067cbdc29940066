/**
 * `npx tsx tools/speed.ts`: how fast the learned answers and check are. Prints the time to
 * read the model, to build the engines, and p50/p99 per question, per short draft and per
 * 40 000-character draft.
 */
import { readFileSync } from 'node:fs';
import { AnswerEngine } from '../src/core/answer/answer.js';
import { asDraft } from '../src/core/check/draft.js';
import { DraftChecker } from '../src/core/check/engine.js';
import { createKnowledgeBase } from '../src/core/knowledge/knowledge-base.js';
import { detectLang } from '../src/core/lang.js';
import { loadKnowledgeFiles } from '../src/store/knowledge-files.js';
import { loadModels } from '../src/store/model-files.js';

/**
 * Milliseconds of CPU this process spent since `from` (not wall-clock time: on a busy machine
 * the scheduler's pauses would drown the figures). `--wall` measures wall-clock time instead.
 */
const wall = process.argv.includes('--wall');
const now = (): bigint =>
  wall
    ? process.hrtime.bigint()
    : (() => {
        const u = process.cpuUsage();
        return BigInt(u.user + u.system) * 1000n;
      })();
const ms = (from: bigint) => Number(now() - from) / 1e6;
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? 0;
const texts = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { text: string }).text);

const kb = createKnowledgeBase(await loadKnowledgeFiles('knowledge'), 'CNV');
let t = now();
const models = process.argv.includes('--no-model') ? undefined : await loadModels('knowledge');
const loadMs = ms(t);
t = now();
const engine = new AnswerEngine(kb, models);
engine.warmUp();
const answerWarm = ms(t);
t = now();
const checker = new DraftChecker({ lexicons: kb.lexicons, organisation: kb.organisation, orgName: 'CNV', synonyms: kb.synonyms, models });
checker.warmUp();
const checkWarm = ms(t);

const questions = texts('knowledge/training/questions.jsonl');
const drafts = texts('knowledge/training/drafts.jsonl');
const time = <T>(items: readonly T[], run: (x: T) => unknown, rounds: number) => {
  const out: number[] = [];
  for (let r = 0; r < rounds; r++)
    for (const x of items) {
      const s = now();
      run(x);
      out.push(ms(s));
    }
  return out;
};
time(questions.slice(0, 200), (q) => engine.answer(q), 1);
const firstSeen = time(questions, (q) => engine.answer(q), 1);
const ask = time(questions, (q) => engine.answer(q), 1);
const check = time(drafts, (d) => checker.check(asDraft(d), detectLang(d)), 2);
let long = '';
for (let i = 0; long.length < 40_000; i++) long += `${drafts[i % drafts.length]} `;
long = long.slice(0, 40_000);
const big = time([long], (d) => checker.check(asDraft(d), detectLang(d)), 30);
const f = (x: number) => x.toFixed(2);
process.stdout.write(
  `model read ${f(loadMs)} ms; answer engine built ${f(answerWarm)} ms; check built ${f(checkWarm)} ms\n` +
    `answer p50 ${f(percentile(ask, 0.5))} ms p99 ${f(percentile(ask, 0.99))} ms (${ask.length} questions; the first time a question's words are seen: p50 ${f(percentile(firstSeen, 0.5))} ms p99 ${f(percentile(firstSeen, 0.99))} ms, the search's typo correction)\n` +
    `check p50 ${f(percentile(check, 0.5))} ms p99 ${f(percentile(check, 0.99))} ms (${check.length} drafts)\n` +
    `40 000-character draft p50 ${f(percentile(big, 0.5))} ms p99 ${f(percentile(big, 0.99))} ms (30 runs)\n`,
);
