/**
 * `npm run agreement -- set.jsonl reader-a.jsonl reader-b.jsonl …`: how far careful readers agree
 * with a labelled draft set, and with each other, scored exactly as `npm run eval` scores the
 * check (tools/eval/score.ts). A reader's file holds, per draft of the set, the codes that reader
 * labelled without seeing the set's labels: `{"id": "r15-d001", "expect": […], "optional": […]}`.
 *
 * Each pair is scored both ways round: the reader's `expect` as if it were the check's findings
 * (its verdict from them, CONTRACT §2) against the other side's labels. Beside them the check
 * itself against the set and against each reader, so its figures can be read against what a
 * second person reaches on the same drafts. `--pass-rate` adds, for the check and each reader against
 * the set, how often a fresh set drawn from these drafts would meet every check target of issue 15
 * (./eval/pass-rate.ts): whether a careful second person would clear the bar the check is held to.
 */
import { basename, join, resolve } from 'node:path';
import { evaluationBot } from './eval/bot.js';
import { readSetLines } from './eval/unopened.js';
import { codeRecalls, scoreCheck, type LabelledDraft } from './eval/score.js';
import { levelOf } from './eval/tally.js';
import { describePassRate, passRate } from './eval/pass-rate.js';

interface Reading {
  id: string;
  expect: string[];
  optional?: string[];
}

const VERDICTS = ['groen', 'oranje', 'rood'];

const [setFile, ...readerFiles] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!setFile || readerFiles.length === 0) {
  process.stderr.write('usage: npm run agreement -- set.jsonl reader.jsonl [reader.jsonl …]\n');
  process.exit(2);
}
const set = readSetLines<LabelledDraft>(resolve(setFile));

/** A reader's labels as a labelled set of the same drafts, so it can be the reference too. */
function asSet(file: string): LabelledDraft[] {
  const readings = new Map(readSetLines<Reading>(resolve(file)).map((r) => [r.id, r]));
  const missing = set.filter((d) => !readings.has(d.id)).map((d) => d.id);
  if (missing.length) {
    process.stderr.write(`${file}: no reading for ${missing.length} drafts (${missing.slice(0, 5).join(', ')} …)\n`);
    process.exit(2);
  }
  return set.map((d) => {
    const r = readings.get(d.id) as Reading;
    return { id: d.id, text: d.text, expect: r.expect, optional: r.optional ?? [], indirect: d.indirect };
  });
}

/** A labelled set used as the checker: its `expect` are the findings, the verdict follows from them. */
const asChecker = (labels: readonly LabelledDraft[]) => {
  const byText = new Map(labels.map((d) => [d.text, d.expect]));
  return (text: string) => {
    const codes = byText.get(text) ?? [];
    return { codes, verdict: VERDICTS[levelOf(codes)] ?? 'groen' };
  };
};

const { check: theCheck } = await evaluationBot(join(resolve(import.meta.dirname, '..'), 'knowledge'));

const name = (file: string) => basename(file).replace(/\.jsonl$/, '');
const references: Array<[string, LabelledDraft[]]> = [['set', set], ...readerFiles.map((f): [string, LabelledDraft[]] => [name(f), asSet(f)])];
const checkers: Array<[string, (text: string) => { verdict: string; codes: string[] }]> = [
  ['check', theCheck],
  ...references.map(([n, labels]): [string, (text: string) => { verdict: string; codes: string[] }] => [n, asChecker(labels)]),
];

process.stdout.write(`${basename(setFile)}: ${set.length} drafts, ${new Set(set.map((d) => d.text)).size} distinct texts\n`);
/** Each checker's outcomes against the set (the writers' labels), for `--pass-rate`. */
const againstSet: Array<[string, ReturnType<typeof scoreCheck>['outcomes']]> = [];
for (const [refName, ref] of references) {
  for (const [who, checker] of checkers) {
    if (who === refName) continue;
    const s = scoreCheck(ref, checker);
    if (refName === 'set') againstSet.push([who, s.outcomes]);
    process.stdout.write(`${who.padEnd(12)} against ${refName.padEnd(12)} ${s.summary} indirect ${s.indirectRecall ?? '-'}\n`);
    if (process.argv.includes('--codes')) process.stdout.write(`  ${codeRecalls(s.perCode)}\n`);
  }
}

if (process.argv.includes('--pass-rate'))
  for (const [who, outcomes] of againstSet) process.stdout.write(`${who.padEnd(12)} pass-rate    ${describePassRate(passRate(outcomes, []))}\n`);
