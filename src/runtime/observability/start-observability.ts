import type { Logger } from '../../core/ports.js';
import type { HttpRoute } from '../http/http-server.js';
import { PromMetrics } from './metrics.js';
import type { Readiness } from './readiness.js';
import { observabilityRoutes, type ObservabilityAccess } from './routes.js';

export interface ObservabilityDeps {
  /** Escalations not yet resolved, and deliveries waiting: gauges read at each scrape. */
  openEscalations: () => Promise<number>;
  pendingDeliveries: () => Promise<number>;
  /** What `/readyz` reports, per part; throws when the database does not answer. */
  ready: () => Promise<Record<string, Readiness>>;
  /** Who may read /metrics and /readyz's details. */
  access: ObservabilityAccess;
  logger: Logger;
}

/** The metrics the core and the runtime report to, and `/readyz` and `/metrics` to serve them. */
export function startObservability(deps: ObservabilityDeps): { metrics: PromMetrics; routes: HttpRoute[]; stop(): void } {
  const metrics = new PromMetrics(deps.openEscalations, deps.pendingDeliveries);
  return {
    metrics,
    routes: observabilityRoutes({ ready: deps.ready, metrics: metrics.registry, logger: deps.logger, access: deps.access }),
    stop: () => metrics.registry.clear(),
  };
}
