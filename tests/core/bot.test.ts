import { describe, expect, it } from 'vitest';
import { Bot } from '../../src/core/bot.js';
import type { Signals } from '../../src/core/ports.js';
import { toPlainText } from '../../src/core/reply-model.js';
import { captureLogger, knowledgeBase, message, testBot } from '../support/bot.js';

/** Signals kept in memory, or a store that fails every write. */
function signalStore(failing = false): Signals & { kept: unknown[] } {
  const kept: unknown[] = [];
  const write = async (signal: unknown) => {
    if (failing) throw new Error('database is gone');
    kept.push(signal);
  };
  return { kept, question: write, check: write };
}

async function botWith(signals: Signals) {
  const logger = captureLogger();
  const bot = new Bot({
    kb: await knowledgeBase(),
    clock: { now: () => new Date('2026-11-24T09:00:00Z') },
    random: () => 0,
    logger,
    defaultLang: 'nl',
    signals,
  });
  return { bot, logger };
}

describe('the bot', () => {
  it('routes a message to its handler and returns the reply without effects', async () => {
    const { bot } = await testBot();
    const { reply, effects } = await bot.handle(message('/socialmedia mag ik dit posten?'));
    expect(reply.citations).toEqual([{ itemId: 'regel-8', label: 'Regel 8' }]);
    expect(toPlainText(reply)).toContain('leidinggevende');
    expect(effects).toEqual([]);
  });

  it('marks what may be shared and keeps draft checks private, so that surfaces need not know commands', async () => {
    const { bot } = await testBot();
    const check = (await bot.handle(message('check hallo'))).reply;
    expect(check.audience).toBe('asker');
    expect(check.shareable).toBeUndefined();
    expect((await bot.handle(message('/socialmedia regel 7'))).reply.shareable).toEqual({ kind: 'rule', id: 'regel-7', lang: 'nl' });
  });

  it('answers in English when asked in English, even for a Dutch-speaking default', async () => {
    const { bot } = await testBot({ defaultLang: 'nl' });
    const { reply } = await bot.handle(message('Can I share a screenshot of a Teams chat with my manager?'));
    expect(reply.lang).toBe('en');
    expect(reply.citations[0]).toEqual({ itemId: 'regel-1', label: 'Rule 1' });
  });

  it('uses the platform language when the text does not give one away', async () => {
    const { bot } = await testBot();
    const { reply } = await bot.handle(message('regels', { lang: 'en' }));
    expect(reply.lang).toBe('nl'); // "regels" is Dutch: the command word wins
    const help = await bot.handle(message('help', { lang: 'en' }));
    expect(help.reply.lang).toBe('en');
  });

  it('records what the owners learn from a question and a check, after answering', async () => {
    const signals = signalStore();
    const { bot } = await botWith(signals);
    await bot.handle(message('mag ik een foto van een collega posten?', { platform: 'slack' }));
    await bot.handle(message('check WAT EEN SCHANDE!!!!', { platform: 'slack' }));
    expect(signals.kept).toEqual([
      expect.objectContaining({ kind: 'question', itemId: 'tip-auteursrecht' }),
      expect.objectContaining({ kind: 'check', verdict: 'oranje' }),
    ]);
  });

  it('still answers when the signals cannot be written, and says so in the log', async () => {
    const { bot, logger } = await botWith(signalStore(true));
    const { reply } = await bot.handle(message('mag ik een foto van een collega posten?', { platform: 'slack' }));
    expect(reply.citations[0]?.itemId).toBe('tip-auteursrecht');
    expect(logger.lines).toContainEqual(expect.objectContaining({ level: 'warn', event: 'signals.error' }));
  });

  it('never logs the text of a message', async () => {
    const { bot, logger } = await testBot();
    await bot.handle(message('mag ik een foto van Pietje Puk posten?'));
    await bot.handle(message('check Pietje Puk is ziek'));
    expect(JSON.stringify(logger.lines)).not.toContain('Pietje');
  });
});
