import { collectDefaultMetrics, Counter, Gauge, Registry } from 'prom-client';
import type { Metrics } from '../../core/ports.js';

/** The bot's Prometheus metrics on their own registry (tests can make several). */
export class PromMetrics implements Metrics {
  readonly registry = new Registry();
  private readonly questions = new Counter({
    name: 'richtlijnenbot_questions_total',
    help: 'Questions answered from the guidelines or fallen back to rule 8',
    labelNames: ['outcome'],
    registers: [this.registry],
  });
  private readonly checks = new Counter({
    name: 'richtlijnenbot_checks_total',
    help: 'Draft checks per verdict',
    labelNames: ['verdict'],
    registers: [this.registry],
  });
  private readonly deliveries = new Counter({
    name: 'richtlijnenbot_deliveries_total',
    help: 'Outbox deliveries (escalation cards, updates, notices)',
    labelNames: ['kind'],
    registers: [this.registry],
  });
  private readonly apiErrors = new Counter({
    name: 'richtlijnenbot_platform_api_errors_total',
    help: 'Failed calls to the Slack or Teams APIs',
    labelNames: ['platform', 'method'],
    registers: [this.registry],
  });

  constructor(openEscalations?: () => Promise<number>, pendingDeliveries?: () => Promise<number>) {
    collectDefaultMetrics({ register: this.registry, prefix: 'richtlijnenbot_' });
    if (openEscalations) {
      new Gauge({
        name: 'richtlijnenbot_escalations_open',
        help: 'Escalations not yet resolved',
        registers: [this.registry],
        collect: async function () {
          this.set(await openEscalations());
        },
      });
    }
    if (pendingDeliveries) {
      new Gauge({
        name: 'richtlijnenbot_outbox_pending',
        help: 'Deliveries waiting in the outbox',
        registers: [this.registry],
        collect: async function () {
          this.set(await pendingDeliveries());
        },
      });
    }
  }

  question(outcome: 'answered' | 'fallback'): void {
    this.questions.inc({ outcome });
  }

  check(verdict: string): void {
    this.checks.inc({ verdict });
  }

  delivered(kind: string): void {
    this.deliveries.inc({ kind });
  }

  apiError(platform: string, method: string): void {
    this.apiErrors.inc({ platform, method });
  }
}
