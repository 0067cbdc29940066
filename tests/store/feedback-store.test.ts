import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqlFeedbackStore } from '../../src/store/feedback-store.js';
import { testDb } from '../support/db.js';

let db: Awaited<ReturnType<typeof testDb>>;
beforeEach(async () => {
  db = await testDb();
});
afterEach(async () => {
  await db.cleanup();
});

describe('the feedback store', () => {
  it('counts helpful and unhelpful votes per item, most unhelpful first', async () => {
    const store = new SqlFeedbackStore(db);
    const at = new Date('2026-11-24T10:00:00Z');
    for (const [itemId, vote] of [['regel-1', 'up'], ['regel-1', 'down'], ['regel-7', 'down'], ['regel-7', 'down'], ['regel-1', 'up']] as const) {
      await store.record({ itemId, vote, platform: 'slack', at });
    }
    expect(await store.counts()).toEqual([
      { itemId: 'regel-7', up: 0, down: 2 },
      { itemId: 'regel-1', up: 2, down: 1 },
    ]);
  });

  it('keeps no user id: the table has only item, vote, platform and time', async () => {
    const store = new SqlFeedbackStore(db);
    await store.record({ itemId: 'regel-1', vote: 'up', platform: 'teams', at: new Date() });
    const rows = await db.kysely.selectFrom('feedback').selectAll().execute();
    expect(Object.keys(rows[0] ?? {}).sort()).toEqual(['created_at', 'item_id', 'platform', 'vote']);
  });

  it('shares the counts between store instances over one database', async () => {
    await new SqlFeedbackStore(db).record({ itemId: 'regel-2', vote: 'down', platform: 'slack', at: new Date() });
    expect(await new SqlFeedbackStore(db).counts()).toEqual([{ itemId: 'regel-2', up: 0, down: 1 }]);
  });
});
