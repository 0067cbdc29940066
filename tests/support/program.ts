import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { main } from '../../src/main.js';

/** A stream that keeps what is written to it. */
function collector(): PassThrough & { text(): string } {
  const stream = new PassThrough();
  let text = '';
  stream.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
  return Object.assign(stream, { text: () => text });
}

/** An environment of its own: any free port and a fresh data folder, so that runs never collide. */
const baseEnv = (): Record<string, string> => ({ PORT: '0', DATA_DIR: mkdtempSync(join(tmpdir(), 'richtlijnenbot-run-')) });

export interface ProgramRun {
  /** Resolves with the exit code `main` returns. */
  exited: Promise<number>;
  stdout(): string;
  /** Standard error and the log lines, in order. */
  stderr(): string;
  /** What SIGTERM does to the process: the platforms stop, `exited` resolves. */
  terminate(): void;
  stdin: PassThrough;
  /** Resolves when standard output matches `pattern` (waits for the output itself, not for time). */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<string>;
}

/**
 * The program as `npm start` runs it, in this process: the same `main` with these arguments,
 * environment and standard streams, without the seconds a child process with tsx costs.
 */
export function startProgram(args: readonly string[], env: Record<string, string> = {}): ProgramRun {
  const stdin = new PassThrough();
  const stdout = collector();
  const stderr = collector();
  let terminate: (signal: string) => void = () => undefined;
  const stopRequested = () => new Promise<string>((resolve) => (terminate = resolve));
  const exited = main(args, { env: { ...baseEnv(), ...env }, stdin, stdout, stderr, logs: stderr, stopRequested });
  const waitForOutput = (pattern: RegExp, timeoutMs = 10_000) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        if (!pattern.test(stdout.text())) return;
        clearTimeout(timer);
        stdout.off('data', check);
        resolve(stdout.text());
      };
      const timer = setTimeout(() => {
        stdout.off('data', check);
        reject(new Error(`no ${pattern} in standard output: ${stdout.text()}`));
      }, timeoutMs);
      stdout.on('data', check);
      check();
    });
  return { exited, stdout: stdout.text, stderr: stderr.text, terminate: () => terminate('SIGTERM'), stdin, waitForOutput };
}

/** Runs the program with `input` on standard input until it exits. */
export async function runProgram(args: readonly string[], input: string, env: Record<string, string> = {}) {
  const run = startProgram(args, env);
  run.stdin.end(input);
  const code = await run.exited;
  return { code, stdout: run.stdout(), stderr: run.stderr() };
}
