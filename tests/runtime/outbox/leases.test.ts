import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/core/reply-model.js';
import { DeliveryWorker, LEASE_MS } from '../../../src/runtime/outbox/delivery-worker.js';
import type { CardDelivery, Notifier } from '../../../src/runtime/outbox/notifier.js';
import { captureLogger, knowledgeBase } from '../../support/bot.js';
import { testDb } from '../../support/db.js';
import { escalationService, type FixedClock } from '../../support/escalations.js';

/** A platform that keeps what was posted and, when asked, holds a post until the test lets it go. */
class HeldNotifier implements Notifier {
  readonly posts: Array<{ channelId: string; delivery: CardDelivery | undefined }> = [];
  private release: (() => void) | undefined;
  private started: (() => void) | undefined;
  hold = false;

  constructor(readonly findsRepeats: boolean) {}

  /** Resolves when a held post has started. */
  postStarted(): Promise<void> {
    return new Promise((resolve) => (this.started = resolve));
  }

  letGo(): void {
    this.release?.();
  }

  async post(channelId: string, _reply: Reply, delivery?: CardDelivery): Promise<string> {
    this.posts.push({ channelId, delivery });
    if (this.hold) {
      await new Promise<void>((resolve) => {
        this.release = resolve;
        this.started?.();
      });
    }
    return `ts-${this.posts.length}`;
  }

  async update(): Promise<void> {}
  async tell(): Promise<void> {}
}

let db: Awaited<ReturnType<typeof testDb>>;
beforeEach(async () => {
  db = await testDb();
});
afterEach(async () => {
  await db.cleanup();
});

const seconds = (clock: FixedClock, s: number) => clock.set(new Date(clock.now().getTime() + s * 1000).toISOString());

async function setUp(notifier: Notifier) {
  const { service, store, outbox, clock } = await escalationService(db);
  await service.report({ reporter: { platform: 'slack', id: 'U0R' }, link: undefined, description: 'boze reacties', urgency: 'normaal' }, 'nl');
  const logger = captureLogger();
  const kb = await knowledgeBase();
  /** A bot process's delivery worker (each call: another process). */
  const worker = (options: { heartbeatMs?: number } = {}) =>
    new DeliveryWorker({
      outbox,
      store,
      kb,
      notifiers: { slack: notifier },
      clock,
      logger,
      lang: 'nl',
      timeZone: 'Europe/Amsterdam',
      remindMinutes: 15,
      ...options,
    });
  return { outbox, clock, logger, worker };
}

describe('outbox leases', () => {
  it('a job stays with the process working on it, however long that takes: its heartbeat renews the lease', async () => {
    const notifier = new HeldNotifier(true);
    notifier.hold = true;
    const { outbox, clock, worker } = await setUp(notifier);
    const renewed: Date[] = [];
    const renew = outbox.renew.bind(outbox);
    let renewal: (() => void) | undefined;
    outbox.renew = async (lease, until) => {
      const n = await renew(lease, until);
      renewed.push(until);
      renewal?.();
      return n;
    };
    const started = notifier.postStarted();
    const first = worker({ heartbeatMs: 5 }).runOnce();
    await started;
    seconds(clock, 60); // far beyond the lease
    const due = clock.now().getTime() + LEASE_MS;
    await new Promise<void>((resolve) => (renewal = () => (renewed.at(-1)?.getTime() ?? 0) >= due && resolve())); // a heartbeat after that
    expect(await worker().runOnce()).toBe(0); // a second process finds nothing to take
    notifier.letGo();
    expect(await first).toBe(1);
    expect(notifier.posts).toHaveLength(1);
  });

  it('the jobs of a process that died are taken over once its 10 s lease has run out', async () => {
    const notifier = new HeldNotifier(true);
    const { outbox, clock, worker } = await setUp(notifier);
    const [leased] = await outbox.lease(clock.now(), 10, 10_000); // then the process died: no heartbeat, no result
    expect(leased?.job.kind).toBe('post-card');
    seconds(clock, 9);
    expect(await worker().runOnce()).toBe(0);
    seconds(clock, 2);
    expect(await worker().runOnce()).toBe(1);
    expect(notifier.posts).toHaveLength(1);
    expect(notifier.posts[0]?.delivery?.sendingSince).toBeUndefined(); // it died before sending: nothing to look for
  });

  it('a card whose sending began in a process that died is handed over with that moment, so the platform can look for it', async () => {
    const notifier = new HeldNotifier(true);
    const { outbox, clock, worker } = await setUp(notifier);
    const [leased] = await outbox.lease(clock.now(), 10, 10_000);
    if (!leased) throw new Error('no job');
    const sending = clock.now();
    await outbox.markSending(leased.id, leased.lease, sending);
    seconds(clock, 11);
    expect(await worker().runOnce()).toBe(1);
    expect(notifier.posts[0]?.delivery).toEqual({ jobId: leased.id, escalationId: leased.job.escalationId, sendingSince: sending });
  });

  it('Teams cannot look: the card goes out again and the log says a repeat is possible', async () => {
    const notifier = new HeldNotifier(false);
    const { outbox, clock, logger, worker } = await setUp(notifier);
    const [leased] = await outbox.lease(clock.now(), 10, 10_000);
    if (!leased) throw new Error('no job');
    await outbox.markSending(leased.id, leased.lease, clock.now());
    seconds(clock, 11);
    expect(await worker().runOnce()).toBe(1);
    expect(notifier.posts).toHaveLength(1);
    expect(logger.lines).toContainEqual(expect.objectContaining({ event: 'outbox.repeat-possible', escalation: leased.job.escalationId }));
  });

  it('a process whose lease was taken over does not send, and its late result does not record the card twice', async () => {
    const notifier = new HeldNotifier(true);
    const { outbox, clock, worker } = await setUp(notifier);
    const [stale] = await outbox.lease(clock.now(), 10, 10_000);
    if (!stale) throw new Error('no job');
    seconds(clock, 11);
    expect(await worker().runOnce()).toBe(1);
    await expect(outbox.markSending(stale.id, stale.lease, clock.now())).rejects.toThrow('lease lost');
    await outbox.complete(stale.id, { escalationId: stale.job.escalationId, platform: 'slack', channelId: 'C0COMMS', messageId: 'late', purpose: 'report' });
    expect((await outbox.postedCards(stale.job.escalationId)).map((p) => p.messageId)).toEqual(['ts-1']);
  });
});
