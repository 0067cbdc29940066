import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runTerminalChat } from '../../../src/surfaces/terminal/terminal-chat.js';
import { testBot } from '../../support/bot.js';

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
