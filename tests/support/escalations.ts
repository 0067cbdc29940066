import { Roles } from '../../src/core/access/roles.js';
import { EscalationService } from '../../src/core/escalate/service.js';
import type { ChannelFacts } from '../../src/core/ports.js';
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

/** What the platform would say of a channel id: D… a direct message, M… a group one, the rest channels with the bot in them. */
function channelFacts(channelId: string): ChannelFacts {
  if (channelId.startsWith('D')) return { kind: 'personal', botIsMember: true };
  if (channelId.startsWith('M')) return { kind: 'group', botIsMember: true };
  return { kind: 'channel', botIsMember: !channelId.includes('NOBOT') };
}

/** The escalation service over a real database, with membership decided by a set. */
export async function escalationService(
  db: Awaited<ReturnType<typeof testDb>>,
  options: { members?: Set<string>; configured?: Binding[]; clock?: FixedClock } = {},
) {
  const clock = options.clock ?? new FixedClock(new Date('2026-11-24T09:00:00Z'));
  const store = new SqlEscalationStore(db);
  const outbox = new SqlOutbox(db);
  const members = options.members ?? new Set(['U0COMMS1', 'U0COMMS2']);
  const logger = captureLogger();
  const service = new EscalationService({
    kb: await knowledgeBase(),
    store,
    membership: { isMember: async (_p, _c, user) => members.has(user) },
    channels: { describe: async (_p, channelId) => channelFacts(channelId) },
    clock,
    logger,
    configured: options.configured ?? [{ department: 'communicatie', platform: 'slack', channelId: 'C0COMMS' }],
    remindMinutes: 15,
    timeZone: 'Europe/Amsterdam',
  });
  /** Posts every card waiting in the outbox, as the delivery worker would: the store then knows where they are. */
  async function deliver(): Promise<void> {
    for (const { id, job } of await outbox.lease(clock.now(), 100, 60_000)) {
      if (job.kind === 'post-card')
        await outbox.complete(id, {
          escalationId: job.escalationId,
          platform: job.platform,
          channelId: job.channelId,
          messageId: `m-${id}`,
          purpose: job.purpose,
        });
    }
  }
  /** The role check over the same members: they are the owners department's (C0COMMS); `admins` besides. */
  const roles = (admins: string[] = []) =>
    new Roles({
      membership: { isMember: async (_p, channel, user) => channel === 'C0COMMS' && members.has(user) },
      admins: { slack: admins, teams: [] },
      ownersDepartment: 'communicatie',
      ownersChannels: [{ department: 'communicatie', platform: 'slack', channelId: 'C0COMMS' }],
      logger,
    });
  return { service, store, outbox, clock, logger, members, deliver, roles };
}
