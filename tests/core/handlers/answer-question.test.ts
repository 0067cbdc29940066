import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/handlers/answer-question.js';
import { toPlainText } from '../../../src/core/reply-model.js';
import { handlerContext } from '../../support/handlers.js';

const ask = async (text: string, platform: 'terminal' | 'cli' | 'slack' = 'slack', asksToPost = false) =>
  answerQuestion({ kind: 'question', text, ...(asksToPost ? { asksToPost } : {}) }, await handlerContext(text, { inbound: { platform } }));

describe('answering a question', () => {
  it('answers with the rule cited and helpful-or-not feedback, fit to share', async () => {
    const { reply } = await ask('mag ik een foto van een collega posten?');
    expect(reply.citations[0]?.itemId).toBe('tip-auteursrecht');
    expect(reply.audience).toBe('conversation');
    expect(reply.feedbackFor).toBe('tip-auteursrecht');
    expect(reply.shareable).toEqual({ kind: 'answer', id: 'tip-auteursrecht', lang: 'nl' });
  });

  it('falls back to rule 8 for an off-topic question, without citing a random rule', async () => {
    const { reply } = await ask('wat is het wifi-wachtwoord?');
    expect(reply.title).toBe('Daar heb ik geen regel voor');
    expect(reply.citations.map((c) => c.itemId)).toEqual(['regel-8']);
    expect(reply.feedbackFor).toBeUndefined();
    expect(toPlainText(reply)).toMatch(/leidinggevende/);
    expect(reply.shareable).toBeUndefined(); // no guideline content to share, and never the question
  });

  it('says how to ask for a check when "mag ik dit posten?" comes without a draft', async () => {
    const { reply } = await ask('mag ik dit posten?', 'slack', true);
    expect(toPlainText(reply)).toContain('Wil je dat ik je bericht nakijk?');
  });

  it('reads only the start of a 40 000-character question and says so', async () => {
    const { reply } = await ask(`mag ik een foto van een collega posten? ${'x'.repeat(40_000)}`);
    expect(toPlainText(reply)).toContain('Ik heb alleen de eerste 1000 tekens gelezen.');
  });

  it('gives the owners the item that answered, and an unanswered question only masked', async () => {
    expect((await ask('mag ik een foto van een collega posten?')).signals).toEqual([
      expect.objectContaining({ kind: 'question', platform: 'slack', itemId: 'tip-auteursrecht', maskedText: undefined }),
    ]);
    const [unanswered] = (await ask('wat is het wifi-wachtwoord? bel 06-12345678')).signals ?? [];
    expect(unanswered).toMatchObject({ kind: 'question', itemId: undefined });
    expect(JSON.stringify(unanswered)).not.toContain('06-12345678');
  });

  it('gives no signal for the command line, which is for tools and evaluation', async () => {
    expect((await ask('mag ik een foto van een collega posten?', 'cli')).signals).toEqual([]);
  });
});
