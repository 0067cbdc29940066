import { describe, expect, it } from 'vitest';
import { asksForDonts } from '../../../src/core/answer/conversation-replies.js';
import { toPlainText } from '../../../src/core/reply-model.js';
import { message, testBot } from '../../support/bot.js';

describe('small talk', () => {
  it.each([
    ['hoi', 'nl', 'Ik ben Richtlijnenbot'],
    ['Wie ben jij?', 'nl', 'Ik ben Richtlijnenbot'],
    ['wat kun je allemaal?', 'nl', 'Ik ben Richtlijnenbot'],
    ['bedankt!', 'nl', 'Graag gedaan'],
    ['Hello there!', 'en', 'I am Richtlijnenbot'],
    ['What can you do?', 'en', 'I am Richtlijnenbot'],
    ['thanks a lot', 'en', 'You are welcome'],
  ])('answers %j kindly in its own language, not with the rule-8 fallback', async (text, lang, expected) => {
    const { bot } = await testBot();
    const { reply } = await bot.handle(message(text));
    expect(reply.lang).toBe(lang);
    expect(toPlainText(reply)).toContain(expected);
    expect(reply.citations.map((c) => c.itemId)).not.toContain('regel-8');
  });

  it('gives no guideline on the command line', async () => {
    const { bot } = await testBot();
    expect(bot.engine.answer('hoi').kind).toBe('smalltalk');
  });
});

describe('"wat mag ik niet posten?"', () => {
  it.each(['wat mag ik niet posten?', 'Wat mag je eigenlijk niet delen op social media?', "what can't I post?", 'What am I not allowed to share?'])(
    'is read as a question for the don’ts: %j',
    (text) => {
      expect(asksForDonts(text)).toBe(true);
    },
  );

  it.each(['Wat mag ik niet zeggen over een klant?', 'mag ik een foto van een collega posten?', 'What can I post about my work?'])(
    'is not read into %j',
    (text) => {
      expect(asksForDonts(text)).toBe(false);
    },
  );

  it('gets an overview of the don’ts, each with its rule', async () => {
    const { bot } = await testBot();
    const { reply } = await bot.handle(message('wat mag ik niet posten?'));
    const text = toPlainText(reply);
    expect(text).toContain(
      'Vertrouwelijke, interne of nog niet openbare informatie delen, ook wachtwoorden, codes en zwakke plekken in de beveiliging (Regel 1)',
    );
    expect(text).toContain('Regel 4');
    expect(reply.citations.map((c) => c.itemId)).toEqual(expect.arrayContaining(['regel-1', 'regel-4', 'tip-omgangsvormen', 'tip-auteursrecht']));
  });

  it('in English too', async () => {
    const { bot } = await testBot();
    const { reply } = await bot.handle(message("what can't I post?"));
    expect(reply.lang).toBe('en');
    expect(toPlainText(reply)).toContain('Rule 1');
  });
});
