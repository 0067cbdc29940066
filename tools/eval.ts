/**
 * `npm run eval`: scores every labelled set (tests/fixtures/eval/**: questions.*.jsonl with the
 * answers, drafts.*.jsonl with the check; and ../shared/eval when that folder exists) with the
 * metrics of ../shared/eval/score.mjs, one line per set, then the corpus cross-validation of
 * the last `npm run train`. `--misses` lists what each set got wrong. Files named on the command
 * line (`npm run eval -- path/questions.jsonl path/drafts.jsonl`) are scored instead of those
 * sets: a sealed test set kept outside the repo is measured the same way. `--unopened` scores the
 * sealed sets kept in the repo (./eval/unopened.ts) instead, never with their misses, and records
 * the measurement in their MEASURED.md, and refuses a checkout with uncommitted changes unless
 * `--allow-uncommitted`. `--intervals` adds each set's 90 % bootstrap intervals
 * (./eval/intervals.ts); `--pooled` adds the figures of all the sets scored pooled, with intervals
 * over resampled sets: a fresh set's figure and the writers' spread side by side; `--pass-rate`
 * how often a fresh set drawn from those lines would meet every target (./eval/pass-rate.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { isModelCurrent } from '../src/store/model-files.js';
import { evaluationBot } from './eval/bot.js';
import { describePassRate, passRate } from './eval/pass-rate.js';
import { readSetLines, recordMeasurement, unopenedSets } from './eval/unopened.js';
import { lineKey, trainingLineKeys } from './train/eval-lines.js';
import { askFigures, bootstrap, byLine, checkFigures, describeAsk, describeCheck, RESAMPLES } from './eval/intervals.js';
import {
  codeRecalls,
  isCleanOnly,
  type LabelledDraft,
  type LabelledQuestion,
  type QuestionOutcome,
  scoreAsk,
  scoreCheck,
  summariseAsk,
  summariseCheck,
} from './eval/score.js';
import type { DraftOutcome } from './eval/tally.js';

const root = resolve(import.meta.dirname, '..');
const knowledgeDir = join(root, 'knowledge');
const showMisses = process.argv.includes('--misses');
const withIntervals = process.argv.includes('--intervals');
const pooled = process.argv.includes('--pooled');
const passRates = process.argv.includes('--pass-rate');
const unopened = process.argv.includes('--unopened');
if (unopened && showMisses) {
  process.stderr.write('An unopened set is measured in aggregates only: --misses would show its lines. Open it first (npm run sealed -- open).\n');
  process.exit(2);
}
const UNCOMMITTED = ' with uncommitted changes';
// A sealed set is measured twice in its life, and each record names the commit it measured: a change not yet
// committed would make that record name code it did not measure. Refused before any score is printed.
const measuredCommit = unopened ? commitDescription() : '';
if (unopened && !process.argv.includes('--allow-uncommitted') && measuredCommit.endsWith(UNCOMMITTED)) {
  process.stderr.write(
    "This checkout has uncommitted changes (git status): an unopened set's measurement records the commit it measures. Commit them first, or pass --allow-uncommitted to measure anyway (the record then says so).\n",
  );
  process.exit(2);
}

function labelledSets(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /^(questions|drafts)\..+\.jsonl$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

const { models, ask, check } = await evaluationBot(knowledgeDir);
if (!models) process.stdout.write('No trained model in knowledge/model/: search and rules only (run npm run train).\n');
else if (!(await isModelCurrent(knowledgeDir, models))) process.stdout.write('The knowledge changed since the model was trained: run npm run train.\n');

const named = process.argv
  .slice(2)
  .filter((a) => !a.startsWith('--'))
  .map((a) => resolve(a));
/**
 * A set is scored by what its lines hold, not by its file name: drafts carry a verdict, questions
 * do not. A file that mixes the two is refused with its name rather than scored as either.
 */
function kindOf(file: string, lines: ReadonlyArray<object>): 'ask' | 'check' {
  const withVerdict = lines.filter((line) => 'verdict' in line).length;
  if (withVerdict === 0) return 'ask';
  if (withVerdict === lines.length) return 'check';
  process.stderr.write(`${relative(root, file)}: ${withVerdict} of ${lines.length} lines have a verdict: a set holds questions or drafts, not both.\n`);
  process.exit(2);
}

const files = named.length
  ? named
  : unopened
    ? unopenedSets(root)
    : [...labelledSets(join(root, 'tests/fixtures/eval')), ...labelledSets(resolve(root, '../shared/eval'))];
if (files.length === 0) {
  process.stdout.write(unopened ? 'No unopened sets in tests/fixtures/eval/unopened/ (npm run sealed -- seal adds one).\n' : 'No set files to score.\n');
  process.exit(0);
}
const width = Math.max(...files.map((f) => relative(root, f).length), 10);
/**
 * Lines of a named set that the training corpus also holds (case, spacing and end punctuation
 * aside): sets written independently still share short generic questions with it. Such a set is
 * scored twice: as it is, and without those lines, the figure that says what the bot does on text
 * it was not trained on.
 */
const trainingKeys = named.length || unopened ? trainingLineKeys(knowledgeDir) : new Set<string>();

