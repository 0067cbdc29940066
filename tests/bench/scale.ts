/**
 * `npm run bench -- --scale [--scales 1,10,100] [--ops stats-365,tip-tick] [--repeat 3] [--keep DIR] [--engines postgres]`:
 * seeds one year of a 2 000-employee organisation at each scale through the store (SQLite, and
 * PostgreSQL when DATABASE_URL is set), times every operation in a fresh process, prints a table
 * and writes bench-results/scale.json (rows of other engines and scales already there are kept).
 * With `--keep DIR` the seeded databases are kept (SQLite files under DIR, PostgreSQL databases
 * named `…_kept`) and reused by the next run with the same DIR; operations that change the data
 * then run on a copy, so one operation can be measured again and again without seeding anew.
 */
import { spawn } from 'node:child_process';
import { copyFile, mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CAPPED_HEAP_MB, OPERATION_GROUPS } from './scale/operations.js';

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

function runChild(args: string[], env: Record<string, string>, heapMB = 12_288): Promise<unknown> {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', `--max-old-space-size=${heapMB}`, '--import', 'tsx', resolve(import.meta.dirname, 'scale/child.ts'), ...args],
      { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('RESULT '));
      if (code !== 0 || !line) fail(new Error(`bench step ${args.join(' ')} failed (exit ${code}): ${out.slice(-500)}`));
      else done(JSON.parse(line.slice(7)));
    });
  });
}

interface Target {
  env: Record<string, string>;
  drop(): Promise<void>;
}

async function pgQuery(url: string, text: string): Promise<void> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

function pgUrl(name: string): string {
  const url = new URL(process.env.DATABASE_URL as string);
  url.pathname = `/${name}`;
  return url.href;
}

/** A fresh place for one engine and scale: a temporary folder, or a new PostgreSQL database. */
async function freshTarget(engine: ScaleRow['engine'], scale: number): Promise<Target> {
  if (engine === 'sqlite') {
    const dir = await mkdtemp(join(tmpdir(), `richtlijnenbot-scale-${scale}x-`));
    return { env: { BENCH_DATA_DIR: dir, BENCH_DATABASE_URL: '' }, drop: () => rm(dir, { recursive: true, force: true }) };
  }
  const admin = process.env.DATABASE_URL as string;
  const name = `richtlijnenbot_scale_${scale}x`;
  await pgQuery(admin, `DROP DATABASE IF EXISTS ${name}`);
  await pgQuery(admin, `CREATE DATABASE ${name}`);
  return { env: { BENCH_DATA_DIR: '', BENCH_DATABASE_URL: pgUrl(name) }, drop: () => pgQuery(admin, `DROP DATABASE IF EXISTS ${name}`) };
}

/** `--keep DIR`: the seeded database that stays, and where its seeding result is noted (undefined until seeded). */
async function keptTarget(engine: ScaleRow['engine'], scale: number, dir: string): Promise<{ target: Target; note: string; seeded?: Seeded }> {
  const note = join(dir, `${engine}-${scale}x.json`);
  const seeded = JSON.parse(await readFile(note, 'utf8').catch(() => 'null')) as Seeded | null;
  if (engine === 'sqlite') {
    const data = join(dir, `sqlite-${scale}x`);
    if (!seeded) await rm(data, { recursive: true, force: true });
    return { target: { env: { BENCH_DATA_DIR: data, BENCH_DATABASE_URL: '' }, drop: async () => undefined }, note, ...(seeded ? { seeded } : {}) };
  }
  const name = `richtlijnenbot_scale_${scale}x_kept`;
  if (!seeded) {
    await pgQuery(process.env.DATABASE_URL as string, `DROP DATABASE IF EXISTS ${name}`);
    await pgQuery(process.env.DATABASE_URL as string, `CREATE DATABASE ${name}`);
  }
  return { target: { env: { BENCH_DATA_DIR: '', BENCH_DATABASE_URL: pgUrl(name) }, drop: async () => undefined }, note, ...(seeded ? { seeded } : {}) };
}

/** A copy of a kept database, for operations that change the data. */
async function copyOf(engine: ScaleRow['engine'], scale: number, kept: Target): Promise<Target> {
  if (engine === 'sqlite') {
    const dir = await mkdtemp(join(tmpdir(), `richtlijnenbot-scale-${scale}x-copy-`));
    await copyFile(join(kept.env.BENCH_DATA_DIR as string, 'richtlijnenbot.sqlite'), join(dir, 'richtlijnenbot.sqlite'));
    return { env: { BENCH_DATA_DIR: dir, BENCH_DATABASE_URL: '' }, drop: () => rm(dir, { recursive: true, force: true }) };
  }
  const admin = process.env.DATABASE_URL as string;
  const name = `richtlijnenbot_scale_${scale}x_copy`;
  await pgQuery(admin, `DROP DATABASE IF EXISTS ${name}`);
  await pgQuery(admin, `CREATE DATABASE ${name} TEMPLATE richtlijnenbot_scale_${scale}x_kept`);
  return { env: { BENCH_DATA_DIR: '', BENCH_DATABASE_URL: pgUrl(name) }, drop: () => pgQuery(admin, `DROP DATABASE IF EXISTS ${name}`) };
}

interface Seeded {
  rows: number;
  seconds: number;
  dbMB: number;
  rolledDays?: number;
  rollSeconds?: number;
}

function printTable(rows: readonly ScaleRow[]): void {
  const header = ['engine', 'scale', 'operation', 'ms', 'extra MB', 'max stall ms', 'heartbeat ms', 'main busy ms', 'db MB', 'db MB after', 'kept MB'];
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
  for (const engine of engines) {
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
