import { describe, expect, it } from 'vitest';
import { randomTip } from '../../../src/core/handlers/random-tip.js';
import { handlerContext } from '../../support/handlers.js';

describe('a random tip', () => {
  it('is private, cites the rule it comes from, and changes with the random number', async () => {
    const first = (await randomTip({ kind: 'tip' }, await handlerContext('tip', { services: { random: () => 0 } }))).reply;
    const last = (await randomTip({ kind: 'tip' }, await handlerContext('tip', { services: { random: () => 0.99 } }))).reply;
    expect(first.audience).toBe('asker');
    expect(first.citations[0]?.itemId).toMatch(/^(tip-|regel-)/);
    expect(first.followUps[0]?.label).toMatch(/^Meer over /);
    expect(first.citations[0]?.itemId).not.toBe(last.citations[0]?.itemId);
    expect(first.shareable).toEqual({ kind: 'tip', id: expect.stringMatching(/^[a-z0-9-]+$/), lang: 'nl' });
    expect(first.shareable?.id).not.toBe(last.shareable?.id);
  });
});
