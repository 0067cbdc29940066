import type { TipService } from '../../core/tips/tip-service.js';
import type { WeeklyDigestOptions } from './weekly-digest.js';
import type { Interval } from '../repeat.js';
import { scheduleCron } from './cron-schedule.js';
import { DailyTips } from './daily-tips.js';
import { WeeklyDigest } from './weekly-digest.js';

/** The digest's options without its cron, and the tips; `timeZone` is that of both cron expressions. */
export interface ScheduleDeps extends Omit<WeeklyDigestOptions, 'cron' | 'chart'> {
  tips: TipService;
  tipCron: string;
  digestCron: string;
  /** `manual`: nothing is scheduled, the test ticks itself. Otherwise each runs at its cron's slots. */
  intervalMs?: Interval | undefined;
  digestChart?: WeeklyDigestOptions['chart'];
}

/**
 * The daily tip and the weekly digest, each run at its cron's slots (to the second, from the
 * cron itself, not a polling tick) and once at start for a slot missed earlier today.
 */
export function startSchedule(deps: ScheduleDeps): { dailyTips: DailyTips; digest: WeeklyDigest; stop(): Promise<void> } {
  const { kb, tips, signals, escalations, notifiers, timeZone, clock, logger, lang } = deps;
  const dailyTips = new DailyTips({ service: tips, notifiers, cron: deps.tipCron, timeZone, clock, logger, lang });
  const digest = new WeeklyDigest({ kb, signals, escalations, notifiers, cron: deps.digestCron, timeZone, clock, logger, lang, chart: deps.digestChart });
  const schedules =
    deps.intervalMs === 'manual'
      ? []
      : [
          scheduleCron({ name: 'tips', cron: deps.tipCron, timeZone, clock, logger, run: (slot) => dailyTips.run(slot) }),
          scheduleCron({ name: 'digest', cron: deps.digestCron, timeZone, clock, logger, run: (slot) => digest.run(slot) }),
        ];
  return {
    dailyTips,
    digest,
    stop: async () => {
      await Promise.all(schedules.map((schedule) => schedule.stop()));
    },
  };
}
