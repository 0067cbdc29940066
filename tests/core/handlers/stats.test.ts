import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stats } from '../../../src/core/handlers/stats.js';
import { toPlainText } from '../../../src/core/reply-model.js';
import type { Stats, StatsSource } from '../../../src/core/stats/stats.js';
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

/** Figures that remember the period they were asked for. */
function figures(): StatsSource & { asked: Array<{ from: Date; to: Date }> } {
  const asked: Array<{ from: Date; to: Date }> = [];
  const empty = (from: Date, to: Date): Stats => ({
    from,
    to,
    questions: 3,
    answered: 2,
    unanswered: ['wat is het wifi-wachtwoord?'],
    unhelpful: [],
    checks: { groen: 1, oranje: 0, rood: 0 },
    findings: [],
    escalations: { opened: 0, medianMinutesToClaim: undefined, medianMinutesToResolve: undefined, staleOpen: [] },
  });
  return {
    asked,
    stats: async (from, to) => {
      asked.push({ from, to });
      return empty(from, to);
    },
    exportRows: async () => ({ escalations: streamOf<Record<string, string>>([]), unanswered: streamOf<Record<string, string>>([]) }),
  };
}

describe('stats', () => {
  it('shows the figures of the last days in a department channel, not to be shared', async () => {
    const { service, roles } = await escalationService(db);
    const source = figures();
    const context = await handlerContext('stats 30', {
      inbound: { platform: 'slack', user: { id: 'U0COMMS1' }, conversation: { id: 'C0COMMS', kind: 'channel' } },
      services: { escalations: service, stats: source, roles: roles() },
    });
    const { reply } = await stats({ kind: 'stats', days: 30 }, context);
    expect(toPlainText(reply)).toContain('3 gesteld, 2 beantwoord');
    expect(source.asked[0]?.from.toISOString()).toBe('2026-10-25T09:00:00.000Z');
    expect(reply.shareable).toBeUndefined();
  });

  it('is refused to anyone outside the communication department, even in its channel, with no figures asked', async () => {
    const { service, roles } = await escalationService(db);
    const source = figures();
    const context = await handlerContext('stats', {
      inbound: { platform: 'slack', user: { id: 'U0STRANGER' }, conversation: { id: 'C0COMMS', kind: 'channel' } },
      services: { escalations: service, stats: source, roles: roles() },
    });
    const { reply } = await stats({ kind: 'stats', days: 7 }, context);
    expect(toPlainText(reply)).toContain('de leden van het kanaal van Communicatie en de beheerders van de bot');
    expect(source.asked).toEqual([]);
  });

  it('is refused outside a department channel', async () => {
    const { service, roles } = await escalationService(db);
    const context = await handlerContext('stats', {
      inbound: { platform: 'slack', user: { id: 'U0COMMS1' }, conversation: { id: 'C0GENERAL', kind: 'channel' } },
      services: { escalations: service, stats: figures(), roles: roles() },
    });
    const { reply } = await stats({ kind: 'stats', days: 7 }, context);
    expect(toPlainText(reply)).toContain('Cijfers en exports zijn voor de afdeling');
    expect(reply.audience).toBe('asker');
  });
});
