/**
 * The evaluation sets' lines, so that no training line repeats one: `npm run fold-in` leaves such
 * lines out and `npm run train` refuses a corpus that has any (a repeat makes a dev-set score a
 * training score). tests/fixtures/eval/sealed/ is not among them: the first round's sealed set,
 * once measured, became training data (knowledge/README.md).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** Two lines are the same when they differ only in case, spacing and punctuation at the ends. */
export const lineKey = (text: string): string =>
  text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'“”]+|[\s"'“”.!?]+$/g, '');

/** The evaluation files of a repository: tests/fixtures/eval/** (but sealed/) and ../shared/eval when present. */
export function evaluationFiles(root: string): string[] {
  const dirs = [join(root, 'tests/fixtures/eval'), resolve(root, '../shared/eval')].filter((d) => existsSync(d));
  return dirs
    .flatMap((dir) =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && e.name.endsWith('.jsonl'))
        .map((e) => join(e.parentPath, e.name))
        .filter((f) => !relative(dir, f).startsWith(`sealed${sep}`)),
    )
    .sort();
}

/** Every evaluation line's key, with the file it comes from (relative to root). */
export function evaluationLines(root: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of evaluationFiles(root)) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const key = lineKey((JSON.parse(line) as { text: string }).text);
      if (!out.has(key)) out.set(key, relative(root, file));
    }
  }
  return out;
}

/** The training texts that repeat an evaluation line, each with the evaluation file it repeats. */
export function repeatsOfEvaluation(texts: readonly string[], evaluation: ReadonlyMap<string, string>): { text: string; file: string }[] {
  return texts.flatMap((text) => {
    const file = evaluation.get(lineKey(text));
    return file === undefined ? [] : [{ text, file }];
  });
}
