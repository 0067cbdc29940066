import type { Cron } from 'croner';
import type { Lang } from '../../core/lang.js';
import type { Clock, Logger } from '../../core/ports.js';
import type { Notifier } from '../outbox/notifier.js';

/** What every scheduled post needs: where to post, when (a cron expression in `timeZone`) and in which language. */
export interface SlotJob {
  notifiers: Partial<Record<'slack' | 'teams', Notifier>>;
  /** 5 fields, or 6 with seconds; in `timeZone`. */
  cron: string;
  timeZone: string;
  clock: Clock;
  logger: Logger;
  lang: Lang;
}

function localDay(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/**
 * The latest run of a cron expression at or before `now` that falls on the same local day in
 * `timeZone`, if any: what a scheduler posts now, including a slot missed earlier that day.
 * croner searches backwards from `now`, so a cron that runs every second costs no more than a
 * daily one.
 */
export function latestSlotToday(cron: Cron, now: Date, timeZone: string): Date | undefined {
  const [latest] = cron.previousRuns(1, new Date(now.getTime() + 1));
  return latest && localDay(latest, timeZone) === localDay(now, timeZone) ? latest : undefined;
}
