import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DailyTips } from '../../../src/runtime/schedule/daily-tips.js';
import type { Notifier } from '../../../src/runtime/outbox/notifier.js';
import { PermanentDeliveryError } from '../../../src/runtime/outbox/notifier.js';
import { TipService } from '../../../src/core/tips/tip-service.js';
import type { Reply } from '../../../src/core/reply-model.js';
import { SqlTipStore } from '../../../src/store/tip-store.js';
import { captureLogger, knowledgeBase } from '../../support/bot.js';
import { testDb } from '../../support/db.js';
import { FixedClock } from '../../support/escalations.js';

let db: Awaited<ReturnType<typeof testDb>>;
beforeEach(async () => {
  db = await testDb();
});
afterEach(async () => {
  await db.cleanup();
});

/** A platform that records what it was asked to post; channels in `broken` fail like a removed bot. */
function recordingNotifier(broken: Set<string> = new Set()) {
  const posts: Array<{ channel: string; reply: Reply }> = [];
  const notifier: Notifier = {
    post: async (channel, reply) => {
      if (broken.has(channel)) throw Object.assign(new PermanentDeliveryError('not_in_channel'), { data: { error: 'not_in_channel' } });
      posts.push({ channel, reply });
      return `m${posts.length}`;
    },
    update: async () => undefined,
    tell: async () => undefined,
  };
  return { posts, notifier };
}

async function setup(options: { at: string; channels?: string[]; broken?: Set<string>; cron?: string }) {
  const clock = new FixedClock(new Date(options.at));
  const logger = captureLogger();
  const store = new SqlTipStore(db);
  const service = new TipService({
    kb: await knowledgeBase(),
    store,
    clock,
    random: Math.random,
    logger,
    configured: (options.channels ?? ['C0TIPS']).map((channelId) => ({ platform: 'slack' as const, channelId })),
  });
  const slack = recordingNotifier(options.broken);
  const make = () =>
    new DailyTips({
      service,
      notifiers: { slack: slack.notifier },
      cron: options.cron ?? '0 9 * * 1-5',
      timeZone: 'Europe/Amsterdam',
      clock,
      logger,
      lang: 'nl',
    });
  return { clock, logger, store, service, posts: slack.posts, tips: make(), make };
}

describe('the schedule', () => {
  it('follows winter time: weekdays at 09:00 in Amsterdam is 08:00 UTC in November', async () => {
    const { tips } = await setup({ at: '2026-11-24T08:30:00Z' });
    expect(tips.latestSlot(new Date('2026-11-24T08:30:00Z'))?.toISOString()).toBe('2026-11-24T08:00:00.000Z');
    expect(tips.latestSlot(new Date('2026-11-24T07:59:00Z'))).toBeUndefined();
  });

  it('follows summer time: 09:00 in Amsterdam is 07:00 UTC in July', async () => {
    const { tips } = await setup({ at: '2026-07-07T07:30:00Z' });
    expect(tips.latestSlot(new Date('2026-07-07T07:30:00Z'))?.toISOString()).toBe('2026-07-07T07:00:00.000Z');
  });

  it('skips the weekend', async () => {
    const { tips } = await setup({ at: '2026-11-28T12:00:00Z' }); // a Saturday
    expect(tips.latestSlot(new Date('2026-11-28T12:00:00Z'))).toBeUndefined();
  });

  it('accepts six fields with seconds', async () => {
    const { tips } = await setup({ at: '2026-11-24T08:30:00Z', cron: '30 0 9 * * *' });
    expect(tips.latestSlot(new Date('2026-11-24T08:30:00Z'))?.toISOString()).toBe('2026-11-24T08:00:30.000Z');
  });
});

