/**
 * The evaluation sets' lines, so that no training line repeats one: `npm run fold-in` leaves such
 * lines out and `npm run train` refuses a corpus that has any (a repeat makes a dev-set score a
 * training score). tests/fixtures/eval/sealed/ is not among them: the first round's sealed set,
 * once measured, became training data (knowledge/README.md). The unopened sets (../eval/unopened.ts)
 * are among them: a set waiting for its round's end must not become training data either.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { isSealed, readSetLines } from '../eval/unopened.js';

/** Two lines are the same when they differ only in case, spacing and punctuation at the ends. */
export const lineKey = (text: string): string =>
  text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'“”]+|[\s"'“”.!?]+$/g, '');

/** The evaluation files of a repository: tests/fixtures/eval/** (but sealed/, with the unopened sets) and ../shared/eval when present. */
export function evaluationFiles(root: string): string[] {
  const dirs = [join(root, 'tests/fixtures/eval'), resolve(root, '../shared/eval')].filter((d) => existsSync(d));
  return dirs
    .flatMap((dir) =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && (e.name.endsWith('.jsonl') || isSealed(e.name)))
        .map((e) => join(e.parentPath, e.name))
        .filter((f) => !relative(dir, f).startsWith(`sealed${sep}`)),
    )
    .sort();
}

/** Every evaluation line's key, with the file it comes from (relative to root). */
export function evaluationLines(root: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of evaluationFiles(root)) {
    for (const line of readSetLines<{ text: string }>(file)) {
      const key = lineKey(line.text);
      if (!out.has(key)) out.set(key, relative(root, file));
    }
  }
  return out;
}

/** The line keys of a knowledge folder's training corpus (training/questions.jsonl, drafts.jsonl and drafts-everyday.jsonl). */
export function trainingLineKeys(knowledgeDir: string): Set<string> {
  return new Set(
    TRAINING_FILES.map((name) => join(knowledgeDir, `training/${name}`))
      .filter((file) => existsSync(file))
      .flatMap((file) => readSetLines<{ text: string }>(file).map((l) => lineKey(l.text))),
  );
}

/** The corpus files of knowledge/training/ that `npm run train` reads; a missing one reads as empty. */
export const TRAINING_FILES = ['questions.jsonl', 'drafts.jsonl', 'drafts-everyday.jsonl'] as const;

/**
 * The training texts `npm run train` refuses: those that repeat a line of an opened evaluation set. An
 * unopened set may repeat what the corpus held before it was written (short generic questions); `npm run
 * eval -- --unopened` scores it with and without such lines, and fold-in adds no more of them.
 */
export function refusedRepeats(texts: readonly string[], root: string): { text: string; file: string }[] {
  return repeatsOfEvaluation(texts, evaluationLines(root)).filter((r) => !isSealed(r.file));
}

/** The training texts that repeat an evaluation line, each with the evaluation file it repeats. */
export function repeatsOfEvaluation(texts: readonly string[], evaluation: ReadonlyMap<string, string>): { text: string; file: string }[] {
  return texts.flatMap((text) => {
    const file = evaluation.get(lineKey(text));
    return file === undefined ? [] : [{ text, file }];
  });
}

/** A line's words: runs of letters and digits, in lower case. */
const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const pairsOf = (words: readonly string[]): Set<string> => new Set(words.slice(1).map((w, i) => `${words[i]} ${w}`));
const jaccard = (a: ReadonlySet<string>, b: ReadonlySet<string>): number => {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
};

/**
 * When a new draft counts as a close paraphrase of an evaluation draft: a share of its word pairs,
 * or of its words, in common (Jaccard). Chosen on the eighth corpus round, whose 31 close
 * paraphrases of dev drafts a person had found by reading: these limits catch 22 of them and 16
 * of its 563 other drafts, so they catch most echoes, not all, and a person still reads a round.
 * Not for questions: they are short and alike by nature (a third of the corpus's questions pass
 * the word limit against some dev question).
 */
export const CLOSE_DRAFT = { pairs: 0.2, words: 0.4 } as const;

interface IndexedLine {
  text: string;
  file: string;
  words: Set<string>;
  pairs: Set<string>;
}

/** The evaluation sets' drafts (files named drafts*.jsonl), ready for closestEvaluationDraft. */
export function evaluationDrafts(root: string): IndexedLine[] {
  return evaluationFiles(root)
    .filter((file) => /(^|[\\/])drafts[^\\/]*\.jsonl(\.gz)?$/.test(file))
    .flatMap((file) =>
      readSetLines<{ text: string }>(file).map(({ text }) => {
        const words = wordsOf(text);
        return { text, file: relative(root, file), words: new Set(words), pairs: pairsOf(words) };
      }),
    );
}

/** The evaluation draft `text` is a close paraphrase of (CLOSE_DRAFT), with both similarities; undefined when none is. */
export function closeEvaluationDraft(text: string, drafts: readonly IndexedLine[]): { text: string; file: string; pairs: number; words: number } | undefined {
  const words = wordsOf(text);
  const own = { words: new Set(words), pairs: pairsOf(words) };
  let best: { text: string; file: string; pairs: number; words: number } | undefined;
  for (const draft of drafts) {
    const pairs = jaccard(own.pairs, draft.pairs);
    const shared = jaccard(own.words, draft.words);
    if (pairs < CLOSE_DRAFT.pairs && shared < CLOSE_DRAFT.words) continue;
    if (!best || pairs + shared > best.pairs + best.words) best = { text: draft.text, file: draft.file, pairs, words: shared };
  }
  return best;
}
