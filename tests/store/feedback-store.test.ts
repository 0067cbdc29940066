import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqlFeedbackStore } from '../../src/store/feedback-store.js';
import { SqlKeyring } from '../../src/store/keyring.js';
import { testDb } from '../support/db.js';

let db: Awaited<ReturnType<typeof testDb>>;
beforeEach(async () => {
  db = await testDb();
});
afterEach(async () => {
  await db.cleanup();
});

/** A clock the test moves by hand. */
const clockAt = (iso: string) => {
  const clock = { at: new Date(iso), now: () => clock.at };
  return clock;
};

describe('the feedback store', () => {
  it('counts helpful and unhelpful votes per item, most unhelpful first', async () => {
    const store = new SqlFeedbackStore(db, new SqlKeyring(db, 90, { now: () => new Date() }));
    const at = new Date('2026-11-24T10:00:00Z');
    for (const [itemId, vote] of [
      ['regel-1', 'up'],
      ['regel-1', 'down'],
      ['regel-7', 'down'],
      ['regel-7', 'down'],
      ['regel-1', 'up'],
    ] as const) {
      await store.record({ itemId, vote, platform: 'slack', at });
    }
    expect(await store.counts()).toEqual([
      { itemId: 'regel-7', up: 0, down: 2 },
      { itemId: 'regel-1', up: 2, down: 1 },
    ]);
  });

  it('keeps no user id: item, vote, platform, time, at most a keyed hash of who voted where, and a 👍 no question', async () => {
    const store = new SqlFeedbackStore(db, new SqlKeyring(db, 90, clockAt('2026-11-24T10:00:00Z')));
    await store.record({
      itemId: 'regel-1',
      vote: 'up',
      platform: 'teams',
      at: new Date(),
      voter: { userId: 'aad-0001-anne', card: 'act-17' },
      asked: 'mag ik?',
    });
    const rows = await db.kysely.selectFrom('feedback').selectAll().execute();
    expect(Object.keys(rows[0] ?? {}).sort()).toEqual(['created_at', 'item_id', 'masked_text', 'platform', 'vote', 'voter']);
    expect(rows[0]?.masked_text).toBeNull();
    expect(rows[0]?.voter).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain('anne');
    expect(JSON.stringify(rows)).not.toContain('act-17');
  });

  it('keeps the question of a 👎, masked again (a button value can be forged)', async () => {
    const store = new SqlFeedbackStore(db, new SqlKeyring(db, 90, clockAt('2026-11-24T10:00:00Z')));
    await store.record({ itemId: 'regel-1', vote: 'down', platform: 'slack', at: new Date(), asked: 'Mag ik Jan op 0612345678 bellen?' });
    expect(await db.kysely.selectFrom('feedback').select('masked_text').execute()).toEqual([{ masked_text: 'Mag ik Jan op [telefoon] bellen?' }]);
  });

  it('keeps one vote per person per card: a second vote replaces the first', async () => {
    const store = new SqlFeedbackStore(db, new SqlKeyring(db, 90, clockAt('2026-11-24T10:00:00Z')));
    const vote = (userId: string, card: string, v: 'up' | 'down') =>
      store.record({ itemId: 'regel-7', vote: v, platform: 'slack', at: new Date(), voter: { userId, card } });
    await vote('U1', 'C1/1.1', 'up');
    await vote('U1', 'C1/1.1', 'up');
    await vote('U1', 'C1/1.1', 'down');
    await vote('U2', 'C1/1.1', 'up'); // someone else
    await vote('U1', 'C1/2.2', 'up'); // another card
    expect(await store.counts()).toEqual([{ itemId: 'regel-7', up: 2, down: 1 }]);
  });

  it('still knows the voter after the key rotates, and forgets the key two periods on', async () => {
    const clock = clockAt('2026-01-01T10:00:00Z');
    const keyring = new SqlKeyring(db, 30, clock);
    const store = new SqlFeedbackStore(db, keyring);
    const vote = (v: 'up' | 'down') => store.record({ itemId: 'regel-7', vote: v, platform: 'slack', at: clock.at, voter: { userId: 'U1', card: 'C1/1.1' } });
    await vote('up');
    clock.at = new Date('2026-02-05T10:00:00Z'); // past one period: a new key
    await vote('down');
    expect(await store.counts()).toEqual([{ itemId: 'regel-7', up: 0, down: 1 }]);
    expect((await keyring.keys()).length).toBe(2);
    clock.at = new Date('2026-03-10T10:00:00Z'); // the first key is two periods old: gone
    const ids = (await keyring.keys()).map((k) => k.id);
    expect(ids.length).toBe(2);
    expect(await db.kysely.selectFrom('hash_keys').select('id').execute()).toHaveLength(2);
  });

  it('shares the counts between store instances over one database', async () => {
    await new SqlFeedbackStore(db, new SqlKeyring(db, 90, { now: () => new Date() })).record({
      itemId: 'regel-2',
      vote: 'down',
      platform: 'slack',
      at: new Date(),
    });
    expect(await new SqlFeedbackStore(db, new SqlKeyring(db, 90, { now: () => new Date() })).counts()).toEqual([{ itemId: 'regel-2', up: 0, down: 1 }]);
  });
});
