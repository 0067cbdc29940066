import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportCsv } from '../../../src/core/handlers/export.js';
import { toPlainText } from '../../../src/core/reply-model.js';
import { readAll } from '../../../src/core/stats/csv.js';
import { streamOf, testDb } from '../../support/db.js';
import { escalationService } from '../../support/escalations.js';
import { handlerContext } from '../../support/handlers.js';

let db: Awaited<ReturnType<typeof testDb>>;
beforeEach(async () => {
  db = await testDb();
});
afterEach(async () => {
  await db.cleanup();
});

const source = {
  stats: async () => {
    throw new Error('not asked');
  },
  exportRows: async () => ({ escalations: streamOf([{ id: 'E-12345', status: 'open' }]), unanswered: streamOf<Record<string, string>>([]) }),
};

describe('export', () => {
  it('uploads the escalations and unanswered questions as CSV in a department channel', async () => {
    const { service, roles } = await escalationService(db);
    const context = await handlerContext('export', {
      inbound: { platform: 'slack', user: { id: 'U0COMMS1' }, conversation: { id: 'C0COMMS', kind: 'channel' } },
      services: { escalations: service, stats: source, roles: roles() },
    });
    const { reply, effects } = await exportCsv({ kind: 'export', days: 7 }, context);
    expect(effects?.map(({ content: _c, ...effect }) => effect)).toEqual([
      { kind: 'upload', filename: 'escalaties-2026-11-24.csv', title: 'Escalaties' },
      { kind: 'upload', filename: 'onbeantwoorde-vragen-2026-11-24.csv', title: 'Onbeantwoorde vragen' },
    ]);
    const [escalations, unanswered] = await Promise.all((effects ?? []).map((e) => readAll(e.content)));
    expect(escalations).toContain('"E-12345"');
    expect(unanswered).toBe('"at","platform","lang","question"\r\n'); // the header alone
    expect(toPlainText(reply)).toContain('escalaties-2026-11-24.csv');
    expect(reply.shareable).toBeUndefined();
  });

  it('is refused to an employee in the department channel, saying who can, with no files', async () => {
    const { service, roles } = await escalationService(db);
    const context = await handlerContext('export', {
      inbound: { platform: 'slack', user: { id: 'U0STRANGER' }, conversation: { id: 'C0COMMS', kind: 'channel' } },
      services: { escalations: service, stats: source, roles: roles() },
    });
    const { reply, effects } = await exportCsv({ kind: 'export', days: 7 }, context);
    expect(effects).toBeUndefined();
    expect(toPlainText(reply)).toContain('Dit is alleen voor de afdeling die de richtlijnen beheert');
  });

  it('is refused outside a department channel, with no files', async () => {
    const { service } = await escalationService(db);
    const context = await handlerContext('export', {
      inbound: { platform: 'teams', conversation: { id: '19:x@thread.tacv2', kind: 'channel' } },
      services: { escalations: service, stats: source },
    });
    expect((await exportCsv({ kind: 'export', days: 7 }, context)).effects).toBeUndefined();
  });
});
