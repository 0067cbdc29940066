import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqlKeyring } from '../../src/store/keyring.js';
import { SqlLanguageChoices } from '../../src/store/language-store.js';
import { testDb } from '../support/db.js';

let db: Awaited<ReturnType<typeof testDb>>;
beforeEach(async () => {
  db = await testDb();
});
afterEach(async () => {
  await db.cleanup();
});

describe('the language each person chose ("taal en")', () => {
  it('is kept per platform and person, under a keyed hash, never the user id', async () => {
    const store = new SqlLanguageChoices(db, new SqlKeyring(db, 90, { now: () => new Date('2026-11-24T10:00:00Z') }));
    await store.set('slack', 'U0ANNE', 'en', new Date());
    expect(await store.get('slack', 'U0ANNE')).toBe('en');
    expect(await store.get('teams', 'U0ANNE')).toBeUndefined();
    expect(await store.get('slack', 'U0BERT')).toBeUndefined();
    await store.set('slack', 'U0ANNE', 'nl', new Date());
    expect(await store.get('slack', 'U0ANNE')).toBe('nl');
    const rows = await db.kysely.selectFrom('language_choices').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain('U0ANNE');
    expect(rows[0]?.person).toMatch(/^[0-9a-f]{64}$/);
  });

  it('moves to the new key when the key rotates, and is gone once a person is silent for two periods', async () => {
    const clock = { at: new Date('2026-01-01T10:00:00Z'), now: () => clock.at };
    const store = new SqlLanguageChoices(db, new SqlKeyring(db, 30, clock));
    await store.set('teams', 'aad-1', 'en', clock.at);
    clock.at = new Date('2026-02-05T10:00:00Z');
    expect(await store.get('teams', 'aad-1')).toBe('en'); // found under the old key, moved to the new one
    clock.at = new Date('2026-03-10T10:00:00Z');
    expect(await store.get('teams', 'aad-1')).toBe('en');
    await store.set('teams', 'aad-2', 'en', clock.at);
    clock.at = new Date('2026-06-01T10:00:00Z'); // both keys older than two periods
    expect(await store.get('teams', 'aad-1')).toBeUndefined();
    expect(await db.kysely.selectFrom('language_choices').selectAll().execute()).toEqual([]);
  });

  it('gives each of many people asking at once their own choice (they share one lookup)', async () => {
    const store = new SqlLanguageChoices(db, new SqlKeyring(db, 90, { now: () => new Date('2026-11-24T10:00:00Z') }));
    for (let i = 0; i < 40; i += 3) await store.set('slack', `U${i}`, i % 2 ? 'en' : 'nl', new Date());
    const asked = Array.from({ length: 40 }, (_, i) => [i % 5 === 4 ? 'teams' : 'slack', `U${i}`] as const);
    const answers = await Promise.all(asked.map(([platform, user]) => store.get(platform, user)));
    expect(answers).toEqual(
      asked.map(([platform, user]) => {
        const i = Number(user.slice(1));
        return platform === 'slack' && i % 3 === 0 ? (i % 2 ? 'en' : 'nl') : undefined;
      }),
    );
  });

  it('makes one key however many people ask at once on a new database, and each gets their own answer', async () => {
    const store = new SqlLanguageChoices(db, new SqlKeyring(db, 90, { now: () => new Date('2026-11-24T10:00:00Z') }));
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => store.get('teams', `29:user-${i}`)));
    expect(answers).toEqual(Array.from({ length: 20 }, () => undefined));
    expect(await db.kysely.selectFrom('hash_keys').select('id').execute()).toHaveLength(1);
    await store.set('teams', '29:user-3', 'en', new Date());
    expect(await Promise.all([store.get('teams', '29:user-3'), store.get('teams', '29:user-4')])).toEqual(['en', undefined]);
  });

  it('makes one key when two processes start together on a new database, so each finds what the other stored', async () => {
    const clock = { now: () => new Date('2026-11-24T10:00:00Z') };
    const here = new SqlLanguageChoices(db, new SqlKeyring(db, 90, clock), 0);
    const there = new SqlLanguageChoices(db, new SqlKeyring(db, 90, clock), 0);
    expect(await Promise.all([here.get('teams', '29:anne'), there.get('teams', '29:bert')])).toEqual([undefined, undefined]);
    expect(await db.kysely.selectFrom('hash_keys').select('id').execute()).toHaveLength(1);
    await there.set('teams', '29:anne', 'en', new Date());
    expect(await here.get('teams', '29:anne')).toBe('en');
  });

  it('uses a choice made in another process (the same database) once it looks at the change count again', async () => {
    const clock = { now: () => new Date('2026-11-24T10:00:00Z') };
    // Two processes' stores; here's looks at the count every time, there's never again within the test.
    const here = new SqlLanguageChoices(db, new SqlKeyring(db, 90, clock), 0);
    const there = new SqlLanguageChoices(db, new SqlKeyring(db, 90, clock), 60_000);
    expect(await here.get('slack', 'U0ANNE')).toBeUndefined();
    expect(await there.get('slack', 'U0ANNE')).toBeUndefined();
    await there.set('slack', 'U0ANNE', 'en', new Date());
    expect(await there.get('slack', 'U0ANNE')).toBe('en'); // made here: at once
    expect(await here.get('slack', 'U0ANNE')).toBe('en');
    await here.set('slack', 'U0ANNE', 'nl', new Date());
    expect(await here.get('slack', 'U0ANNE')).toBe('nl');
    // From memory while the count stays: a row changed behind its back (no process does that) is not seen.
    await db.kysely.updateTable('language_choices').set({ lang: 'en' }).execute();
    expect(await here.get('slack', 'U0ANNE')).toBe('nl');
  });
});
