import { describe, expect, it } from 'vitest';
import { toPlainText } from '../../src/core/reply-model.js';
import { Bot } from '../../src/core/bot.js';
import { createKnowledgeBase } from '../../src/core/knowledge/knowledge-base.js';
import { captureLogger, knowledgeData, message, testBot } from '../support/bot.js';

const COMMANDS = [
  'help',
  'regels',
  'rules',
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `regel ${n}`),
  ...[1, 4, 5].map((n) => `rule ${n}`),
  'disclaimer Jan',
  'lees kansen',
  'lees intranet',
  'read actief-mits',
  'lees waarom',
  'lees reikwijdte',
  'mag ik iets posten over mijn werkgever?',
  'Waarom hebben we deze richtlijnen?',
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

  it('puts the organisation’s article where Dutch wants one, and none in English', async () => {
    const bot = async (article: 'het' | 'de' | 'none') => {
      const kb = createKnowledgeBase(await knowledgeData(), { name: 'FNV', article });
      return new Bot({ kb, clock: { now: () => new Date('2026-11-24T09:00:00Z') }, random: () => 0, logger: captureLogger(), defaultLang: 'nl' });
    };
    const text = async (article: 'het' | 'de' | 'none', msg: string, lang?: 'en') =>
      toPlainText((await (await bot(article)).handle(message(msg, lang ? { lang } : {}))).reply);
    expect(await text('de', 'help')).toContain('de socialemediarichtlijnen van de FNV.');
    expect(await text('het', 'help')).toContain('van het FNV.');
    expect(await text('none', 'help')).toContain('de socialemediarichtlijnen van FNV.');
    expect(await text('de', 'regel 4')).toContain('Schrijf je buiten de kanalen van de FNV over iets wat met de FNV te maken kan hebben');
    expect(await text('de', 'disclaimer Jan')).toContain('officiële standpunten van de FNV.');
    expect(await text('de', 'help', 'en')).toContain('the social media guidelines of FNV.');
    expect(await text('de', 'regel 5')).toContain('FNV’er');
  });

  it('answers the default organisation, CNV, when none is configured', async () => {
    const { bot } = await testBot();
    expect(toPlainText((await bot.handle(message('regel 8'))).reply)).toContain('CNV');
  });
});
