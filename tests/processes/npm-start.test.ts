import { expect, it } from 'vitest';
import { runMain } from '../support/run-main.js';

// The real entry point as a child process (node --import tsx src/main.ts), as npm start and
// npm run cli run it: what the in-process tests in tests/main cannot show.

it('npm start answers a question piped to it and exits', async () => {
  const { code, stdout } = await runMain([], 'mag ik een foto van een collega posten?\n');
  expect(code).toBe(0);
  expect(stdout).toContain('Beeld-, auteurs- en citaatrecht');
}, 30_000);

it('npm run cli writes nothing but JSON on standard output', async () => {
  const { code, stdout } = await runMain(['cli', 'ask', '--jsonl'], '{"id":"q1","text":"mag ik dit posten?"}\n');
  expect(code).toBe(0);
  const lines = stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(lines).toEqual([{ id: 'q1', lang: 'nl', matches: expect.any(Array) }]);
  expect((lines[0]?.matches as Array<{ id: string }> | undefined)?.[0]?.id).toBe('regel-8');
}, 30_000);
