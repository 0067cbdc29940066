import { Cron } from 'croner';
import type { TipService } from '../../core/tips/tip-service.js';
import { latestSlotToday, type SlotJob } from './slots.js';

export interface DailyTipsOptions extends SlotJob {
  service: TipService;
}

/**
 * Posts the daily tip in a slot: claims it per channel and posts. `run` is called by the
 * cron schedule (cron-schedule.ts) at every slot; `tick` works on the latest slot of today,
 * which is also how a slot missed while the bot was down is posted the same day.
 */
export class DailyTips {
  private readonly cron: Cron;

  constructor(private readonly options: DailyTipsOptions) {
    this.cron = new Cron(options.cron, { timezone: options.timeZone, paused: true });
  }

  /** The latest slot at or before `now` that falls on the same local day, if any. */
  latestSlot(now: Date): Date | undefined {
    return latestSlotToday(this.cron, now, this.options.timeZone);
  }

  /** Claims and posts the latest slot of today. Returns how many tips were posted. */
  async tick(): Promise<number> {
    const slot = this.latestSlot(this.options.clock.now());
    return slot ? this.run(slot) : 0;
  }

  /** Claims `slot` for every channel that has not had it and posts there. Returns how many tips were posted. */
  async run(slot: Date): Promise<number> {
    const due = await this.options.service.claim(slot.toISOString(), this.options.lang);
    let posted = 0;
    for (const tip of due) {
      const notifier = this.options.notifiers[tip.channel.platform];
      try {
        if (!notifier) throw new Error(`${tip.channel.platform} is not running`);
        await notifier.post(tip.channel.channelId, tip.reply);
        await this.options.service.posted(tip);
        posted++;
      } catch (error) {
        const e = error as { data?: { error?: string }; statusCode?: number; message?: string };
        const code = e.data?.error ?? (e.statusCode ? `http ${e.statusCode}` : undefined) ?? e.message ?? 'unknown';
        this.options.logger.warn(
          { event: 'tip.failed', platform: tip.channel.platform, channel: tip.channel.channelId, error: code.slice(0, 200) },
          'The daily tip could not be posted in this channel; the others go on',
        );
        await this.options.service.failed(tip, code);
      }
    }
    return posted;
  }
}
