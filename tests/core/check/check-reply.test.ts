import { describe, expect, it } from 'vitest';
import { toPlainText } from '../../../src/core/reply-model.js';
import { message, testBot } from '../../support/bot.js';

describe('the reply to a draft check', () => {
  it('is private and starts with the verdict', async () => {
    const { bot } = await testBot();
    const { reply } = await bot.handle(message('check Vertrouwelijk: de begroting wordt gekort.'));
    expect(reply.audience).toBe('asker');
    expect(reply.parts[0]).toMatchObject({ kind: 'verdict', verdict: 'rood' });
  });

  it('shows each finding with its rule, the quoted words and a fix', async () => {
    const { bot } = await testBot();
    const { reply } = await bot.handle(message('check Vertrouwelijk: de begroting wordt gekort.'));
    expect(reply.parts[1]).toMatchObject({ kind: 'finding', code: 'vertrouwelijk', excerpt: 'Vertrouwelijk', rule: { itemId: 'regel-1', label: 'Regel 1' } });
  });

  it('says "Twijfel je? Overleg met je leidinggevende" on rood, citing rule 8', async () => {
    const { bot } = await testBot();
    const { reply } = await bot.handle(message('check Bel Piet op 06-12345678'));
    expect(toPlainText(reply)).toContain('Twijfel je? Overleg met je leidinggevende');
    expect(reply.citations.map((c) => c.itemId)).toContain('regel-8');
  });

  it('offers a ready-to-copy improved version and the disclaimer', async () => {
    const { bot } = await testBot();
    const { reply } = await bot.handle(message('check Bij CNV zijn we blij met de nieuwe cao, want de lonen stijgen.'));
    expect(reply.parts).toContainEqual({
      kind: 'copy',
      label: 'Verbeterde versie om te kopiëren',
      text: 'Op persoonlijke titel: Bij CNV zijn we blij met de nieuwe cao, want de lonen stijgen.',
    });
    expect(reply.followUps).toContainEqual({ label: 'Disclaimer maken', command: 'disclaimer' });
  });

  it('tells a clean draft it is groen, in the draft’s language', async () => {
    const { bot } = await testBot();
    const { reply } = await bot.handle(message('check Had a lovely weekend at the beach with my family.'));
    expect(reply.lang).toBe('en');
    expect(reply.parts[0]).toMatchObject({ kind: 'verdict', verdict: 'groen' });
  });

  it('checks the draft after "mag ik dit posten?"', async () => {
    const { bot } = await testBot();
    const { reply } = await bot.handle(message('/socialmedia mag ik dit posten? WAT EEN SCHANDE!!!!'));
    expect(reply.parts[0]).toMatchObject({ kind: 'verdict', verdict: 'oranje' });
  });

  it('answers "mag ik dit posten?" alone with rule 8 and how to paste a draft', async () => {
    const { bot } = await testBot();
    const { reply } = await bot.handle(message('/socialmedia mag ik dit posten?'));
    expect(reply.citations[0]?.itemId).toBe('regel-8');
    expect(toPlainText(reply)).toContain('Typ check met je tekst erachter');
  });

  it('explains how to use check when the draft is empty', async () => {
    const { bot } = await testBot();
    const { reply } = await bot.handle(message('check'));
    expect(toPlainText(reply)).toContain('Zet je concept achter check');
  });

  it('never logs the draft, only the verdict, the codes and the length', async () => {
    const { bot, logger } = await testBot();
    const draft = 'Vertrouwelijk: Pietje Puk van Transportbedrijf Zwaluw, 06-12345678, heeft kanker.';
    await bot.handle(message(`check ${draft}`));
    await bot.handle(message(`mag ik dit posten? ${draft}`));
    const logged = JSON.stringify(logger.lines);
    for (const word of ['Pietje', 'Zwaluw', '12345678', 'kanker', 'Vertrouwelijk']) expect(logged).not.toContain(word);
    expect(logger.lines).toContainEqual(expect.objectContaining({ event: 'check.done', verdict: 'rood', chars: draft.length }));
  });
});
