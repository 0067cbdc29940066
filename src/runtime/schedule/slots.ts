import type { Cron } from 'croner';

function localDay(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/**
 * The latest run of a cron expression at or before `now` that falls on the same local day in
 * `timeZone`, if any: what a scheduler posts now, including a slot missed earlier that day.
 */
export function latestSlotToday(cron: Cron, now: Date, timeZone: string): Date | undefined {
  const today = localDay(now, timeZone);
  let latest: Date | undefined;
  let cursor = new Date(now.getTime() - 26 * 3600_000);
  for (let i = 0; i < 2_000; i++) {
    const next = cron.nextRun(cursor);
    if (!next || next.getTime() > now.getTime()) break;
    if (localDay(next, timeZone) === today) latest = next;
    cursor = next;
  }
  return latest;
}
