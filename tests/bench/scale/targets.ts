/** Where a scale bench step runs: a fresh, kept or copied database, and the child process that works on it. */
import { spawn } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pgQuery } from '../../support/db.js';

export type Engine = 'sqlite' | 'postgres';

/** What seeding a database reported (kept beside a kept database). */
export interface Seeded {
  rows: number;
  seconds: number;
  dbMB: number;
  rolledDays?: number;
  rollSeconds?: number;
}

export function runChild(args: string[], env: Record<string, string>, heapMB = 12_288): Promise<unknown> {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', `--max-old-space-size=${heapMB}`, '--import', 'tsx', resolve(import.meta.dirname, 'child.ts'), ...args],
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

export interface Target {
  env: Record<string, string>;
  drop(): Promise<void>;
}

function pgUrl(name: string): string {
  const url = new URL(process.env.DATABASE_URL as string);
  url.pathname = `/${name}`;
  return url.href;
}

/** A fresh place for one engine and scale: a temporary folder, or a new PostgreSQL database. */
export async function freshTarget(engine: Engine, scale: number): Promise<Target> {
  if (engine === 'sqlite') {
    const dir = await mkdtemp(join(tmpdir(), `richtlijnenbot-scale-${scale}x-`));
    return { env: { BENCH_DATA_DIR: dir, BENCH_DATABASE_URL: '' }, drop: () => rm(dir, { recursive: true, force: true }) };
  }
  const admin = process.env.DATABASE_URL as string;
  const name = `richtlijnenbot_scale_${scale}x`;
  await pgQuery(admin, `DROP DATABASE IF EXISTS ${name}`);
  await pgQuery(admin, `CREATE DATABASE ${name}`);
  return {
    env: { BENCH_DATA_DIR: '', BENCH_DATABASE_URL: pgUrl(name) },
    drop: async () => {
      await pgQuery(admin, `DROP DATABASE IF EXISTS ${name}`);
    },
  };
}

/** `--keep DIR`: the seeded database that stays, and where its seeding result is noted (undefined until seeded). */
export async function keptTarget(engine: Engine, scale: number, dir: string): Promise<{ target: Target; note: string; seeded?: Seeded }> {
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
export async function copyOf(engine: Engine, scale: number, kept: Target): Promise<Target> {
  if (engine === 'sqlite') {
    const dir = await mkdtemp(join(tmpdir(), `richtlijnenbot-scale-${scale}x-copy-`));
    await copyFile(join(kept.env.BENCH_DATA_DIR as string, 'richtlijnenbot.sqlite'), join(dir, 'richtlijnenbot.sqlite'));
    return { env: { BENCH_DATA_DIR: dir, BENCH_DATABASE_URL: '' }, drop: () => rm(dir, { recursive: true, force: true }) };
  }
  const admin = process.env.DATABASE_URL as string;
  const name = `richtlijnenbot_scale_${scale}x_copy`;
  await pgQuery(admin, `DROP DATABASE IF EXISTS ${name}`);
  await pgQuery(admin, `CREATE DATABASE ${name} TEMPLATE richtlijnenbot_scale_${scale}x_kept`);
  return {
    env: { BENCH_DATA_DIR: '', BENCH_DATABASE_URL: pgUrl(name) },
    drop: async () => {
      await pgQuery(admin, `DROP DATABASE IF EXISTS ${name}`);
    },
  };
}
