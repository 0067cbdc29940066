import { describe, expect, it } from 'vitest';
import { help } from '../../../src/core/handlers/help.js';
import { toPlainText } from '../../../src/core/reply-model.js';
import { handlerContext } from '../../support/handlers.js';

describe('help', () => {
  it('says what the bot can do; not shareable (no guideline content)', async () => {
    const { reply } = await help({ kind: 'help' }, await handlerContext('/socialmedia help'));
    expect(reply.title).toBe('Richtlijnenbot: zo werkt het');
    expect(toPlainText(reply)).toMatch(/check/);
    expect(reply.shareable).toBeUndefined();
  });
});
