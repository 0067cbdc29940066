import { describe, expect, it } from 'vitest';
import { readItem } from '../../../src/core/handlers/read-item.js';
import { handlerContext } from '../../support/handlers.js';

describe('read an item', () => {
  it('shows the item a follow-up button names', async () => {
    const { reply } = await readItem({ kind: 'item', id: 'tip-auteursrecht' }, await handlerContext('lees tip-auteursrecht'));
    expect(reply.citations[0]?.itemId).toBe('tip-auteursrecht');
    expect(reply.shareable).toEqual({ kind: 'answer', id: 'tip-auteursrecht', lang: 'nl' });
  });

  it('answers an unknown id as a question made of its words, without counting it as a question asked', async () => {
    const handled = await readItem({ kind: 'item', id: 'foto-collega' }, await handlerContext('lees foto-collega'));
    expect(handled.reply.citations.length).toBeGreaterThan(0);
    expect(handled.signals).toBeUndefined();
  });
});