describe('posting', () => {
  it('posts exactly one tip per channel per slot, also after a restart the same morning', async () => {
    const { tips, make, posts } = await setup({ at: '2026-11-24T08:00:05Z' });
    expect(await tips.tick()).toBe(1);
    expect(await tips.tick()).toBe(0);
    expect(await make().tick()).toBe(0); // a new process, the same morning
    expect(posts).toHaveLength(1);
    expect(posts[0]?.reply.title).toBe('Tip van de dag');
    expect(posts[0]?.reply.followUps[0]?.label).toMatch(/^Meer over /);
  });

  it('posts once when two processes tick at the same moment', async () => {
    const { make, posts } = await setup({ at: '2026-11-24T08:00:05Z', channels: ['C0A', 'C0B', 'C0C'] });
    const results = await Promise.all([make().tick(), make().tick(), make().tick()]);
    expect(results.reduce((a, b) => a + b, 0)).toBe(3);
    expect(posts.map((p) => p.channel).sort()).toEqual(['C0A', 'C0B', 'C0C']);
  });

  it('catches up a slot missed while the bot was down, the same day only', async () => {
    const { tips, clock, posts } = await setup({ at: '2026-11-24T10:30:00Z' }); // 11:30 local: 09:00 was missed
    expect(await tips.tick()).toBe(1);
    clock.set('2026-11-25T07:00:00Z'); // the next day, 08:00 local: before the slot; yesterday's stays missed
    expect(await tips.tick()).toBe(0);
    expect(posts).toHaveLength(1);
  });

  it('shows every tip once before any comes back, then starts a new round', async () => {
    const { tips, clock, posts, store } = await setup({ at: '2026-11-24T08:00:05Z', cron: '0 9 * * *' });
    const kb = await knowledgeBase();
    for (let day = 0; day < kb.tips.length + 2; day++) {
      await tips.tick();
      clock.advance(24 * 60);
    }
    const firstRound = posts.slice(0, kb.tips.length).map((p) => p.reply.parts[0]);
    expect(new Set(firstRound.map((p) => JSON.stringify(p))).size).toBe(kb.tips.length);
    const rounds = (await store.posts({ platform: 'slack', channelId: 'C0TIPS' })).map((p) => p.round);
    expect(rounds.slice(0, kb.tips.length).every((r) => r === 1)).toBe(true);
    expect(rounds.slice(kb.tips.length).every((r) => r === 2)).toBe(true);
  });

  it('gives a channel that said "dagtip uit" nothing, even when configured', async () => {
    const { tips, service, posts } = await setup({ at: '2026-11-24T08:00:05Z', channels: ['C0ON', 'C0OFF'] });
    await service.subscribe({ platform: 'slack', channelId: 'C0OFF' }, false, false, 'nl');
    await tips.tick();
    expect(posts.map((p) => p.channel)).toEqual(['C0ON']);
  });

  it('gives a configured channel that also said "dagtip aan" one tip, and one that only said so its tip too', async () => {
    const { tips, service, posts } = await setup({ at: '2026-11-24T08:00:05Z', channels: ['C0BOTH', 'C0BOTH'] });
    await service.subscribe({ platform: 'slack', channelId: 'C0BOTH' }, true, false, 'nl');
    await service.subscribe({ platform: 'slack', channelId: 'C0ASKED' }, true, false, 'nl');
    expect(await tips.tick()).toBe(2);
    expect(posts.map((p) => p.channel).sort()).toEqual(['C0ASKED', 'C0BOTH']);
    expect(await tips.tick()).toBe(0);
  });

  it('logs a channel the bot was removed from and goes on with the others', async () => {
    const { tips, posts, logger } = await setup({ at: '2026-11-24T08:00:05Z', channels: ['C0GONE', 'C0FINE'], broken: new Set(['C0GONE']) });
    expect(await tips.tick()).toBe(1);
    expect(posts.map((p) => p.channel)).toEqual(['C0FINE']);
    expect(logger.lines).toContainEqual(expect.objectContaining({ event: 'tip.failed', channel: 'C0GONE', error: 'not_in_channel' }));
  });
});
