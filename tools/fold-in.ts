/**
 * `npm run fold-in -- dir…`: adds a round of newly written training lines (each dir's
 * questions.jsonl, drafts.jsonl and drafts-everyday.jsonl) to knowledge/training/, as knowledge/README.md describes:
 * without lines that repeat a corpus line, a line of the same round, or a line of an evaluation
 * set (tests/fixtures/eval/ and ../shared/eval, ./train/eval-lines.ts; case, spacing and punctuation at the ends aside), without
 * drafts that are close paraphrases of an evaluation draft (CLOSE_DRAFT: word pairs or words in common;
 * each is listed with the draft it resembles, for a person to read), and without lines whose label or
 * codes the contract does not know. Prints what it kept and left out.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FINDING_CODES } from '../src/core/ids.js';
import { loadKnowledgeFiles } from '../src/store/knowledge-files.js';
import { isSealed } from './eval/unopened.js';
import { closeEvaluationDraft, evaluationDrafts, evaluationLines, lineKey } from './train/eval-lines.js';

const root = resolve(import.meta.dirname, '..');
const training = join(root, 'knowledge/training');
const dirs = process.argv.slice(2).map((d) => resolve(d));
if (dirs.length === 0) {
  process.stderr.write('usage: npm run fold-in -- <dir with questions.jsonl and drafts.jsonl> …\n');
  process.exit(2);
}

const lines = (file: string) =>
  existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
    : [];
const texts = (file: string) => lines(file).map((l) => lineKey((JSON.parse(l) as { text: string }).text));

const evalTexts = evaluationLines(root);
const evalDrafts = evaluationDrafts(root);

const data = await loadKnowledgeFiles(join(root, 'knowledge'));
const labels = new Set([...data.items.map((i) => i.id), 'none', 'smalltalk']);
const codes = new Set<string>(FINDING_CODES);

const knownCodes = (list: unknown) => Array.isArray(list) && list.every((c) => typeof c === 'string' && codes.has(c));

for (const kind of ['questions', 'drafts', 'drafts-everyday'] as const) {
  const target = join(training, `${kind}.jsonl`);
  // A draft repeats the corpus when either draft file holds it.
  const seen = new Set(kind === 'questions' ? texts(target) : [...texts(join(training, 'drafts.jsonl')), ...texts(join(training, 'drafts-everyday.jsonl'))]);
  const out: string[] = [];
  const dropped = { corpus: 0, eval: 0, close: 0, invalid: 0 };
  for (const dir of dirs) {
    for (const [n, line] of lines(join(dir, `${kind}.jsonl`)).entries()) {
      let row: { text?: unknown; label?: unknown; codes?: unknown; optional?: unknown };
      try {
        row = JSON.parse(line);
      } catch {
        dropped.invalid++;
        process.stderr.write(`${dir}/${kind}.jsonl:${n + 1}: not valid JSON, left out\n`);
        continue;
      }
      const valid =
        typeof row.text === 'string' &&
        row.text.trim() !== '' &&
        (kind === 'questions'
          ? typeof row.label === 'string' && labels.has(row.label)
          : knownCodes(row.codes) && (row.optional === undefined || knownCodes(row.optional)));
      if (!valid) {
        dropped.invalid++;
        process.stderr.write(`${dir}/${kind}.jsonl:${n + 1}: unknown label or codes, left out\n`);
        continue;
      }
      const k = lineKey(row.text as string);
      const close = kind !== 'questions' && !evalTexts.has(k) ? closeEvaluationDraft(row.text as string, evalDrafts) : undefined;
      if (evalTexts.has(k)) dropped.eval++;
      else if (close) {
        dropped.close++;
        const share = `word pairs ${close.pairs.toFixed(2)}, words ${close.words.toFixed(2)}`;
        // An unopened set's draft is not shown: its lines stay unread until its round ends.
        const shown = isSealed(close.file) ? 'a draft of an unopened set' : `"${close.text.slice(0, 80)}"`;
        process.stderr.write(`${dir}/${kind}.jsonl:${n + 1}: close to ${close.file} (${share}): ${shown}, left out\n`);
      } else if (seen.has(k)) dropped.corpus++;
      else {
        seen.add(k);
        out.push(line.trim());
      }
    }
  }
  if (out.length) appendFileSync(target, `${out.join('\n')}\n`);
  process.stdout.write(
    `${kind}: ${out.length} added; left out ${dropped.corpus} repeating a corpus line, ${dropped.eval} repeating an evaluation-set line, ${kind !== 'questions' ? `${dropped.close} close to an evaluation draft, ` : ''}${dropped.invalid} invalid\n`,
  );
}