/** The score lines printed, for the record of an unopened sets' measurement. */
const printed: string[] = [];
const say = (line: string): void => {
  printed.push(line);
  process.stdout.write(`${line}\n`);
};

const checkLine = (s: ReturnType<typeof summariseCheck>): string => {
  const recalls = codeRecalls(s.perCode);
  return `${s.summary}${s.indirectRecall !== null ? ` indirect recall ${s.indirectRecall}` : ''}${recalls ? ` | recall per code: ${recalls}` : ''}`;
};

/** Each set's outcomes, for the pooled figures: the questions, and the drafts of sets that have problems to find. */
const asked: (readonly QuestionOutcome[])[] = [];
const checked: (readonly DraftOutcome[])[] = [];

/** Scores one set; `whole` is false for its second scoring without the lines the corpus holds. */
function score(name: string, file: string, lines: Array<LabelledQuestion | LabelledDraft>, whole: boolean): void {
  const interval = (text: string) => say(`       90 % interval (${RESAMPLES} resamples of its lines): ${text}`);
  if (kindOf(file, lines) === 'ask') {
    const score = scoreAsk(lines as LabelledQuestion[], ask);
    say(`ask    ${name}  ${score.summary}`);
    if (whole && withIntervals) interval(describeAsk(bootstrap(byLine(score.outcomes), askFigures)));
    if (whole) asked.push(score.outcomes);
    if (showMisses) for (const m of score.misses) process.stdout.write(`         ${m}\n`);
  } else {
    const score = scoreCheck(lines as LabelledDraft[], check);
    say(`check  ${name}  ${checkLine(score)}`);
    if (whole && withIntervals) interval(describeCheck(bootstrap(byLine(score.outcomes), checkFigures), score.clean));
    if (whole && !isCleanOnly(lines as LabelledDraft[])) checked.push(score.outcomes);
    if (showMisses) for (const e of score.errors) process.stdout.write(`         ${e}\n`);
  }
}

for (const file of files) {
  const name = relative(root, file).padEnd(width);
  const lines = readSetLines<LabelledQuestion | LabelledDraft>(file);
  score(name, file, lines, true);
  const unseen = lines.filter((l) => !trainingKeys.has(lineKey(l.text)));
  if (unseen.length === lines.length) continue;
  // An unopened set's lines are named by their ids only, never by their text.
  const ids = lines.filter((l) => trainingKeys.has(lineKey(l.text))).map((l) => (l as { id?: string }).id ?? (unopened ? 'no id' : l.text.slice(0, 30)));
  say(
    `       ${lines.length - unseen.length} ${lines.length - unseen.length === 1 ? 'line' : 'lines'} also in the training corpus (${ids.join(', ')}); without them:`,
  );
  score(name, file, unseen, false);
}

if (pooled || passRates) {
  const sets = (n: number) => `${n} ${n === 1 ? 'set' : 'sets'}`;
  const over = `       90 % interval (${RESAMPLES} resamples of the sets):`;
  if (pooled && asked.length) {
    const all = summariseAsk(asked.flat());
    say(`ask    pooled over ${sets(asked.length)}  ${all.summary}`);
    if (withIntervals) say(`${over} ${describeAsk(bootstrap(asked, askFigures))}`);
  }
  if (pooled && checked.length) {
    const all = summariseCheck(checked.flat());
    say(`check  pooled over ${sets(checked.length)} (${all.outcomes.length} drafts)  ${checkLine(all)}`);
    if (withIntervals) say(`${over} ${describeCheck(bootstrap(checked, checkFigures), all.clean)}`);
  }
  if (passRates) say(`pass   pooled  ${describePassRate(passRate(checked.flat(), asked.flat()))}`);
}

if (unopened) {
  const at = recordMeasurement(files, new Date(), measuredCommit, printed);
  process.stdout.write(`Recorded in ${relative(root, at)}: commit it with the change it measures.\n`);
}

/** The commit the working tree is on, and whether it has changes beside it. */
function commitDescription(): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
    const dirty = git('status', '--porcelain', '--untracked-files=no') !== '';
    return `commit ${git('rev-parse', '--short', 'HEAD')}${dirty ? UNCOMMITTED : ''}`;
  } catch {
    return 'not in a git checkout';
  }
}

const cvFile = join(knowledgeDir, 'model/cv.json');
if (!named.length && !unopened && existsSync(cvFile)) {
  const cv = JSON.parse(readFileSync(cvFile, 'utf8')) as {
    folds: number;
    questions: number;
    drafts: number;
    answer: Record<string, unknown>;
    check: Record<string, unknown>;
  };
  const a = cv.answer;
  const c = cv.check;
  process.stdout.write(
    `corpus ${cv.folds}-fold CV (npm run train): answers top1 ${a.top1} top3 ${a.top3} off-topic declined ${a.offTopicDeclined} on-topic declined ${a.onTopicDeclined} small talk ${a.smalltalkRecognised} (${cv.questions} questions); ` +
      `check f1 ${c.f1} precision ${c.precision} recall ${c.recall} verdict ${c.verdict} clean flagged ${c.cleanFlagged} indirect recall ${c.indirectRecall} (${cv.drafts} drafts)\n`,
  );
}
