import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../../src/core/answer/answer.js';
import { answerEngine, topAnswer as top } from '../../support/bot.js';

let engine: AnswerEngine;
beforeAll(async () => {
  engine = await answerEngine();
});

describe('the answer engine', () => {
  it.each([
    ['Mag ik een foto van een collega op Instagram zetten?', 'tip-auteursrecht'],
    ['Wat moet ik doen als de reacties onder ons bericht uit de hand lopen?', 'regel-7'],
    ['Mag ik iets vertellen over de begroting die nog niet openbaar is?', 'regel-1'],
    ['Moet ik erbij zeggen dat het mijn persoonlijke mening is?', 'regel-4'],
    ['Ik ben directeur, mag ik mijn privémening op LinkedIn geven?', 'regel-5'],
    ['Mag ik dit posten?', 'regel-8'],
  ])('answers the Dutch question %j with %s, in Dutch', (question, id) => {
    const result = engine.answer(question);
    expect(top(result)).toBe(id);
    expect(result.lang).toBe('nl');
  });

  it.each([
    ['Can I post a photo of a colleague on Instagram?', 'tip-auteursrecht'],
    ['The comments under our post are turning into a flame war', 'regel-7'],
    ['Is it okay to share internal documents on LinkedIn?', 'regel-1'],
    ['Do I need to say my views are my own?', 'regel-4'],
    ['Can I delete a tweet with a mistake in it?', 'tip-niet-verwijderen'],
  ])('answers the English question %j with %s, in English', (question, id) => {
    const result = engine.answer(question);
    expect(top(result)).toBe(id);
    expect(result.lang).toBe('en');
  });

  it.each([
    ['Mag ik een foto van een colega posten?', 'tip-auteursrecht'],
    ['wat als een dicussie ontspoort', 'regel-7'],
    ['mag ik vertrouwlijke info delen?', 'regel-1'],
    ['can I share info about a competitorr?', 'regel-3'],
  ])('understands %j despite the typo', (question, id) => {
    expect(top(engine.answer(question))).toBe(id);
  });

  it.each(['wat is het wifi-wachtwoord?', 'Hoe boek ik een vergaderruimte?', 'When is the Christmas party?', 'wie is mijn leidinggevende?'])(
    'falls back instead of guessing for the off-topic %j',
    (question) => {
      expect(engine.answer(question)).toMatchObject({ kind: 'fallback', reason: 'off-topic' });
    },
  );

  // Each holds one of regel-8's phrases ("wie moet ik vragen") word for word: the gate weighs that,
  // and declines these all the same (a word-for-word phrase used to answer them with regel-8).
  it.each(['Wie moet ik vragen voor een nieuwe bureaustoel?', 'Wie moet ik vragen als mijn laptop niet opstart?'])(
    'falls back for the off-topic %j though it holds an item phrase word for word',
    (question) => {
      expect(engine.answer(question)).toMatchObject({ kind: 'fallback', reason: 'off-topic' });
    },
  );

  it.each(['asdf qwerty', '🙂🙂🙂'])('answers %j with no guideline (a fallback or a friendly hello)', (question) => {
    expect(['fallback', 'smalltalk']).toContain(engine.answer(question).kind);
  });

  it('falls back on an empty question', () => {
    expect(engine.answer('   ')).toMatchObject({ kind: 'fallback', reason: 'empty' });
  });

  it('returns at most five matches, best first, scores between 0 and 1', () => {
    const result = engine.answer('mag ik een foto van een klant delen op mijn blog als ik twijfel?');
    expect(result.kind).toBe('answer');
    if (result.kind !== 'answer') return;
    expect(result.matches.length).toBeLessThanOrEqual(5);
    const scores = result.matches.map((m) => m.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const s of scores) expect(s > 0 && s < 1).toBe(true);
  });

  it('lists the runners-up too when the best is far ahead: the right rule may be second', () => {
    // Swearing under a post: removing it (tip-niet-verwijderen) is the best answer, handling a derailing thread (regel-7) the next.
    const result = engine.answer('Iemand scheldt ons uit onder een bericht, mag ik dat weghalen?');
    expect(result.kind).toBe('answer');
    if (result.kind !== 'answer') return;
    expect(result.matches.map((m) => m.id).slice(0, 3)).toEqual(expect.arrayContaining(['tip-niet-verwijderen', 'regel-7']));
    expect(result.matches.length).toBeGreaterThanOrEqual(3);
  });

  it('answers a 40 000-character question without trouble', () => {
    const question = `mag ik een foto van een collega posten? ${'bla '.repeat(10_000)}`;
    expect(['answer', 'fallback']).toContain(engine.answer(question).kind);
  });
});
