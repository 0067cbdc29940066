import { describe, expect, it } from 'vitest';
import { suggestExample } from '../../../src/core/handlers/suggest-example.js';
import { toPlainText } from '../../../src/core/reply-model.js';
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

  it("is for the communication department only (the digest's buttons): refused to an employee on Slack", async () => {
    const { reply } = await suggestExample(
      { kind: 'suggest-example', text: 'mag ik dit?' },
      await handlerContext('voorbeeldvraag mag ik dit?', { inbound: { platform: 'slack', user: { id: 'U0ANY' } } }),
    );
    expect(reply.parts.find((p) => p.kind === 'copy')).toBeUndefined();
    expect(toPlainText(reply)).toContain('Dit is alleen voor de afdeling die de richtlijnen beheert');
  });
});
