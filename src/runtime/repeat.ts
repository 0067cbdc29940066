import type { Logger } from '../core/ports.js';

/** A task run again and again with a pause between rounds, never two rounds at once. */
export interface Repeating {
  stop(): Promise<void>;
}

/** Milliseconds between rounds, or `manual`: no loop at all, whoever started it runs the rounds (tests). */
export type Interval = number | 'manual';

/**
 * Runs `task` at once and then every `intervalMs` until stopped. A failing round is logged and
 * the next one comes anyway; `stop` waits for the round in flight, so shutdown loses nothing.
 */
export function repeat(name: string, intervalMs: Interval, task: () => Promise<unknown>, logger: Logger): Repeating {
  if (intervalMs === 'manual') return { stop: async () => undefined };
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> = Promise.resolve();
  const round = () => {
    inFlight = task()
      .then(() => undefined)
      .catch((error: unknown) => logger.error({ event: `${name}.error`, error: error instanceof Error ? error.message : String(error) }))
      .finally(() => {
        if (!stopped) timer = setTimeout(round, intervalMs).unref();
      });
  };
  timer = setTimeout(round, 0).unref();
  return {
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await inFlight;
    },
  };
}
