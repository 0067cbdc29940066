import { describe, expect, it } from 'vitest';
import { toPlainText } from '../../src/core/reply-model.js';
import { message, testBot } from '../support/bot.js';

const COMMANDS = [
  'help', 'regels', 'rules', ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `regel ${n}`), ...[1, 4, 5].map((n) => `rule ${n}`),
  'disclaimer Jan', 'lees kansen', 'lees intranet', 'read actief-mits', 'lees waarom', 'lees reikwijdte',
  'mag ik iets posten over mijn werkgever?', 'Waarom hebben we deze richtlijnen?',
];

describe('ORG_NAME', () => {
  it.each(COMMANDS)('replaces the organisation everywhere in the reply to %j', async (text) => {
    const { bot } = await testBot({ orgName: 'Gemeente Zuidhaven' });
    const plain = toPlainText((await bot.handle(message(text))).reply);
    expect(plain).not.toMatch(/\bCNV\b/);
    expect(plain).not.toContain('{org}');
  });

  it('shows the configured name where the guidelines name the organisation', async () => {
    const { bot } = await testBot({ orgName: 'Gemeente Zuidhaven' });
    const plain = toPlainText((await bot.handle(message('regel 4'))).reply);
    expect(plain).toContain('Gemeente Zuidhaven');
  });

  it('answers the default organisation, CNV, when none is configured', async () => {
    const { bot } = await testBot();
    expect(toPlainText((await bot.handle(message('regel 8'))).reply)).toContain('CNV');
  });
});
