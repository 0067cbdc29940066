import { CompiledQuery, type KyselyPlugin } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqlHousekeeping } from '../../src/store/housekeeping.js';
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

/** Every statement `run` sends, compiled as the database receives it. */
function recording(): { db: typeof db; statements: CompiledQuery[] } {
  const statements: CompiledQuery[] = [];
  const executor = db.kysely.getExecutor();
  const recorder: KyselyPlugin = {
    transformQuery: ({ node, queryId }) => {
      statements.push(executor.compileQuery(node, queryId));
      return node;
    },
    transformResult: async ({ result }) => result,
  };
  return { db: { ...db, kysely: db.kysely.withPlugin(recorder) }, statements };
}

const NOW = new Date('2027-03-01T09:00:00Z');
const OLD = '2026-06-01T10:00:00.000Z';
const RECENT = '2027-02-20T10:00:00.000Z';

/** Old escalations whose people are gone and three times as many recent ones that still name them: old and named never meet. */
async function anonymousPastNamedPresent(): Promise<void> {
  const row = (i: number, old: boolean) => ({
    id: `E-${old ? 'O' : 'N'}${i}`,
    department: 'communicatie',
    category: 'discussie',
    urgency: 'normaal',
    link: null,
    description: old ? '' : 'x',
    reporter: old ? '{"platform":"removed","id":"removed"}' : '{"platform":"slack","id":"U0RITA"}',
    status: 'resolved',
    claimed_by: old ? null : '{"platform":"slack","id":"U0CHRIS"}',
    claimed_at: old ? OLD : RECENT,
    resolved_by: old ? null : '{"platform":"slack","id":"U0CHRIS"}',
    resolved_at: old ? OLD : RECENT,
    outcome: null,
    created_at: old ? OLD : RECENT,
    announced_at: old ? OLD : RECENT,
    reminders: 0,
  });
  const rows = [...Array.from({ length: 3_000 }, (_, i) => row(i, true)), ...Array.from({ length: 9_000 }, (_, i) => row(i, false))];
  for (let i = 0; i < rows.length; i += 200)
    await db.kysely
      .insertInto('escalations')
      .values(rows.slice(i, i + 200))
      .execute();
}

describe('the retention tick with nothing due', () => {
  it('asks each table for its oldest due row through an index, never reading a table whole', async () => {
    await anonymousPastNamedPresent();
    const recorded = recording();
    const upkeep = new SqlHousekeeping(recorded.db, { retentionDays: 90 });
    await upkeep.run(NOW); // the day's first run: rolls up, and refreshes the statistics (ANALYZE)
    recorded.statements.length = 0;
    const tick = await upkeep.run(new Date(NOW.getTime() + 60_000));
    expect(tick).toMatchObject({ signals: 0, escalations: 0, expired: 0, daily: false });
    const probe = recorded.statements.find((s) => s.sql.includes('"due0"'));
    if (!probe) throw new Error(`no probe among ${recorded.statements.map((s) => s.sql.slice(0, 60)).join(' | ')}`);
    const explain = db.engine === 'postgres' ? 'explain (costs off)' : 'explain query plan';
    const plan = await db.kysely.executeQuery<Record<string, string>>(CompiledQuery.raw(`${explain} ${probe.sql}`, [...probe.parameters]));
    const steps = plan.rows.map((r) => Object.values(r).join(' ')).join('\n');
    // Before: PostgreSQL dropped the ORDER BY inside EXISTS and, expecting thousands of old named
    // escalations (old × named, as if independent), read the escalations table whole.
    expect(steps).not.toMatch(/Seq Scan on escalations|SCAN escalations\b/);
    expect(steps).toMatch(/escalations_named/);
  });
});
