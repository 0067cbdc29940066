import { describe, expect, it } from 'vitest';
import { suggestExample } from '../../../src/core/handlers/suggest-example.js';
import { handlerContext } from '../../support/handlers.js';

describe('suggesting an example', () => {
  it('gives the YAML that adds the question to its closest item, privately', async () => {
    const text = 'mag ik een foto van mijn team op Instagram zetten?';
    const { reply } = await suggestExample({ kind: 'suggest-example', text }, await handlerContext(`voorbeeldvraag ${text}`));
    const copy = reply.parts.find((p) => p.kind === 'copy');
    expect(copy).toMatchObject({ label: expect.stringMatching(/^knowledge\/items\/.+\.yaml$/), text: `examples:\n  nl:\n    - "${text}"` });
    expect(reply.audience).toBe('asker');
    expect(reply.shareable).toBeUndefined();
  });
});
