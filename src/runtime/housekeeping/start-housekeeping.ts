import type { Clock, Logger } from '../../core/ports.js';
import { repeat, type Interval } from '../repeat.js';

export interface HousekeepingDeps {
  /** One round of the store's upkeep (SqlHousekeeping): roll-up, retention, space; how many rows each part touched. */
  run(now: Date): Promise<{ rolledDays: number; signals: number; escalations: number; expired: number }>;
  clock: Clock;
  logger: Logger;
  /** How often to look (a minute). */
  intervalMs?: Interval | undefined;
}

/** Retention: every minute, what is due is deleted or anonymised; a round with nothing due costs three statements. */
export function startHousekeeping(deps: HousekeepingDeps): { stop(): Promise<void> } {
  const { clock, logger } = deps;
  return repeat(
    'retention',
    deps.intervalMs ?? 60_000,
    async () => {
      const done = await deps.run(clock.now());
      if (done.rolledDays + done.signals + done.escalations + done.expired > 0) logger.info({ event: 'retention.purged', ...done });
    },
    logger,
  );
}
