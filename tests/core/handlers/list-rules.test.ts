import { describe, expect, it } from 'vitest';
import { listRules } from '../../../src/core/handlers/list-rules.js';
import { toPlainText } from '../../../src/core/reply-model.js';
import { handlerContext } from '../../support/handlers.js';

describe('list rules', () => {
  it('lists the rules in order, in the language asked', async () => {
    const { reply } = await listRules({ kind: 'rules', lang: 'en' }, await handlerContext('rules', { lang: 'en' }));
    const text = toPlainText(reply);
    const positions = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => text.indexOf(`Rule ${n}`));
    expect(positions.every((p, i) => p >= 0 && (i === 0 || p > (positions[i - 1] as number)))).toBe(true);
    expect(reply.shareable).toEqual({ kind: 'overview', id: 'regels', lang: 'en' });
  });
});
