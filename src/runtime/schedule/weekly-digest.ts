import { Cron } from 'croner';
import type { EscalationService } from '../../core/escalate/service.js';
import type { KnowledgeBase } from '../../core/knowledge/knowledge-base.js';
import { statsReply } from '../../core/stats/stats-reply.js';
import type { DigestSource, Stats } from '../../core/stats/stats.js';
import type { ChartImage } from '../charts/digest-chart.js';
import { latestSlotToday, type SlotJob } from './slots.js';

export interface WeeklyDigestOptions extends SlotJob {
  kb: KnowledgeBase;
  signals: Pick<DigestSource, 'stats' | 'claimDigest' | 'releaseDigest' | 'digestsClaimed'>;
  escalations: Pick<EscalationService, 'channelsOf'>;
  /** The chart that goes next to the text (the console's questions per day), if any. */
  chart?: ((from: Date, to: Date) => Promise<ChartImage | undefined>) | undefined;
}

const key = (c: { platform: string; channelId: string }) => `${c.platform}:${c.channelId}`;

/**
 * The weekly digest to the default department's channels: last week's figures, once per slot.
 * Each channel's slot is claimed before anything is computed, so a tick with nothing due (a
 * restart, another replica) asks one question of the database and computes nothing.
 */
export class WeeklyDigest {
  private readonly cron: Cron;

  constructor(private readonly options: WeeklyDigestOptions) {
    this.cron = new Cron(options.cron, { timezone: options.timeZone, paused: true });
  }

  /** Works on the latest slot of today, if any (a missed slot is caught up the same day). */
  async tick(): Promise<number> {
    const slot = latestSlotToday(this.cron, this.options.clock.now(), this.options.timeZone);
    return slot ? this.run(slot) : 0;
  }

  /** Claims `slot` per channel, then computes the figures once and posts them where this process claimed. */
  async run(slot: Date): Promise<number> {
    const { clock, kb, signals, escalations, notifiers, logger, lang, timeZone } = this.options;
    const slotId = slot.toISOString();
    const taken = new Set((await signals.digestsClaimed(slotId)).map(key));
    const claimed = [];
    for (const channel of await escalations.channelsOf(kb.departments.default)) {
      if (!taken.has(key(channel)) && (await signals.claimDigest(channel.platform, channel.channelId, slotId, clock.now()))) claimed.push(channel);
    }
    if (claimed.length === 0) return 0;
    const from = new Date(slot.getTime() - 7 * 86_400_000);
    let stats: Stats;
    try {
      stats = await signals.stats(from, slot);
    } catch (error) {
      for (const channel of claimed) await signals.releaseDigest(channel.platform, channel.channelId, slotId);
      throw error;
    }
    const image = await this.options.chart?.(from, slot).catch((error: unknown) => {
      logger.warn({ event: 'digest.chart-failed', error: (error as Error).message?.slice(0, 200) });
      return undefined;
    });
    let posted = 0;
    for (const channel of claimed) {
      try {
        const notifier = notifiers[channel.platform];
        await notifier?.post(channel.channelId, statsReply(kb, stats, lang, timeZone));
        if (image) await notifier?.postImage?.(channel.channelId, image);
        posted++;
      } catch (error) {
        logger.warn({ event: 'digest.failed', platform: channel.platform, error: (error as Error).message?.slice(0, 200) });
      }
    }
    return posted;
  }
}
