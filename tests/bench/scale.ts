/**
 * `npm run bench -- --scale [--scales 1,10,100] [--ops stats-365,tip-tick] [--repeat 3] [--keep DIR] [--engines postgres]`:
 * seeds one year of a 2 000-employee organisation at each scale through the store (SQLite, and
 * PostgreSQL when DATABASE_URL is set), times every operation in a fresh process, prints a table
 * and writes bench-results/scale.json (rows of other engines and scales already there are kept).
 * With `--keep DIR` the seeded databases are kept (SQLite files under DIR, PostgreSQL databases
 * named `…_kept`) and reused by the next run with the same DIR; operations that change the data
 * then run on a copy, so one operation can be measured again and again without seeding anew.
 * `--year` instead lives through a year of ordinary days on an empty database, with the retention
 * job after each (`retention-year`), and compares its size with the data it keeps.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CAPPED_HEAP_MB, OPERATION_GROUPS } from './scale/operations.js';
import { copyOf, freshTarget, keptTarget, runChild, type Seeded } from './scale/targets.js';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = resolve(ROOT, 'bench-results/scale.json');

export interface ScaleRow {
  engine: 'sqlite' | 'postgres';
  scale: number;
  operation: string;
  ms: number;
  extraMB: number;
  maxStallMs: number;
  heartbeatStallMs: number;
  /** The most CPU the main thread used between two 10 ms heartbeats (see measure.ts). */
  mainBusyMs: number;
  dbMB: number;
  dbMBAfter: number;
  /** After `retention-30-days`: the size of the data kept, written compactly (VACUUM INTO; VACUUM FULL). */
  keptMB?: number;
  /** After `retention-30-days`: the database file without SQLite's write-ahead log. */
  fileMB?: number;
  /** After `retention-year`: the bot's tables (PostgreSQL) or the file (SQLite), and the same rows written anew as the bot writes them. */
  livedMB?: number;
  writtenMB?: number;
}

type Measured = Omit<ScaleRow, 'engine' | 'scale'>;

/** Operations that change the data: measured once. */
const MUTATING = new Set(['digest-post', 'tip-post', 'retention-first', 'retention-tick', 'retention-30-days']);

/** Per operation, the median of each figure over the runs (a busy machine makes single runs noisy). */
function medians(runs: readonly Measured[][]): Measured[] {
  const middle = (values: number[]) => values.sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] as number;
  return (runs[0] ?? []).map((first, i) => {
    const all = runs.map((run) => run[i] as Measured);
    return {
      ...first,
      ms: middle(all.map((m) => m.ms)),
      extraMB: middle(all.map((m) => m.extraMB)),
      maxStallMs: middle(all.map((m) => m.maxStallMs)),
      heartbeatStallMs: middle(all.map((m) => m.heartbeatStallMs)),
      mainBusyMs: middle(all.map((m) => m.mainBusyMs)),
    };
  });
}

/** What `child.ts year` reports. */
interface YearResult {
  samples: Array<{ day: number; fileMB: number }>;
  slowestUpkeepMs: number;
  seconds: number;
  fileMB: number;
  dbMB: number;
  livedMB: number;
  writtenMB: number;
  keptMB: number;
}

function printTable(rows: readonly ScaleRow[]): void {
  const header = [
    'engine',
    'scale',
    'operation',
    'ms',
    'extra MB',
    'max stall ms',
    'heartbeat ms',
    'main busy ms',
    'db MB',
    'db MB after',
    'kept MB',
    'written MB',
  ];
  const lines = rows.map((r) => [
    r.engine,
    `${r.scale}×`,
    r.operation,
    String(r.ms),
    String(r.extraMB),
    String(r.maxStallMs),
    String(r.heartbeatStallMs),
    String(r.mainBusyMs),
    String(r.dbMB),
    String(r.dbMBAfter),
    r.keptMB === undefined ? '' : String(r.keptMB),
    r.writtenMB === undefined ? '' : `${r.writtenMB} (lived ${r.livedMB})`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] as string).length)));
  const fmt = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i] as number)).join('  ');
  console.log(fmt(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const line of lines) console.log(fmt(line));
}

