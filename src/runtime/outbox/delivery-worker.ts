import { departmentCard, noticeReply } from '../../core/escalate/escalation-replies.js';
import type { KnowledgeBase } from '../../core/knowledge/knowledge-base.js';
import type { Clock, EscalationStore, LeasedJob, Logger, Metrics, Outbox, PostedCard } from '../../core/ports.js';
import type { Lang } from '../../core/lang.js';
import type { Reply } from '../../core/reply-model.js';
import { PermanentDeliveryError, type Notifier } from './notifier.js';

export interface DeliveryWorkerOptions {
  outbox: Outbox;
  store: EscalationStore;
  kb: KnowledgeBase;
  notifiers: Partial<Record<'slack' | 'teams', Notifier>>;
  clock: Clock;
  logger: Logger;
  lang: Lang;
  timeZone: string;
  remindMinutes: number;
  metrics?: Metrics;
  /**
   * Jobs leased per round (8), delivered side by side: a process leases only what it starts at
   * once, so a process that dies holds no queue of jobs that others must wait out.
   */
  batch?: number;
  /**
   * How long a lease lasts (`LEASE_MS`) and how often a round renews the leases of its jobs while
   * it works (`HEARTBEAT_MS`): the jobs of a process that died are taken over within one lease.
   */
  leaseMs?: number;
  heartbeatMs?: number;
}

/**
 * How long a lease lasts (6 s) and how often a round renews it (every 2 s: two renewals may fail
 * before the lease runs out). A card whose holder was killed, and whose next holder was killed
 * too, still goes out within 20 s.
 */
export const LEASE_MS = 6_000;
export const HEARTBEAT_MS = 2_000;

/** Rounds one `runOnce` goes on for while each leases a full batch (more may be due). */
const MAX_ROUNDS = 50;

/** Retry after 2 s, 4 s, 8 s … up to ten minutes. */
export function backoffMs(attempts: number): number {
  return Math.min(2_000 * 2 ** Math.max(0, attempts - 1), 10 * 60_000);
}

function errorCode(error: unknown): string {
  const e = error as { data?: { error?: string }; code?: string; statusCode?: number; message?: string };
  return e?.data?.error ?? (e?.statusCode ? `http ${e.statusCode}` : undefined) ?? e?.code ?? e?.message?.slice(0, 100) ?? 'unknown';
}

/**
 * Delivers what the outbox holds: department cards, updates in place, notices to reporters.
 * Any number of processes may run one; leases keep them from doing a job twice.
 */
export class DeliveryWorker {
  private stopping = false;

  constructor(private readonly options: DeliveryWorkerOptions) {}

  /** Lets the round in flight finish and starts no other: for a shutdown. */
  stop(): void {
    this.stopping = true;
  }

  /**
   * Leases due jobs and delivers them, round after round while a round finds a full batch.
   * Returns how many were delivered.
   */
  async runOnce(): Promise<number> {
    const batch = this.options.batch ?? 8;
    let delivered = 0;
    for (let round = 0; round < MAX_ROUNDS && !this.stopping; round++) {
      const jobs = await this.options.outbox.lease(this.options.clock.now(), batch, this.leaseMs);
      delivered += await this.deliverAll(jobs);
      if (jobs.length < batch) break;
    }
    return delivered;
  }

  private get leaseMs(): number {
    return this.options.leaseMs ?? LEASE_MS;
  }

  private async deliverAll(jobs: LeasedJob[]): Promise<number> {
    const lease = jobs[0]?.lease;
    if (lease === undefined) return 0;
    // One escalation's jobs in order (its card before the card's update); different escalations side by side.
    const byEscalation = new Map<string, LeasedJob[]>();
    for (const leased of jobs) byEscalation.set(leased.job.escalationId, [...(byEscalation.get(leased.job.escalationId) ?? []), leased]);
    const queues = [...byEscalation.values()];
    const heartbeat = this.heartbeat(lease);
    let delivered = 0;
    const lane = async () => {
      for (let queue = queues.shift(); queue; queue = queues.shift()) {
        for (const leased of queue) delivered += await this.attempt(leased);
      }
    };
    try {
      await Promise.all(Array.from({ length: queues.length }, lane));
    } finally {
      clearInterval(heartbeat);
    }
    return delivered;
  }

