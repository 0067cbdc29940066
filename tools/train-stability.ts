/**
 * `npm run train:stability`: how much the draft check's dev scores depend on chance in the
 * training data. Trains the check on the whole corpus and on the corpus without 2 % of its
 * lines (a different 2 % per run, chosen by a hash of the text), scores each model on the dev
 * sets (each folder of tests/fixtures/eval but `sealed`, whose lines the corpus also holds) and prints every run's figures and the spread. Writes
 * nothing: knowledge/model/ stays as `npm run train` left it. `-- --drops 3` sets the runs;
 * `-- --dump dir` writes each run's result per dev draft there.
 */
import { writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { asDraft } from '../src/core/check/draft.js';
import { DraftChecker } from '../src/core/check/engine.js';
import { createKnowledgeBase } from '../src/core/knowledge/knowledge-base.js';
import { detectLang } from '../src/core/lang.js';
import { textKey } from '../src/core/learn/hash.js';
import { quantise, type StoredModels } from '../src/core/learn/stored-model.js';
import { loadKnowledgeFiles } from '../src/store/knowledge-files.js';
import { readSetLines } from './eval/unopened.js';
import { isCleanOnly, scoreCheck, type LabelledDraft as DevDraft } from './eval/score.js';
import { trainCheck, type LabelledDraft } from './train/check.js';
import { trainingDrafts } from './train/everyday.js';
import { evaluationFiles } from './train/eval-lines.js';

const root = resolve(import.meta.dirname, '..');
const dir = join(root, 'knowledge');
const at = process.argv.indexOf('--drops');
const drops = at >= 0 ? Number(process.argv[at + 1]) : 2;
/** `-- --dump dir`: every run's result per dev draft, one file per run, for seeing which drafts move. */
const dumpAt = process.argv.indexOf('--dump');
const dumpTo = dumpAt >= 0 ? process.argv[dumpAt + 1] : undefined;
/** The dev sets: the evaluation folders' draft files (eval-lines.ts leaves out `sealed`, whose lines the corpus holds). */
const DEV = evaluationFiles(root)
  .map((f) => relative(join(root, 'tests/fixtures/eval'), f))
  .filter((f) => /^([^/]+)\/drafts\.\1\.jsonl$/.test(f));

const kb = createKnowledgeBase(await loadKnowledgeFiles(dir), 'CNV');
const corpus = trainingDrafts(dir);
const dev = DEV.map((f) => ({ name: f.split('/')[0] as string, drafts: readSetLines<DevDraft>(join(root, 'tests/fixtures/eval', f)) }));
/** A set of clean drafts only (`pool`) has no F1: it counts in the clean drafts flagged, not in the mean F1 or its spread. */
const scored = dev.map((d) => !isCleanOnly(d.drafts));

interface Run {
  name: string;
  cv: { f1: number; verdict: number };
  sets: Array<{ f1: number; verdict: number; clean: number }>;
}

function run(name: string, drafts: readonly LabelledDraft[]): Run {
  const trained = trainCheck(kb, drafts);
  const q = quantise(trained.classifier, 0);
  const stored = { check: { ...trained.model, classifier: q.stored } } as unknown as StoredModels;
  const checker = new DraftChecker({
    lexicons: kb.lexicons,
    organisation: kb.organisation,
    orgName: kb.orgName,
    synonyms: kb.synonyms,
    models: { stored, weights: q.bytes },
  });
  const results: Array<{ text: string; verdict: string; codes: string[] }> = [];
  const check = (text: string) => {
    const r = checker.check(asDraft(text), detectLang(text));
    const out = { verdict: r.verdict, codes: [...new Set(r.findings.map((f) => f.code))] };
    results.push({ text, ...out });
    return out;
  };
  const sets = dev.map((d) => {
    const s = scoreCheck(d.drafts, check);
    return { f1: s.f1, verdict: s.verdict, clean: s.cleanFlagged };
  });
  const pooled = scoreCheck(
    dev.flatMap((d) => d.drafts),
    check,
  );
  const recalls = Object.entries(pooled.perCode)
    .map(([c, v]) => `${c.slice(0, 8)} ${(v.tp / (v.tp + v.fn || 1)).toFixed(2)}`)
    .join(' ');
  if (process.argv.includes('--codes'))
    process.stdout.write(`${name.padEnd(10)} dev pooled f1 ${pooled.f1} verdict ${pooled.verdict} indirect ${pooled.indirectRecall} | ${recalls}\n`);
  const line = sets
    .map((s, i) => (scored[i] ? `${dev[i]?.name} f1 ${s.f1} verdict ${s.verdict} clean ${s.clean}` : `${dev[i]?.name} clean ${s.clean}`))
    .join(' | ');
  const withF1 = sets.filter((_, i) => scored[i]);
  const meanF1 = (withF1.reduce((sum, s) => sum + s.f1, 0) / withF1.length).toFixed(4);
  process.stdout.write(`${name.padEnd(10)} cv f1 ${trained.report.f1} verdict ${trained.report.verdict} | dev mean f1 ${meanF1} | ${line}\n`);
  if (dumpTo) writeFileSync(join(dumpTo, `${name}.json`), JSON.stringify(results));
  return { name, cv: trained.report, sets };
}

const runs = [run('all', corpus)];
for (let d = 1; d <= drops; d++)
  runs.push(
    run(
      `drop2%#${d}`,
      corpus.filter((x) => textKey(x.text, 7919 * d) % 50 !== 0),
    ),
  );
const spread = (values: number[]) => Number((Math.max(...values) - Math.min(...values)).toFixed(3));
const parts = dev.map((d, i) =>
  scored[i]
    ? `${d.name} f1 ±${spread(runs.map((r) => r.sets[i]?.f1 ?? 0))} verdict ±${spread(runs.map((r) => r.sets[i]?.verdict ?? 0))}`
    : `${d.name} clean ±${spread(runs.map((r) => r.sets[i]?.clean ?? 0))}`,
);
const f1s = (i: number) => runs.map((r) => r.sets[i]?.f1 ?? 0);
const worst = Math.max(...dev.flatMap((_, i) => (scored[i] ? [spread(f1s(i))] : [])));
process.stdout.write(`spread (max − min over ${runs.length} runs): ${parts.join(' | ')} | largest f1 spread ${worst}\n`);
