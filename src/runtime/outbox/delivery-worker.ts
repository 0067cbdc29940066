import { departmentCard, noticeReply } from '../../core/escalate/escalation-replies.js';
import type { KnowledgeBase } from '../../core/knowledge/knowledge-base.js';
import type { Clock, EscalationStore, LeasedJob, Logger, Metrics, Outbox, PostedCard } from '../../core/ports.js';
import type { Lang } from '../../core/lang.js';
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
  /** Jobs leased per round and how long a lease lasts before another process may take over. */
  batch?: number;
  leaseMs?: number;
}

/** Retry after 5 s, 10 s, 20 s … up to ten minutes. */
export function backoffMs(attempts: number): number {
  return Math.min(5_000 * 2 ** Math.max(0, attempts - 1), 10 * 60_000);
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
  constructor(private readonly options: DeliveryWorkerOptions) {}

  /** One round: leases due jobs and delivers them. Returns how many were delivered. */
  async runOnce(): Promise<number> {
    const { outbox, clock } = this.options;
    const jobs = await outbox.lease(clock.now(), this.options.batch ?? 20, this.options.leaseMs ?? 60_000);
    let delivered = 0;
    for (const leased of jobs) {
      try {
        const posted = await this.deliver(leased);
        await outbox.complete(leased.id, posted);
        this.options.metrics?.delivered(leased.job.kind);
        delivered++;
      } catch (error) {
        const code = errorCode(error);
        const permanent = error instanceof PermanentDeliveryError;
        // A channel the bot was removed from stays undeliverable; try again hours later, after someone fixed it.
        const retryAt = new Date(clock.now().getTime() + (permanent ? 6 * 3600_000 : backoffMs(leased.attempts)));
        this.options.metrics?.apiError(leased.job.kind === 'post-card' ? leased.job.platform : 'any', leased.job.kind);
        this.options.logger.warn({ event: 'outbox.retry', job: leased.job.kind, attempts: leased.attempts, error: code, retryAt: retryAt.toISOString() });
        await outbox.fail(leased.id, code, retryAt);
      }
    }
    return delivered;
  }

  private notifier(platform: string): Notifier {
    const notifier = this.options.notifiers[platform as 'slack' | 'teams'];
    if (!notifier) throw new Error(`${platform} is not running`);
    return notifier;
  }

  private async deliver({ job }: LeasedJob): Promise<PostedCard | undefined> {
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
        const messageId = await this.notifier(job.platform).post(job.channelId, card);
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
