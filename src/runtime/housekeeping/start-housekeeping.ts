import type { Clock, Logger } from '../../core/ports.js';
import { repeat, type Interval } from '../repeat.js';

export interface HousekeepingDeps {
  /** Deletes what is older than `before` (signals, votes, the people of resolved escalations). */
  purge(before: Date): Promise<{ signals: number; escalations: number }>;
  retentionDays: number;
  clock: Clock;
  logger: Logger;
  /** How often to look (a minute). */
  intervalMs?: Interval | undefined;
}

/** Retention: what is kept only for `retentionDays` is deleted when its time is up. */
export function startHousekeeping(deps: HousekeepingDeps): { stop(): Promise<void> } {
  const { clock, logger } = deps;
  return repeat(
    'retention',
    deps.intervalMs ?? 60_000,
    async () => {
      const purged = await deps.purge(new Date(clock.now().getTime() - deps.retentionDays * 86_400_000));
      if (purged.signals + purged.escalations > 0) logger.info({ event: 'retention.purged', ...purged });
    },
    logger,
  );
}
