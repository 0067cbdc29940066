/**
 * `npm run bench [-- --rounds N]`: measures the bot's speed and prints a table; writes
 * bench-results/bench.json. Targets are reported, not asserted: tests never time anything. It runs
 * the whole bench N times (3 unless said) and reports each measurement's median round: a p99 of a
 * few hundred runs, or one start-up, moves from run to run on a shared machine by more than the
 * margin of some targets, so one round's verdict could flip on the next. With `--scale` it runs the
 * store's scale bench instead (tests/bench/scale.ts).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Bot } from '../../src/core/bot.js';
import { createKnowledgeBase } from '../../src/core/knowledge/knowledge-base.js';
import { loadKnowledgeFiles } from '../../src/store/knowledge-files.js';
import { loadModels } from '../../src/store/model-files.js';
import { benchCore, medianRounds, type RoundsTiming, type Timing } from './core.js';
import { benchPlatforms } from './platforms.js';

const ROOT = resolve(import.meta.dirname, '../..');
const silent = { debug() {}, info() {}, warn() {}, error() {} };

function printTable(rows: readonly RoundsTiming[]): void {
  const header = ['measurement', 'runs', 'p50 ms', 'p99 ms', 'p99 of the rounds', 'max ms', 'per s', 'target', 'ok'];
  const lines = rows.map((r) => [
    r.name,
    String(r.runs),
    String(r.p50Ms),
    String(r.p99Ms),
    r.p99Rounds.length > 1 ? r.p99Rounds.join(' / ') : '',
    String(r.maxMs),
    String(r.perSecond ?? ''),
    r.target ?? '',
    r.ok === undefined ? '' : `${r.ok ? 'ok' : 'MISSED'}${r.p99Rounds.length > 1 ? ` (${r.okRounds}/${r.p99Rounds.length})` : ''}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] as string).length)));
  const fmt = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i] as number)).join('  ');
  console.log(fmt(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const line of lines) console.log(fmt(line));
}

if (process.argv.includes('--scale')) {
  const { runScaleBench } = await import('./scale.js');
  await runScaleBench(process.argv.slice(2));
  process.exit(0);
}

const roundsAt = process.argv.indexOf('--rounds');
const roundCount = roundsAt >= 0 ? Number(process.argv[roundsAt + 1]) : 3;
if (!Number.isInteger(roundCount) || roundCount < 1) {
  console.error('--rounds takes a whole number of at least 1, for example --rounds 3');
  process.exit(2);
}
const kb = createKnowledgeBase(await loadKnowledgeFiles(resolve(ROOT, 'knowledge')), 'CNV');
const models = await loadModels(resolve(ROOT, 'knowledge'));
const bot = new Bot({ kb, clock: { now: () => new Date() }, random: Math.random, logger: silent, defaultLang: 'nl', models });
const rounds: Timing[][] = [];
for (let round = 1; round <= roundCount; round++) {
  if (roundCount > 1) console.error(`round ${round} of ${roundCount}`);
  rounds.push([...benchCore(bot), ...(await benchPlatforms())]);
}
const rows = medianRounds(rounds);
printTable(rows);
await mkdir(resolve(ROOT, 'bench-results'), { recursive: true });
await writeFile(
  resolve(ROOT, 'bench-results/bench.json'),
  `${JSON.stringify({ at: new Date().toISOString(), node: process.version, rounds: roundCount, rows, everyRound: rounds }, null, 2)}\n`,
);
console.log('\nwritten: bench-results/bench.json');
