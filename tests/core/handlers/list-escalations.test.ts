import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listEscalations } from '../../../src/core/handlers/list-escalations.js';
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

describe('listing escalations', () => {
  it('shows what is open in a department channel', async () => {
    const { service } = await escalationService(db);
    const context = await handlerContext('escalaties', {
      inbound: { platform: 'slack', conversation: { id: 'C0COMMS', kind: 'channel' } },
      services: { escalations: service },
    });
    const { reply } = await listEscalations({ kind: 'escalations' }, context);
    expect(reply.title).toBe('Open escalaties van Communicatie');
    expect(toPlainText(reply)).toContain('Er staat niets open.');
  });

  it('points to rule 7 in the terminal, where no department channel exists', async () => {
    const { service } = await escalationService(db);
    const { reply } = await listEscalations({ kind: 'escalations' }, await handlerContext('escalaties', { services: { escalations: service } }));
    expect(toPlainText(reply)).toMatch(/regel 7/);
  });
});
