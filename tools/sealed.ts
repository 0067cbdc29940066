/**
 * `npm run sealed -- seal <file.jsonl>…`: keeps freshly written test sets in the repository,
 * sealed (./eval/unopened.ts), printing only how many lines each holds.
 * `npm run sealed -- open <name> <dir>`: once a set's round has ended (measured at its start and
 * end with `npm run eval -- --unopened`), makes it a dev set: tests/fixtures/eval/<dir>/<name>.jsonl,
 * without the lines the training corpus holds word for word (so that no training line repeats a
 * dev line), and removes the sealed file.
 * `npm run sealed -- history`: each sealed set's start and end as MEASURED.md records them, held to
 * issue 15's targets (./eval/history.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describeHistory, parseMeasured } from './eval/history.js';
import { openSet, sealSet } from './eval/unopened.js';
import { lineKey, trainingLineKeys } from './train/eval-lines.js';

const root = resolve(import.meta.dirname, '..');
const [command, ...args] = process.argv.slice(2);
const fail = (message: string): never => {
  process.stderr.write(`${message}\n`);
  process.exit(2);
};
const usage =
  'usage: npm run sealed -- seal <questions.rNN.jsonl|drafts.rNN.jsonl>…  |  npm run sealed -- open <drafts.rNN> <rNN>  |  npm run sealed -- history';

if (command === 'seal' && args.length > 0) {
  for (const file of args) {
    const result = sealSet(root, resolve(file));
    if ('error' in result) fail(result.error);
    else process.stdout.write(`${file}: ${result.lines} lines sealed in ${relative(root, result.sealed)}. Delete the file you wrote it in.\n`);
  }
} else if (command === 'open' && args.length === 2) {
  const [name, dir] = args as [string, string];
  const training = trainingLineKeys(join(root, 'knowledge'));
  const result = openSet(root, name, dir, (text) => training.has(lineKey(text)));
  if ('error' in result) fail(result.error);
  else
    process.stdout.write(
      `${name}: ${result.kept} lines opened into ${relative(root, result.opened)}, ${result.left} left out that the training corpus holds.\n`,
    );
} else if (command === 'history' && args.length === 0) {
  const file = join(root, 'tests/fixtures/eval/unopened/MEASURED.md');
  if (!existsSync(file)) fail(`${relative(root, file)} is missing: no sealed set has been measured yet (npm run eval -- --unopened writes it).`);
  const record = readFileSync(file, 'utf8');
  process.stdout.write(`${describeHistory(parseMeasured(record))}\n`);
} else {
  fail(usage);
}
