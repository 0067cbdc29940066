import { Cron } from 'croner';
import type { Clock, Logger } from '../../core/ports.js';
import { latestSlotToday } from './slots.js';

/** Timers as the scheduler uses them; tests pass fake ones that fire when the clock is moved. */
export interface Timers {
  set(callback: () => Promise<void>, ms: number): unknown;
  clear(handle: unknown): void;
}

export const realTimers: Timers = {
  set: (callback, ms) => setTimeout(() => void callback(), ms).unref(),
  clear: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** The longest single wait: a longer one is cut up, so that a wall clock set differently is noticed. */
const MAX_WAIT_MS = 3_600_000;

export interface CronScheduleOptions {
  /** For log lines: `tips`, `digest`. */
  name: string;
  /** 5 fields, or 6 with seconds first; in `timeZone`. */
  cron: string;
  timeZone: string;
  clock: Clock;
  logger: Logger;
  timers?: Timers;
  /** Does the work of one slot; claims in the database make a second run of a slot (another replica, a restart) do nothing. */
  run(slot: Date): Promise<unknown>;
}

export interface CronSchedule {
  /** Resolves when the run in flight (the start-up catch-up, a slot) has ended. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Runs `run` at every slot of a cron expression, from the cron itself: a timer is set for the
 * next run, so a slot is worked on when it comes (within milliseconds), whether the cron says
 * once a week or every ten seconds. At start the latest slot of today is run (a slot missed
 * while the process was down is caught up the same day, never the next). A timer that fires
 * late (a suspended machine) runs the latest slot of today, once. A run that outlasts the
 * cron's interval skips the slots that passed meanwhile.
 */
export function scheduleCron(options: CronScheduleOptions): CronSchedule {
  const { clock, logger, timeZone } = options;
  const timers = options.timers ?? realTimers;
  const cron = new Cron(options.cron, { timezone: timeZone, paused: true });
  let stopped = false;
  let handle: unknown;
  let next: Date | null = null;
  let inFlight: Promise<void> = Promise.resolve();

  const attempt = async (slot: Date | undefined) => {
    if (!slot) return;
    try {
      await options.run(slot);
    } catch (error) {
      logger.error({ event: `${options.name}.error`, slot: slot.toISOString(), error: error instanceof Error ? error.message : String(error) });
    }
  };
  const arm = () => {
    if (stopped) return;
    const now = clock.now();
    next = cron.nextRun(now);
    if (next) handle = timers.set(fire, Math.max(1, Math.min(next.getTime() - now.getTime(), MAX_WAIT_MS)));
  };
  const fire = async () => {
    handle = undefined;
    if (stopped) return;
    const now = clock.now();
    if (next && next.getTime() <= now.getTime()) {
      inFlight = attempt(latestSlotToday(cron, now, timeZone));
      await inFlight;
    }
    arm();
  };

  inFlight = attempt(latestSlotToday(cron, clock.now(), timeZone)).then(arm);
  return {
    idle: () => inFlight,
    stop: async () => {
      stopped = true;
      if (handle !== undefined) timers.clear(handle);
      await inFlight;
    },
  };
}
