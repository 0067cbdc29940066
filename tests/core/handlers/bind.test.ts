import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bind } from '../../../src/core/handlers/bind.js';
import { unbind } from '../../../src/core/handlers/unbind.js';
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

const user = (id: string) => ({ id });

describe('binding a department channel', () => {
  it('binds the channel it is run in for a member of the communication department, telling the whole channel', async () => {
    const { service, store, roles } = await escalationService(db);
    const context = await handlerContext('afdeling koppel juridisch', {
      inbound: { platform: 'slack', user: user('U0COMMS1'), conversation: { id: 'C0LEGAL', kind: 'channel' } },
      services: { escalations: service, roles: roles() },
    });
    const { reply } = await bind({ kind: 'bind', department: 'juridisch' }, context);
    expect(await store.bindings('juridisch')).toEqual([expect.objectContaining({ platform: 'slack', channelId: 'C0LEGAL' })]);
    expect(reply.audience).toBe('conversation');
    expect(reply.shareable).toBeUndefined();
  });

  it('refuses anyone else, saying who can, and binds nothing', async () => {
    const { service, store, roles } = await escalationService(db);
    const context = await handlerContext('afdeling koppel juridisch', {
      inbound: { platform: 'slack', user: user('U0STRANGER'), conversation: { id: 'C0LEGAL', kind: 'channel' } },
      services: { escalations: service, roles: roles() },
    });
    const { reply } = await bind({ kind: 'bind', department: 'juridisch' }, context);
    expect(toPlainText(reply)).toContain('de leden van het kanaal van Communicatie en de beheerders van de bot');
    expect(reply.audience).toBe('asker');
    expect(await store.bindings('juridisch')).toEqual([]);
  });

  it('lets an admin named in ADMIN_SLACK_USERS bind', async () => {
    const { service, store, roles } = await escalationService(db);
    const context = await handlerContext('afdeling koppel juridisch', {
      inbound: { platform: 'slack', user: user('U0ADMIN'), conversation: { id: 'C0LEGAL', kind: 'channel' } },
      services: { escalations: service, roles: roles(['U0ADMIN']) },
    });
    await bind({ kind: 'bind', department: 'juridisch' }, context);
    expect(await store.bindings('juridisch')).toHaveLength(1);
  });

  it('refuses a personal chat, even to the department', async () => {
    const { service, roles } = await escalationService(db);
    const context = await handlerContext('afdeling koppel juridisch', {
      inbound: { platform: 'slack', user: user('U0COMMS1'), conversation: { id: 'D0ME', kind: 'channel' } },
      services: { escalations: service, roles: roles() },
    });
    expect(toPlainText((await bind({ kind: 'bind', department: 'juridisch' }, context)).reply)).toContain('niet in een persoonlijke chat');
  });
});

describe('unbinding', () => {
  it('is for the communication department too', async () => {
    const { service, store, roles, clock } = await escalationService(db);
    await store.bind({ department: 'juridisch', platform: 'slack', channelId: 'C0LEGAL' }, clock.now());
    const at = (id: string) =>
      handlerContext('afdeling ontkoppel', {
        inbound: { platform: 'slack', user: user(id), conversation: { id: 'C0LEGAL', kind: 'channel' } },
        services: { escalations: service, roles: roles() },
      });
    expect(toPlainText((await unbind({ kind: 'unbind' }, await at('U0STRANGER'))).reply)).toContain('Dit is alleen voor de afdeling');
    expect(await store.bindings('juridisch')).toHaveLength(1);
    expect(toPlainText((await unbind({ kind: 'unbind' }, await at('U0COMMS1'))).reply)).toContain('geen escalaties van Juridische zaken meer');
    expect(await store.bindings('juridisch')).toEqual([]);
  });
});
