import { spawn, type ChildProcess } from 'node:child_process';
import { ROOT } from './files.js';

/** `npm start` as a child process, for tests of the whole program; its output is collected. */
export interface SpawnedBot {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

export function spawnBot(env: Record<string, string>): SpawnedBot {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', LOG_FORMAT: 'json', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (c: string) => (output += c));
  child.stderr?.setEncoding('utf8').on('data', (c: string) => (output += c));
  const exited = new Promise<number | null>((r) => child.on('close', (code) => r(code)));
  return { child, output: () => output, exited };
}

/**
 * Polls `url` until it answers 200, or fails after `timeoutMs`, or at once when `alive` (the
 * process that should answer) says it is gone. Returns how long it took.
 */
export async function waitForHealthy(url: string, timeoutMs = 30_000, alive: () => boolean = () => true): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (!alive()) throw new Error(`the process that should answer ${url} has exited`);
    try {
      const res = await fetch(url);
      if (res.status === 200) return Date.now() - started;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > timeoutMs) throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A free port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolvePort) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

/** Resolves at the process's next output of any kind (the chat, or the log on standard error), or when it closes. */
const nextAnyOutput = (bot: SpawnedBot) =>
  new Promise((resolve) => {
    const done = () => {
      bot.child.stdout?.off('data', done).off('close', done);
      bot.child.stderr?.off('data', done);
      resolve(undefined);
    };
    bot.child.stdout?.once('data', done).once('close', done);
    bot.child.stderr?.once('data', done);
  });

/**
 * Waits, output by output, until the process's output shows `expected`; fails after `timeoutMs`.
 * For a log line: the log (standard error) and the chat or an HTTP answer travel on different
 * pipes, so a line written before an answer may be read after it.
 */
export async function untilOutput(bot: SpawnedBot, expected: RegExp, timeoutMs: number): Promise<void> {
  const startedAt = Date.now();
  while (!expected.test(bot.output())) {
    const left = timeoutMs - (Date.now() - startedAt);
    if (left <= 0) throw new Error(`no ${expected} within ${timeoutMs} ms:\n${bot.output().slice(-4000)}`);
    // The deadline bounds the wait when nothing more is printed.
    let deadline: NodeJS.Timeout | undefined;
    await Promise.race([nextAnyOutput(bot), new Promise((resolve) => (deadline = setTimeout(resolve, left)))]);
    clearTimeout(deadline);
  }
}
