import { describe, expect, it } from 'vitest';
import { toPlainText } from '../../src/core/reply-model.js';
import { message, testBot } from '../support/bot.js';

describe('the bot', () => {
  it('answers a question with the rule cited and helpful-or-not feedback, fit to share', async () => {
    const { bot } = await testBot();
    const { reply, effects } = await bot.handle(message('/socialmedia mag ik dit posten?'));
    expect(reply.citations).toEqual([{ itemId: 'regel-8', label: 'Regel 8' }]);
    expect(reply.audience).toBe('conversation');
    expect(reply.feedbackFor).toBe('regel-8');
    expect(toPlainText(reply)).toContain('leidinggevende');
    expect(effects).toEqual([]);
  });

  it('says which command it handled, so that adapters keep draft checks private', async () => {
    const { bot } = await testBot();
    expect((await bot.handle(message('check hallo'))).command).toBe('check');
    expect((await bot.handle(message('check hallo'))).reply.audience).toBe('asker');
    expect((await bot.handle(message('regel 7'))).command).toBe('rule');
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

  it('falls back to rule 8 for an off-topic question, without citing a random rule', async () => {
    const { bot } = await testBot();
    const { reply } = await bot.handle(message('wat is het wifi-wachtwoord?'));
    expect(reply.title).toBe('Daar heb ik geen regel voor');
    expect(reply.citations.map((c) => c.itemId)).toEqual(['regel-8']);
    expect(reply.feedbackFor).toBeUndefined();
    expect(toPlainText(reply)).toMatch(/leidinggevende/);
  });

  it('shows the help on empty input', async () => {
    const { bot } = await testBot();
    const { reply } = await bot.handle(message('/socialmedia'));
    expect(reply.title).toBe('Richtlijnenbot: zo werkt het');
    expect(toPlainText(reply)).toMatch(/check/);
  });

  it('shows rule 7 in full: answer, source text and citation', async () => {
    const { bot } = await testBot();
    const { reply } = await bot.handle(message('regel 7'));
    expect(reply.title).toMatch(/^Regel 7: /);
    expect(reply.parts.find((p) => p.kind === 'quote')).toMatchObject({ text: expect.stringContaining('dreigt te ontsporen') });
  });

  it('explains that a rule does not exist and which ones do', async () => {
    const { bot } = await testBot();
    const { reply } = await bot.handle(message('regel 12'));
    expect(toPlainText(reply)).toContain('Regel 12 bestaat niet. De richtlijnen hebben de regels 1-8.');
  });

  it('lists the rules in order', async () => {
    const { bot } = await testBot();
    const text = toPlainText((await bot.handle(message('rules'))).reply);
    const positions = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => text.indexOf(`Rule ${n}`));
    expect(positions.every((p, i) => p >= 0 && (i === 0 || p > (positions[i - 1] as number)))).toBe(true);
  });

  it('gives a tip privately, citing the rule it comes from, another one as the random number changes', async () => {
    const first = (await (await testBot({ random: () => 0 })).bot.handle(message('tip'))).reply;
    const last = (await (await testBot({ random: () => 0.99 })).bot.handle(message('tip'))).reply;
    expect(first.audience).toBe('asker');
    expect(first.citations[0]?.itemId).toMatch(/^(tip-|regel-)/);
    expect(first.followUps[0]).toMatchObject({ label: 'Meer over deze regel' });
    expect(first.citations[0]?.itemId).not.toBe(last.citations[0]?.itemId);
  });

  it('fills in the blog disclaimer with this year, the name and the organisation', async () => {
    const { bot } = await testBot({ year: 2027, orgName: 'Acme' });
    const { reply } = await bot.handle(message('disclaimer Jan de Vries'));
    const copy = reply.parts.find((p) => p.kind === 'copy');
    expect(copy).toMatchObject({
      text:
        '© 2027 Jan de Vries. De standpunten en meningen op deze website zijn de persoonlijke mening van ' +
        'Jan de Vries en staan los van eventuele officiële standpunten van Acme. Jan de Vries is niet ' +
        'verantwoordelijk voor de inhoud van uitlatingen en reacties van derden op de hier gepubliceerde stukken.',
    });
  });

  it('leaves a placeholder in the disclaimer when no name is given, and says how to add it', async () => {
    const { bot } = await testBot();
    const { reply } = await bot.handle(message('disclaimer'));
    expect(toPlainText(reply)).toContain('© 2026 (je naam).');
    expect(toPlainText(reply)).toContain('disclaimer <je naam>');
  });

  it('keeps markup out of the name in the disclaimer', async () => {
    const { bot } = await testBot();
    const { reply } = await bot.handle(message('disclaimer <!channel> *Jan*'));
    const copy = reply.parts.find((p) => p.kind === 'copy');
    expect(copy && 'text' in copy ? copy.text : '').toMatch(/^© 2026 !channel Jan\./);
  });

  it('says escalating is not available yet, pointing to rule 7', async () => {
    const { bot } = await testBot();
    const { reply } = await bot.handle(message('escaleer https://x.com/1 loopt uit de hand'));
    expect(toPlainText(reply)).toMatch(/regel 7/);
  });

  it('reads only the start of a 40 000-character question and says so', async () => {
    const { bot } = await testBot();
    const { reply } = await bot.handle(message(`mag ik een foto van een collega posten? ${'x'.repeat(40_000)}`));
    expect(toPlainText(reply)).toContain('Ik heb alleen de eerste 1000 tekens gelezen.');
  });

  it('never logs the text of a message', async () => {
    const { bot, logger } = await testBot();
    await bot.handle(message('mag ik een foto van Pietje Puk posten?'));
    expect(JSON.stringify(logger.lines)).not.toContain('Pietje');
  });
});
