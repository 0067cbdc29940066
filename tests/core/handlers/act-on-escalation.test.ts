import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actOnEscalation } from '../../../src/core/handlers/act-on-escalation.js';
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

describe('acting on an escalation', () => {
  it('claims for a member of the department channel, privately and not to share', async () => {
    const { service, deliver } = await escalationService(db);
    const report = await service.report(
      { reporter: { platform: 'slack', id: 'U0REPORTER' }, link: undefined, description: 'boze reacties', urgency: 'normaal' },
      'nl',
    );
    await deliver();
    const id = /E-[A-Z0-9]{5}/.exec(report.title ?? '')?.[0] as string;
    const context = await handlerContext(`escalatie ${id} oppakken`, {
      inbound: { platform: 'slack', user: { id: 'U0COMMS1', name: 'Carla' }, conversation: { id: 'C0COMMS', kind: 'channel' } },
      services: { escalations: service },
    });
    const { reply } = await actOnEscalation({ kind: 'escalation-action', id, action: 'claim', text: '' }, context);
    expect(toPlainText(reply)).toContain(`Je hebt ${id} opgepakt`);
    expect(reply.shareable).toBeUndefined();
  });

  it('points to rule 7 where escalations do not run', async () => {
    const { reply } = await actOnEscalation(
      { kind: 'escalation-action', id: 'E-12345', action: 'claim', text: '' },
      await handlerContext('escalatie E-12345 oppakken'),
    );
    expect(toPlainText(reply)).toMatch(/regel 7/);
  });
});
