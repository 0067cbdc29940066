import { describe, expect, it } from 'vitest';
import { runProgram } from '../../support/program.js';

const lines = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('cli check --jsonl (CONTRACT §3)', () => {
  it('writes the verdict and findings with code, rule, severity, message and span, one line each', async () => {
    const input = ['{"id":"d1","text":"Vertrouwelijk: de begroting wordt gekort."}', 'kapot', '{"id":"d2","text":"Lekker weekend gehad in Zeeland."}'].join(
      '\n',
    );
    const { code, stdout } = await runProgram(['cli', 'check', '--jsonl'], `${input}\n`);
    expect(code).toBe(0);
    const [d1, broken, d2] = lines(stdout);
    expect(d1).toMatchObject({
      id: 'd1',
      verdict: 'rood',
      findings: [{ code: 'vertrouwelijk', rule: 'regel-1', severity: 'rood', message: expect.any(String), span: [0, 13] }],
    });
    expect(broken).toMatchObject({ id: null, error: expect.any(String) });
    expect(d2).toEqual({ id: 'd2', verdict: 'groen', findings: [] });
  });

  it('keeps drafts out of the logs, even at debug level', async () => {
    const { stderr, stdout } = await runProgram(['cli', 'check', '--jsonl'], '{"id":"d1","text":"Geheim plan van Pietje Puk"}\n', { LOG_LEVEL: 'trace' });
    expect(stdout).toContain('"d1"');
    expect(stderr).not.toContain('Pietje');
  });

  it('checks a draft in words for people', async () => {
    const { code, stdout } = await runProgram(['cli', 'check', 'WAT EEN SCHANDE!!!!'], '');
    expect(code).toBe(0);
    expect(stdout).toContain('🟠 Oranje:');
    expect(stdout).toContain('Wat een schande!');
  });
});
