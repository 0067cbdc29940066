import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bind } from '../../../src/core/handlers/bind.js';
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

describe('binding a department channel', () => {
  it('binds the channel it is run in, telling the whole channel, and changes nothing when shared', async () => {
    const { service, store } = await escalationService(db);
    const context = await handlerContext('afdeling koppel juridisch', { inbound: { platform: 'teams', conversation: { id: '19:legal@thread.tacv2', kind: 'channel' } }, services: { escalations: service } });
    const { reply } = await bind({ kind: 'bind', department: 'juridisch' }, context);
    expect(await store.bindings('juridisch')).toEqual([expect.objectContaining({ platform: 'teams', channelId: '19:legal@thread.tacv2' })]);
    expect(reply.audience).toBe('conversation');
    expect(reply.shareable).toBeUndefined();
  });

  it('refuses a personal chat', async () => {
    const { service } = await escalationService(db);
    const context = await handlerContext('afdeling koppel juridisch', { inbound: { platform: 'slack', conversation: { id: 'D0ME', kind: 'personal' } }, services: { escalations: service } });
    expect(toPlainText((await bind({ kind: 'bind', department: 'juridisch' }, context)).reply)).toContain('niet in een persoonlijke chat');
  });
});
