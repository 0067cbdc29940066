import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runTerminalChat } from '../../../src/surfaces/terminal/terminal-chat.js';
import { testBot } from '../../support/bot.js';
import { runMain } from '../../support/run-main.js';

async function chat(lines: string): Promise<string> {
  const { bot } = await testBot();
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
  input.end(lines);
  await runTerminalChat({ bot, input, output, orgName: 'CNV', lang: 'nl', interactive: false });
  return text;
}

describe('the terminal chat', () => {
  it('starts with one line on how to connect Slack or Teams', async () => {
    const first = (await chat('')).split('\n')[0];
    expect(first).toMatch(/Slack of Teams koppelen/);
  });

  it('answers every line, with or without /socialmedia, and ends with the input', async () => {
    const text = await chat('/socialmedia regel 7\nregel 3\n\nhelp\n');
    expect(text).toContain('Regel 7: ');
    expect(text).toContain('Regel 3: ');
    expect(text).toContain('Richtlijnenbot: zo werkt het');
  });

  it('prints readable text: no markdown stars, the rule cited, follow-ups to type', async () => {
    const text = await chat('mag ik een foto van een collega posten?\n');
    expect(text).not.toMatch(/\*\*/);
    expect(text).toContain('(Bedenk dat… (auteursrecht))');
    expect(text).toMatch(/→ .+ \(typ: .+\)/);
  });
});

describe('npm start without credentials', () => {
  it('prints rule 8 for "/socialmedia mag ik dit posten?" on standard input and exits', async () => {
    const { code, stdout } = await runMain([], '/socialmedia mag ik dit posten?\n');
    expect(code).toBe(0);
    expect(stdout).toContain('Regel 8: Bij twijfel, overleg');
    expect(stdout).toContain('Overleg dan met je leidinggevende');
  }, 20_000);

  it('stops with the variable and the fix when the configuration is wrong', async () => {
    const { code, stderr, stdout } = await runMain([], '', { DEFAULT_LANG: 'fr', LOG_LEVEL: 'loud' });
    expect(code).toBe(1);
    expect(stderr).toContain('DEFAULT_LANG="fr" is not valid: use one of nl, en');
    expect(stderr).toContain('LOG_LEVEL="loud" is not valid');
    expect(stdout).toBe('');
  }, 20_000);

  it('stops with the file and the field when the knowledge is broken', async () => {
    const { code, stderr } = await runMain([], '', { KNOWLEDGE_DIR: 'tests/fixtures/no-such-knowledge' });
    expect(code).toBe(1);
    expect(stderr).toContain('no-such-knowledge has no items/ folder');
  }, 20_000);
});
