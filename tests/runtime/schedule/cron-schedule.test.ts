import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scheduleCron, type CronSchedule } from '../../../src/runtime/schedule/cron-schedule.js';
import { DailyTips } from '../../../src/runtime/schedule/daily-tips.js';
import type { Notifier } from '../../../src/runtime/outbox/notifier.js';
import { TipService } from '../../../src/core/tips/tip-service.js';
import { SqlTipStore } from '../../../src/store/tip-store.js';
import { captureLogger, knowledgeBase } from '../../support/bot.js';
import { testDb } from '../../support/db.js';
import { FixedClock } from '../../support/escalations.js';
import { FakeTimers } from '../../support/fake-timers.js';

let db: Awaited<ReturnType<typeof testDb>>;
let schedules: CronSchedule[] = [];
beforeEach(async () => {
  db = await testDb();
});
afterEach(async () => {
  await Promise.all(schedules.map((s) => s.stop()));
  schedules = [];
  await db.cleanup();
});

/** Replicas of the bot on one database, each with its own schedule; every post is recorded with the moment it was made. */
async function replicas(options: { cron: string; at: string; count?: number; channels?: string[] }) {
  const clock = new FixedClock(new Date(options.at));
  const timers = new FakeTimers(clock);
  const posts: Array<{ channel: string; at: string }> = [];
  const notifier: Notifier = {
    post: async (channel) => {
      posts.push({ channel, at: clock.now().toISOString() });
      return `m${posts.length}`;
    },
    update: async () => undefined,
    tell: async () => undefined,
  };
  const kb = await knowledgeBase();
  const logger = captureLogger();
  const configured = (options.channels ?? ['C0TIPS']).map((channelId) => ({ platform: 'slack' as const, channelId }));
  for (let i = 0; i < (options.count ?? 1); i++) {
    const service = new TipService({ kb, store: new SqlTipStore(db), clock, random: Math.random, logger, configured });
    const tips = new DailyTips({ service, notifiers: { slack: notifier }, cron: options.cron, timeZone: 'Europe/Amsterdam', clock, logger, lang: 'nl' });
    schedules.push(scheduleCron({ name: 'tips', cron: options.cron, timeZone: 'Europe/Amsterdam', clock, logger, timers, run: (slot) => tips.run(slot) }));
  }
  await Promise.all(schedules.map((s) => s.idle()));
  return { clock, timers, posts, logger };
}

describe('the daily tip on its cron', () => {
  it('posts in every slot of a seconds-level cron, at the slot itself', async () => {
    const { timers, posts } = await replicas({ cron: '*/10 * * * * *', at: '2026-11-24T08:00:05Z' });
    expect(posts).toEqual([{ channel: 'C0TIPS', at: '2026-11-24T08:00:05.000Z' }]); // 08:00:00 caught up at start
    await timers.advance(60_000);
    expect(posts.slice(1).map((p) => p.at)).toEqual(['10', '20', '30', '40', '50'].map((s) => `2026-11-24T08:00:${s}.000Z`).concat('2026-11-24T08:01:00.000Z'));
  });

  it('posts each slot once in every channel when several replicas share the database', async () => {
    const { timers, posts } = await replicas({ cron: '*/10 * * * * *', at: '2026-11-24T08:00:01Z', count: 3, channels: ['C0A', 'C0B'] });
    await timers.advance(30_000);
    const slots = ['00', '10', '20', '30'];
    expect(posts).toHaveLength(slots.length * 2);
    expect(new Set(posts.map((p) => `${p.channel} ${p.at.slice(0, 19)}`)).size).toBe(posts.length);
  });

  it('runs a weekday cron across a weekend and summer time, each slot at 09:00 in Amsterdam', async () => {
    const { timers, posts } = await replicas({ cron: '0 9 * * 1-5', at: '2026-03-27T10:00:00Z' }); // a Friday, 11:00: today's 09:00 was missed
    await timers.advance(4 * 86_400_000);
    expect(posts.map((p) => p.at)).toEqual(['2026-03-27T10:00:00.000Z', '2026-03-30T07:00:00.000Z', '2026-03-31T07:00:00.000Z']);
  });

  it('catches a missed slot up the same day only', async () => {
    const { posts } = await replicas({ cron: '0 9 * * *', at: '2026-11-25T07:30:00Z' }); // 08:30: yesterday's slot stays missed
    expect(posts).toEqual([]);
  });

  it('posts the latest slot once when its timer fires late (a machine that slept)', async () => {
    const { clock, timers, posts } = await replicas({ cron: '*/10 * * * * *', at: '2026-11-24T08:00:00Z' });
    clock.set('2026-11-24T08:03:04Z'); // woke up: 18 slots passed
    await timers.advance(0);
    expect(posts.map((p) => p.at)).toEqual(['2026-11-24T08:00:00.000Z', '2026-11-24T08:03:04.000Z']);
    await timers.advance(6_000);
    expect(posts.map((p) => p.at).slice(2)).toEqual(['2026-11-24T08:03:10.000Z']);
  });
});
