import { CompiledQuery } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqlTipStore, subscribedWithoutSlot } from '../../src/store/tip-store.js';
import { testDb } from '../support/db.js';

let db: Awaited<ReturnType<typeof testDb>>;
beforeEach(async () => {
  db = await testDb();
});
afterEach(async () => {
  await db.cleanup();
});

const SLOT = '2027-03-01T08:00:00.000Z';
const slack = (channelId: string) => ({ platform: 'slack' as const, channelId });

/** A year of posts in each of `channels` channels, and today's slot in the first `today` of them. */
async function postsOfAYear(channels: number, today: number): Promise<void> {
  const store = new SqlTipStore(db);
  const at = new Date('2026-03-01T08:00:00Z');
  for (let c = 0; c < channels; c++) await store.setSubscription(slack(`C0TIP${c}`), true, at);
  const rows = [];
  for (let c = 0; c < channels; c++)
    for (let d = 0; d < 60; d++) {
      const slot = new Date(at.getTime() + d * 86_400_000).toISOString();
      rows.push({ platform: 'slack', channel_id: `C0TIP${c}`, slot, tip_id: 'tip-1', round: 1, status: 'posted', error: null, claimed_at: slot });
    }
  for (let c = 0; c < today; c++)
    rows.push({ platform: 'slack', channel_id: `C0TIP${c}`, slot: SLOT, tip_id: 'tip-2', round: 1, status: 'posted', error: null, claimed_at: SLOT });
  for (let i = 0; i < rows.length; i += 500)
    await db.kysely
      .insertInto('tip_posts')
      .values(rows.slice(i, i + 500))
      .execute();
}

describe('the daily tip tick', () => {
  it('finds exactly the subscribed channels that still lack the slot', async () => {
    await postsOfAYear(30, 27);
    const due = await new SqlTipStore(db).unclaimedChannels(SLOT, []);
    expect(due.map((c) => c.channelId).sort()).toEqual(['C0TIP27', 'C0TIP28', 'C0TIP29']);
  });

  it.skipIf(Boolean(process.env.DATABASE_URL))(
    "reads the slot's own entries from one index, never each channel's history of posts (SQLite's plan)",
    async () => {
      await postsOfAYear(30, 30);
      const query = subscribedWithoutSlot(db.kysely, SLOT).compile();
      const plan = await db.kysely.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${query.sql}`, [...query.parameters]));
      const steps = plan.rows.map((r) => r.detail);
      expect(steps).toContain('SEARCH p USING COVERING INDEX tip_posts_slot (slot=?)');
      // Before: a look-up per subscribed channel in the posts' key (platform, channel_id, slot), whose pages hold every channel's year.
      expect(steps.join('\n')).not.toMatch(/sqlite_autoindex_tip_posts|tip_posts_round/);
      expect(await subscribedWithoutSlot(db.kysely, SLOT).execute()).toEqual([]);
    },
  );
});
