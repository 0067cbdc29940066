import { beforeAll, describe, expect, it } from 'vitest';
import { AnswerEngine, type AnswerResult } from '../../../src/core/answer/answer.js';
import { knowledgeBase, learnedModels } from '../../support/bot.js';

let engine: AnswerEngine;
beforeAll(async () => {
  engine = new AnswerEngine(await knowledgeBase(), await learnedModels());
});

const top = (result: AnswerResult): string | undefined => (result.kind === 'answer' ? result.matches[0]?.id : undefined);

describe('the ranking of the answers', () => {
  // Each question's telling word is one of its item's keywords that no training question or
  // example uses: the ranker learned it from the keywords (without one, the first classifier
  // outvoted the search with "reikwijdte" or "intranet" on every one of them).
  it.each([
    ['Wat zeggen de richtlijnen over vrijwaring?', 'disclaimer'],
    ['Wat zeggen de richtlijnen over doomscrollen?', 'actief-mits'],
    ['Wat zeggen de richtlijnen over koffiepauze?', 'actief-mits'],
    ['Wat zeggen de richtlijnen over profieltekst?', 'disclaimer'],
  ])('puts the item whose keyword a question uses first: %j, %s', (question, id) => {
    expect(top(engine.answer(question))).toBe(id);
  });
});
