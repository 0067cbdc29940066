import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runTerminalChat } from '../../../src/surfaces/terminal/terminal-chat.js';
import { testBot } from '../../support/bot.js';

/** The chat over a pipe: what it writes to standard output and to standard error. */
async function chat(lines: string, options: { color?: boolean } = {}): Promise<{ out: string; err: string }> {
  const { bot } = await testBot();
  const input = new PassThrough();
  const output = new PassThrough();
  const banner = new PassThrough();
  let out = '';
  let err = '';
  output.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  banner.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  input.end(lines);
  await runTerminalChat({ bot, input, output, banner, orgName: 'het CNV', lang: 'nl', interactive: false, emulatorUrl: 'http://127.0.0.1:3978', ...options });
  return { out, err };
}

describe('the terminal chat', () => {
  it('writes its banner to standard error, at most two lines, so a pipe gets the answers only', async () => {
    const { out, err } = await chat('');
    const lines = err.trimEnd().split('\n');
    expect(lines.length).toBeLessThanOrEqual(2);
    expect(lines[0]).toMatch(/^Richtlijnenbot voor het CNV/);
    expect(lines[0]).toMatch(/Slack of Teams koppelen/);
    expect(out).toBe('');
  });

  it('shows each question before its answer when it reads a pipe', async () => {
    const { out } = await chat('/socialmedia regel 7\nregel 3\n\nhelp\n');
    const q7 = out.indexOf('> /socialmedia regel 7');
    const a7 = out.indexOf('Regel 7: ');
    const q3 = out.indexOf('> regel 3');
    const a3 = out.indexOf('Regel 3: ');
    const help = out.indexOf('Richtlijnenbot: zo werkt het');
    expect([q7, a7, q3, a3, help].every((i) => i >= 0)).toBe(true);
    expect(q7 < a7 && a7 < q3 && q3 < a3 && a3 < help).toBe(true);
    expect(out.startsWith('> /socialmedia regel 7\n')).toBe(true);
  });

  it('prints readable text: no markdown, no backticks, no /socialmedia, the rule cited once, follow-ups to type', async () => {
    const { out } = await chat('mag ik een foto van een collega posten?\nregel 7\nhelp\ntip\n');
    expect(out).not.toMatch(/\*\*|`|\/socialmedia|\{cmd:/);
    expect(out).toContain('(Uit de richtlijnen: Bedenk dat… (auteursrecht))');
    expect(out.match(/Bedenk dat… \(auteursrecht\)/g)).toHaveLength(1);
    expect(out).toContain('Met escaleer meld je het direct.');
    expect(out).toContain('- check <je concept>: ik kijk je bericht na');
    expect(out).toMatch(/→ Meer over omgangsvormen \(typ: lees tip-omgangsvormen\)/);
  });

  it('ends when a line says exit, quit or stoppen, as Ctrl+D does, and answers nothing after it', async () => {
    for (const word of ['exit', 'Quit', ' stoppen ']) {
      const { out } = await chat(`regel 7\n${word}\nregel 3\n`);
      expect(out, word).toContain('Regel 7: ');
      expect(out, word).not.toContain('Regel 3: ');
      expect(out, word).not.toContain('Daar heb ik geen regel voor');
    }
    // Only the word alone: in a sentence it is a question like any other.
    expect((await chat('mag ik stoppen met posten over mijn werk?\n')).out).toContain('> mag ik stoppen met posten over mijn werk?');
  });

  it('uses colours only when asked (a terminal), never in a pipe', async () => {
    expect((await chat('check Wat een idioot\n')).out).not.toContain('\u001B[');
    expect((await chat('check Wat een idioot\n', { color: true })).out).toContain('\u001B[31m🔴 Rood:');
  });

  it('lets nothing anyone typed move the cursor or reorder the text', async () => {
    const { out } = await chat('check Hallo \u001B[2J\u001B[31mrood \u202Eesrever\u202C daar\n');
    for (const char of ['\u001B', '\u202E', '\u202C']) expect(out).not.toContain(char);
    expect(out).toContain('> check Hallo [2J[31mrood esrever daar');
  });
});
