/**
 * `npm run bench -- --scale [--scales 1,10,100] [--ops stats-365,tip-tick] [--repeat 3]`: seeds one year of a 2 000-employee
 * organisation at each scale through the store (SQLite, and PostgreSQL when DATABASE_URL is
 * set), times every operation in a fresh process, prints a table and writes
 * bench-results/scale.json (rows of other engines and scales already there are kept).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
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
  dbMB: number;
  dbMBAfter: number;
}

type Measured = Omit<ScaleRow, 'engine' | 'scale'>;

/** Operations that change the data: measured once. */
const MUTATING = new Set(['digest-post', 'tip-post', 'retention-first', 'retention-tick']);

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

/** A fresh place for one engine and scale: a temporary folder, or a new PostgreSQL database. */
async function freshTarget(engine: ScaleRow['engine'], scale: number): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  if (engine === 'sqlite') {
    const dir = await mkdtemp(join(tmpdir(), `richtlijnenbot-scale-${scale}x-`));
    return { env: { BENCH_DATA_DIR: dir, BENCH_DATABASE_URL: '' }, drop: () => rm(dir, { recursive: true, force: true }) };
  }
  const { default: pg } = await import('pg');
  const admin = process.env.DATABASE_URL as string;
  const name = `richtlijnenbot_scale_${scale}x`;
  const query = async (text: string) => {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    try {
      await client.query(text);
    } finally {
      await client.end();
    }
  };
  await query(`DROP DATABASE IF EXISTS ${name}`);
  await query(`CREATE DATABASE ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return { env: { BENCH_DATA_DIR: '', BENCH_DATABASE_URL: url.href }, drop: () => query(`DROP DATABASE IF EXISTS ${name}`) };
}

function printTable(rows: readonly ScaleRow[]): void {
  const header = ['engine', 'scale', 'operation', 'ms', 'extra MB', 'max stall ms', 'heartbeat ms', 'db MB', 'db MB after'];
  const lines = rows.map((r) => [
    r.engine,
    `${r.scale}×`,
    r.operation,
    String(r.ms),
    String(r.extraMB),
    String(r.maxStallMs),
    String(r.heartbeatStallMs),
    String(r.dbMB),
    String(r.dbMBAfter),
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
  const engines: Array<ScaleRow['engine']> = ['sqlite', ...(process.env.DATABASE_URL ? (['postgres'] as const) : [])];
  const rows: ScaleRow[] = [];
  for (const engine of engines) {
    for (const scale of scales) {
      const target = await freshTarget(engine, scale);
      try {
        const env = { ...target.env, BENCH_SCALE: String(scale) };
        const seeded = (await runChild(['seed'], env)) as { rows: number; seconds: number; dbMB: number; rolledDays?: number; rollSeconds?: number };
        const rolled = seeded.rolledDays ? `, rolled up ${seeded.rolledDays} days in ${seeded.rollSeconds?.toFixed(0)} s` : '';
        console.error(`${engine} ${scale}×: seeded ${seeded.rows} rows in ${seeded.seconds.toFixed(0)} s${rolled} (${seeded.dbMB} MB)`);
        for (const group of OPERATION_GROUPS.filter((g) => !only || g.some((op) => only.includes(op)))) {
          const heap = (group as readonly string[]).includes('export-365-capped') ? CAPPED_HEAP_MB : undefined;
          // Groups that change nothing are measured `repeat` times, each in a fresh process; each figure is the median.
          const times = (group as readonly string[]).some((op) => MUTATING.has(op)) ? 1 : repeat;
          const runs: Measured[][] = [];
          for (let i = 0; i < times; i++) runs.push((await runChild(['ops', group.join(',')], env, heap)) as Measured[]);
          for (const m of medians(runs)) {
            rows.push({ engine, scale, ...m });
            console.error(`  ${m.operation}: ${m.ms} ms, +${m.extraMB} MB, stall ${m.maxStallMs} ms`);
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
