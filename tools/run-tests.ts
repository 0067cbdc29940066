/**
 * `npm test`: the type check and the in-process tests at the same time; either failing fails
 * the run. On two cores tsc fills the time the tests spend waiting on sockets and timers, which
 * nearly halves the wall time of running them one after the other. Arguments go to vitest
 * (`npm test -- tests/core`).
 */
import { spawn } from 'node:child_process';

/** Runs a command of node_modules/.bin (npm puts it on the PATH) and resolves with its exit code. */
function run(command: string, args: readonly string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
    child.on('error', () => resolve(1));
    child.on('close', (code) => resolve(code ?? 1));
  });
}

// Incremental: the type check keeps what it learnt in node_modules/.cache (never committed, gone
// with `npm ci`), so a run after a small change checks only what the change can affect; a
// cold run checks everything, as before.
const typecheckArgs = ['--noEmit', '--incremental', '--tsBuildInfoFile', 'node_modules/.cache/richtlijnenbot/typecheck.tsbuildinfo'];
const [typecheck, tests] = await Promise.all([run('tsc', typecheckArgs), run('vitest', ['run', '--project', 'unit', ...process.argv.slice(2)])]);
if (typecheck !== 0) process.stderr.write('npm test: the type check failed (tsc --noEmit --incremental)\n');
process.exitCode = typecheck || tests;
