import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/surfaces/terminal/cli.js';
import { testBot } from '../../support/bot.js';
import { runProgram } from '../../support/program.js';

async function cli(args: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  const { bot } = await testBot();
  const io = { stdin: new PassThrough(), stdout: new PassThrough(), stderr: new PassThrough() };
  let stdout = '';
  let stderr = '';
  io.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  io.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  io.stdin.end(stdin);
  const code = await runCli(args, bot, io);
  return { code, stdout, stderr };
}

const lines = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('cli ask --jsonl (CONTRACT §3)', () => {
  it('writes one JSON line per input line, in input order', async () => {
    const input = [
      '{"id":"a","text":"regel 7 ontsporen discussie"}',
      '{"id":"b","text":"wat eten we vanavond?"}',
      '{"id":3,"text":"Can I post a photo of a colleague?"}',
    ].join('\n');
    const { code, stdout } = await cli(['ask', '--jsonl'], `${input}\n`);
    expect(code).toBe(0);
    const out = lines(stdout);
    expect(out.map((o) => o.id)).toEqual(['a', 'b', 3]);
    expect((out[0]?.matches as Array<{ id: string }> | undefined)?.[0]?.id).toBe('regel-7');
    expect(out[1]?.matches).toEqual([]);
    expect((out[2]?.matches as Array<{ id: string }> | undefined)?.[0]?.id).toBe('tip-auteursrecht');
  });

  it('answers a line that is not JSON with an error and goes on', async () => {
    const { stdout } = await cli(['ask', '--jsonl'], 'not json\n{"id":"x"}\n{"id":"y","text":"mag ik dit posten?"}\n');
    const out = lines(stdout);
    expect(out[0]).toMatchObject({ id: null, error: expect.any(String) });
    expect(out[1]).toMatchObject({ id: 'x', error: expect.stringContaining('text') });
    expect(out[2]).toMatchObject({ id: 'y', matches: expect.any(Array) });
    expect((out[2]?.matches as Array<{ id: string }> | undefined)?.[0]?.id).toBe('regel-8');
  });

  it('answers a question in words for people', async () => {
    const { code, stdout } = await cli(['ask', 'mag', 'ik', 'dit', 'posten?']);
    expect(code).toBe(0);
    expect(stdout).toContain('Regel 8');
  });

  it('prints the usage for an unknown mode and exits 2', async () => {
    const { code, stderr } = await cli(['vraag']);
    expect(code).toBe(2);
    expect(stderr).toContain('npm run cli -- ask');
  });

  it('writes nothing but JSON on standard output', async () => {
    const { code, stdout } = await runProgram(['cli', 'ask', '--jsonl'], '{"id":"q1","text":"mag ik dit posten?"}\n');
    expect(code).toBe(0);
    const out = lines(stdout);
    expect(out).toEqual([{ id: 'q1', lang: 'nl', matches: expect.any(Array) }]);
    expect((out[0]?.matches as Array<{ id: string }> | undefined)?.[0]?.id).toBe('regel-8');
  });
});