export async function runScaleBench(argv: readonly string[]): Promise<void> {
  const at = argv.indexOf('--scales');
  const scales = (at >= 0 ? (argv[at + 1] ?? '') : '1,10,100')
    .split(',')
    .map(Number)
    .filter((n) => n > 0);
  const repeatAt = argv.indexOf('--repeat');
  const repeat = repeatAt >= 0 ? Math.max(1, Number(argv[repeatAt + 1]) || 1) : 1;
  const opsAt = argv.indexOf('--ops');
  const only = opsAt >= 0 ? (argv[opsAt + 1] ?? '').split(',') : undefined;
  const keepAt = argv.indexOf('--keep');
  const keep = keepAt >= 0 ? resolve(argv[keepAt + 1] ?? 'bench-keep') : undefined;
  if (keep) await mkdir(keep, { recursive: true });
  const enginesAt = argv.indexOf('--engines');
  const engines = (['sqlite', ...(process.env.DATABASE_URL ? (['postgres'] as const) : [])] as Array<ScaleRow['engine']>).filter(
    (e) => enginesAt < 0 || (argv[enginesAt + 1] ?? '').split(',').includes(e),
  );
  const rows: ScaleRow[] = [];
  for (const engine of argv.includes('--year') ? engines : []) {
    for (const scale of scales) {
      const target = await freshTarget(engine, scale);
      try {
        const year = (await runChild(['year', '0'], { ...target.env, BENCH_SCALE: String(scale) })) as YearResult;
        const months = year.samples.map((s) => `${s.day}: ${s.fileMB}`).join(', ');
        console.error(`${engine} ${scale}×: a year in ${year.seconds.toFixed(0)} s; MB by day ${months}`);
        console.error(`  kept data: ${year.writtenMB} MB as the bot writes it (lived ${year.livedMB}), ${year.keptMB} MB compacted`);
        const { samples: _, seconds: __, slowestUpkeepMs, ...sizes } = year;
        const quiet = { extraMB: 0, maxStallMs: 0, heartbeatStallMs: 0, mainBusyMs: 0 };
        rows.push({ engine, scale, operation: 'retention-year', ms: Number(slowestUpkeepMs.toFixed(1)), ...quiet, dbMBAfter: year.dbMB, ...sizes });
      } finally {
        await target.drop();
      }
    }
  }
  for (const engine of argv.includes('--year') ? [] : engines) {
    for (const scale of scales) {
      const kept = keep ? await keptTarget(engine, scale, keep) : undefined;
      const target = kept?.target ?? (await freshTarget(engine, scale));
      try {
        const env = { ...target.env, BENCH_SCALE: String(scale) };
        const seeded = kept?.seeded ?? ((await runChild(['seed'], env)) as Seeded);
        if (kept && !kept.seeded) await writeFile(kept.note, JSON.stringify(seeded));
        const rolled = seeded.rolledDays ? `, rolled up ${seeded.rolledDays} days in ${seeded.rollSeconds?.toFixed(0)} s` : '';
        console.error(`${engine} ${scale}×: seeded ${seeded.rows} rows in ${seeded.seconds.toFixed(0)} s${rolled} (${seeded.dbMB} MB)`);
        for (const group of OPERATION_GROUPS.filter((g) => !only || g.some((op) => only.includes(op)))) {
          const heap = (group as readonly string[]).includes('export-365-capped') ? CAPPED_HEAP_MB : undefined;
          // Groups that change nothing are measured `repeat` times, each in a fresh process; each figure is the median.
          const mutating = (group as readonly string[]).some((op) => MUTATING.has(op));
          const times = mutating ? 1 : repeat;
          const runs: Measured[][] = [];
          // A kept database stays as seeded: what changes the data works on a copy.
          const copy = kept && mutating ? await copyOf(engine, scale, target) : undefined;
          try {
            const groupEnv = copy ? { ...copy.env, BENCH_SCALE: String(scale) } : env;
            for (let i = 0; i < times; i++) runs.push((await runChild(['ops', group.join(',')], groupEnv, heap)) as Measured[]);
          } finally {
            await copy?.drop();
          }
          for (const m of medians(runs)) {
            rows.push({ engine, scale, ...m });
            const kept = m.keptMB === undefined ? '' : `, db ${m.dbMB} → ${m.dbMBAfter} MB (the file without its WAL ${m.fileMB} MB), data kept ${m.keptMB} MB`;
            console.error(
              `  ${m.operation}: ${m.ms} ms, +${m.extraMB} MB, stall ${m.maxStallMs} ms (main thread busy at most ${m.mainBusyMs} ms between heartbeats)${kept}`,
            );
          }
        }
      } finally {
        await target.drop();
      }
    }
  }
  printTable(rows);
  const previous = JSON.parse(await readFile(OUT, 'utf8').catch(() => '{"rows":[]}')) as { rows: ScaleRow[] };
  const id = (r: ScaleRow) => `${r.engine}/${r.scale}/${r.operation}`;
  const measured = new Set(rows.map(id));
  const kept = previous.rows.filter((r) => !measured.has(id(r)));
  await mkdir(resolve(ROOT, 'bench-results'), { recursive: true });
  await writeFile(OUT, `${JSON.stringify({ at: new Date().toISOString(), node: process.version, rows: [...kept, ...rows] }, null, 2)}\n`);
  console.log('\nwritten: bench-results/scale.json');
}
