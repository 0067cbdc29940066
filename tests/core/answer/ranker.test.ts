import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../../src/core/answer/answer.js';
import { fuse } from '../../../src/core/answer/intent.js';
import type { RawMatch } from '../../../src/core/answer/search-index.js';
import { answerEngine, topAnswer as top } from '../../support/bot.js';

let engine: AnswerEngine;
beforeAll(async () => {
  engine = await answerEngine();
});

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

describe('the fused shares', () => {
  const labels = ['a', 'b', 'c', 'none', 'smalltalk'];
  const p = [0.45, 0.35, 0.1, 0.05, 0.05];
  const raw: RawMatch[] = [
    { id: 'b', score: 6, coverage: 1, exact: false },
    { id: 'a', score: 5, coverage: 1, exact: false },
  ];
  const shares = (sharpness?: number) =>
    fuse(p, labels, raw, ['a', 'b', 'c'], { classifierWeight: 0.8, searchTemperature: 3, ...(sharpness ? { sharpness } : {}) });

  it('are sharpened by the fitted sharpness without changing the order, so a second is "close" less often', () => {
    const plain = shares();
    const sharp = shares(2.25);
    expect(sharp.map((m) => m.id)).toEqual(plain.map((m) => m.id));
    const ratio = (s: ReturnType<typeof shares>) => (s[1]?.score ?? 0) / (s[0]?.score ?? 1);
    expect(ratio(plain)).toBeGreaterThan(0.85);
    expect(ratio(sharp)).toBeLessThan(0.85);
  });
});
