import { describe, expect, it } from 'vitest';
import { cleanText, commandRefs, fillCommands, literal, unmaskLiteral } from '../../src/core/text.js';
import { plainToMrkdwn, plainTextSafe, richToMrkdwn } from '../../src/surfaces/slack/mrkdwn.js';
import { escapeCardText, plainCardText, richToCardText } from '../../src/surfaces/teams/card/card-text.js';
import { rich, stripRichText } from '../../src/core/reply-model.js';

const TROJAN = 'a\u202Eb\u2066c\u2069d\u200Fe\u061Cf\u0007g\u001B[31mh\u0085i\u2028j';

describe('cleanText', () => {
  it('removes control and bidirectional characters; every kind of line break becomes \\n', () => {
    expect(cleanText(TROJAN)).toBe('abcdefg[31mhi\nj');
    expect(cleanText('tab\there\r\nCR\rLF\n')).toBe('tab\there\nCR\nLF\n');
    expect(cleanText('👩‍💻 emoji stays whole')).toBe('👩‍💻 emoji stays whole');
  });

  it('runs on every surface: nothing of it reaches Slack, Teams or the terminal', () => {
    for (const out of [
      plainToMrkdwn(TROJAN),
      plainTextSafe(TROJAN),
      richToMrkdwn(rich(TROJAN)),
      escapeCardText(TROJAN),
      plainCardText(TROJAN),
      richToCardText(rich(TROJAN)),
    ]) {
      for (const char of ['\u202E', '\u2066', '\u2069', '\u200F', '\u061C', '\u0007', '\u001B', '\u0085', '\u2028']) expect(out).not.toContain(char);
    }
  });
});

describe('literal', () => {
  it('puts someone else’s text into the bot’s markdown so that nothing in it formats or names a command', () => {
    const name = literal('**Baas** _x_ [klik](https://evil.example) {cmd:escaleer}\nnog - iets');
    const text = rich(`${name} was je voor.`);
    expect(stripRichText(text)).toBe('**Baas** _x_ [klik](https://evil.example) {cmd:escaleer} nog - iets was je voor.');
    expect(commandRefs(text)).toEqual([]);
    expect(richToCardText(text)).toBe('\\*\\*Baas\\*\\* \\_x\\_ \\[klik\\]\\(https://evil.example) {cmd:escaleer} nog - iets was je voor.');
    expect(richToMrkdwn(text)).toBe('∗∗Baas∗∗ ˍxˍ [klik](https://evil.example) {cmd:escaleer} nog - iets was je voor.');
    expect(unmaskLiteral(name)).toBe('**Baas** _x_ [klik](https://evil.example) {cmd:escaleer} nog - iets');
  });
});

describe('command references', () => {
  it('are found and filled in by each surface its own way', () => {
    const text = 'Typ {cmd:check} of {cmd:dagtip uit}.';
    expect(commandRefs(text)).toEqual(['check', 'dagtip uit']);
    expect(fillCommands(text, (w) => `/socialmedia ${w}`)).toBe('Typ /socialmedia check of /socialmedia dagtip uit.');
    expect(richToMrkdwn(rich(text))).toBe('Typ `/socialmedia check` of `/socialmedia dagtip uit`.');
    expect(richToCardText(rich(text))).toBe('Typ **check** of **dagtip uit**.');
    expect(stripRichText(text)).toBe('Typ check of dagtip uit.');
  });
});