  /** Renews the round's leases while it works; a renewal still running when the next is due is not doubled. */
  private heartbeat(lease: string): NodeJS.Timeout {
    const { outbox, clock, logger } = this.options;
    let renewing = false;
    const timer = setInterval(() => {
      if (renewing) return;
      renewing = true;
      outbox
        .renew(lease, new Date(clock.now().getTime() + this.leaseMs))
        .catch((error: unknown) => logger.warn({ event: 'outbox.renew-failed', error: errorCode(error) }))
        .finally(() => (renewing = false));
    }, this.options.heartbeatMs ?? HEARTBEAT_MS);
    timer.unref();
    return timer;
  }

  /** Delivers one job: 1 when done, 0 when it failed and was given back for a retry. */
  private async attempt(leased: LeasedJob): Promise<number> {
    const { outbox, clock } = this.options;
    try {
      const posted = await this.deliver(leased);
      await outbox.complete(leased.id, posted);
      this.options.metrics?.delivered(leased.job.kind);
      return 1;
    } catch (error) {
      const code = errorCode(error);
      const permanent = error instanceof PermanentDeliveryError;
      // A channel the bot was removed from stays undeliverable; try again hours later, after someone fixed it.
      const retryAt = new Date(clock.now().getTime() + (permanent ? 6 * 3600_000 : backoffMs(leased.attempts)));
      this.options.metrics?.apiError(leased.job.kind === 'post-card' ? leased.job.platform : 'any', leased.job.kind);
      this.options.logger.warn({ event: 'outbox.retry', job: leased.job.kind, attempts: leased.attempts, error: code, retryAt: retryAt.toISOString() });
      await outbox.fail(leased.id, leased.lease, code, retryAt);
      return 0;
    }
  }

  /**
   * Posts a card once: "sending" is recorded before the first attempt, and a later attempt hands
   * that time to the notifier, which looks for the card before posting it again where it can
   * (Slack). Where it cannot (Teams), the card goes out again and the log says a repeat is possible.
   */
  private async postCard(leased: LeasedJob, channelId: string, notifier: Notifier, card: Reply): Promise<string> {
    const { sendingSince } = leased;
    if (sendingSince === undefined) {
      await this.options.outbox.markSending(leased.id, leased.lease, this.options.clock.now());
    } else if (!notifier.findsRepeats) {
      this.options.logger.warn({ event: 'outbox.repeat-possible', escalation: leased.job.escalationId, since: sendingSince.toISOString() });
    }
    return notifier.post(channelId, card, { jobId: leased.id, escalationId: leased.job.escalationId, sendingSince });
  }

  private notifier(platform: string): Notifier {
    const notifier = this.options.notifiers[platform as 'slack' | 'teams'];
    if (!notifier) throw new Error(`${platform} is not running`);
    return notifier;
  }

  private async deliver(leased: LeasedJob): Promise<PostedCard | undefined> {
    const { job } = leased;
    const { store, kb, lang, timeZone } = this.options;
    const escalation = await store.get(job.escalationId);
    if (!escalation) return undefined;
    switch (job.kind) {
      case 'post-card': {
        const waited = Math.round((this.options.clock.now().getTime() - escalation.createdAt.getTime()) / 60_000);
        const card = departmentCard(kb, escalation, lang, {
          timeZone,
          waitedMinutes: job.purpose === 'report' ? undefined : waited,
          backupFor: job.purpose === 'backup' ? escalation.department : undefined,
        });
        const messageId = await this.postCard(leased, job.channelId, this.notifier(job.platform), card);
        return { escalationId: escalation.id, platform: job.platform, channelId: job.channelId, messageId, purpose: job.purpose };
      }
      case 'update-cards': {
        for (const post of await this.options.outbox.postedCards(escalation.id)) {
          const card = departmentCard(kb, escalation, lang, { timeZone, backupFor: post.purpose === 'backup' ? escalation.department : undefined });
          await this.notifier(post.platform).update(post.channelId, post.messageId, card);
        }
        return undefined;
      }
      case 'notify': {
        const reporter = escalation.reporter;
        if (reporter.platform !== 'slack' && reporter.platform !== 'teams') return undefined;
        await this.notifier(reporter.platform).tell(reporter, noticeReply(kb, escalation, job.event, lang));
        return undefined;
      }
    }
  }
}
