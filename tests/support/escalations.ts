import { EscalationService } from '../../src/core/escalate/service.js';
import type { Binding } from '../../src/core/escalate/model.js';
import { SqlEscalationStore } from '../../src/store/escalation-store.js';
import { SqlOutbox } from '../../src/store/outbox-store.js';
import { captureLogger, knowledgeBase } from './bot.js';
import type { testDb } from './db.js';

/** A clock the test moves by hand. */
export class FixedClock {
  constructor(private current: Date) {}
  now = (): Date => new Date(this.current);
  advance(minutes: number): void {
    this.current = new Date(this.current.getTime() + minutes * 60_000);
  }
  set(at: string): void {
    this.current = new Date(at);
  }
}

/** The escalation service over a real database, with membership decided by a set. */
export async function escalationService(db: Awaited<ReturnType<typeof testDb>>, options: { members?: Set<string>; configured?: Binding[]; clock?: FixedClock } = {}) {
  const clock = options.clock ?? new FixedClock(new Date('2026-11-24T09:00:00Z'));
  const store = new SqlEscalationStore(db);
  const outbox = new SqlOutbox(db);
  const members = options.members ?? new Set(['U0COMMS1', 'U0COMMS2']);
  const logger = captureLogger();
  const service = new EscalationService({
    kb: await knowledgeBase(),
    store,
    membership: { isMember: async (_p, _c, user) => members.has(user) },
    clock,
    logger,
    configured: options.configured ?? [{ department: 'communicatie', platform: 'slack', channelId: 'C0COMMS' }],
    remindMinutes: 15,
    timeZone: 'Europe/Amsterdam',
  });
  return { service, store, outbox, clock, logger, members };
}
