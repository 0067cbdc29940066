import type { KnowledgeBase } from '../../core/knowledge/knowledge-base.js';
import type { Lang } from '../../core/lang.js';
import type { Clock, EscalationStore, Logger, Metrics, Outbox } from '../../core/ports.js';
import { repeat, type Interval } from '../repeat.js';
import { DeliveryWorker } from './delivery-worker.js';
import type { Notifier } from './notifier.js';

export interface OutboxDeps {
  outbox: Outbox;
  store: EscalationStore;
  kb: KnowledgeBase;
  notifiers: Partial<Record<'slack' | 'teams', Notifier>>;
  /** Announces again what nobody picked up (the escalation service's `remindDue`). */
  remindDue: () => Promise<unknown>;
  clock: Clock;
  logger: Logger;
  metrics: Metrics;
  lang: Lang;
  timeZone: string;
  remindMinutes: number;
  /** How often the outbox is emptied (1 s) and reminders are looked for (a minute). */
  intervalMs?: Interval | undefined;
  reminderIntervalMs?: Interval | undefined;
}

/**
 * The outbox: delivers escalation cards, updates and notices from the database, and queues
 * reminders. Every process runs it; leases keep two from doing the same job.
 */
export function startOutbox(deps: OutboxDeps): { worker: DeliveryWorker; stop(): Promise<void> } {
  const { outbox, store, kb, notifiers, clock, logger, metrics, lang, timeZone, remindMinutes } = deps;
  const worker = new DeliveryWorker({ outbox, store, kb, notifiers, clock, logger, metrics, lang, timeZone, remindMinutes });
  const loops = [
    repeat('outbox', deps.intervalMs ?? 1_000, () => worker.runOnce(), logger),
    repeat('reminders', deps.reminderIntervalMs ?? 60_000, deps.remindDue, logger),
  ];
  return {
    worker,
    stop: async () => {
      worker.stop();
      await Promise.all(loops.map((loop) => loop.stop()));
    },
  };
}
