import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { escalate } from '../../../src/core/handlers/escalate.js';
import { toPlainText } from '../../../src/core/reply-model.js';
import { testDb } from '../../support/db.js';
import { escalationService } from '../../support/escalations.js';
import { handlerContext } from '../../support/handlers.js';

let db: Awaited<ReturnType<typeof testDb>>;
beforeEach(async () => {
  db = await testDb();
});
afterEach(async () => {
  await db.cleanup();
});

describe('escalating', () => {
  it('points to rule 7 where escalations do not run', async () => {
    const { reply } = await escalate(
      { kind: 'escalate', text: 'https://x.com/1 loopt uit de hand' },
      await handlerContext('escaleer https://x.com/1 loopt uit de hand'),
    );
    expect(toPlainText(reply)).toMatch(/regel 7/);
    expect(reply.shareable).toBeUndefined();
  });

  it('reports to the department and gives the reporter the reference, privately and not to share', async () => {
    const { service, store } = await escalationService(db);
    const context = await handlerContext('escaleer https://x.com/1 boze reacties', {
      inbound: { platform: 'slack', user: { id: 'U0REPORTER', name: 'Rita' } },
      services: { escalations: service },
    });
    const { reply } = await escalate({ kind: 'escalate', text: 'https://x.com/1 boze reacties' }, context);
    const id = /E-[A-Z0-9]{5}/.exec(reply.title ?? '')?.[0] as string;
    expect(await store.get(id)).toMatchObject({ link: 'https://x.com/1', reporter: expect.objectContaining({ id: 'U0REPORTER' }) });
    expect(reply.audience).toBe('asker');
    expect(reply.shareable).toBeUndefined();
  });

  it('explains the command when neither a link nor a description is given', async () => {
    const { service } = await escalationService(db);
    const { reply } = await escalate({ kind: 'escalate', text: '' }, await handlerContext('escaleer', { services: { escalations: service } }));
    expect(toPlainText(reply)).toContain('Meld een ontsporende discussie met escaleer');
  });
});
