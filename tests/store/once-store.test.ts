import { dirname } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { openDb } from '../../src/store/db.js';
import { SqlOnceStore } from '../../src/store/once-store.js';
import { testDb } from '../support/db.js';

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const done of cleanup.splice(0).reverse()) await done();
});

async function store(now: { value: Date }) {
  const db = await testDb();
  cleanup.push(() => db.cleanup());
  return { db, once: new SqlOnceStore(db, { now: () => now.value }) };
}

it('lets a key be claimed once until it expires, then again', async () => {
  const now = { value: new Date('2026-11-24T09:00:00Z') };
  const { once } = await store(now);
  const until = new Date('2026-11-24T09:05:00Z');
  expect(await once.claim('slack-signature', 'v0=abc', until)).toBe(true);
  expect(await once.claim('slack-signature', 'v0=abc', until)).toBe(false);
  expect(await once.claim('slack-event', 'v0=abc', until)).toBe(true); // another kind, another key
  now.value = new Date('2026-11-24T09:06:00Z');
  expect(await once.claim('slack-signature', 'v0=abc', new Date('2026-11-24T09:11:00Z'))).toBe(true);
});

it('gives a key to exactly one of many claims at the same moment, through two connections', async () => {
  const now = { value: new Date('2026-11-24T09:00:00Z') };
  const { db, once } = await store(now);
  // A second connection to the same database, as a second replica would have (SQLite: the same file).
  const second = db.engine === 'sqlite' ? await openDb({ dataDir: dirname(db.location) }) : undefined;
  if (second) cleanup.push(() => second.close());
  const other = second ? new SqlOnceStore(second, { now: () => now.value }) : once;
  const until = new Date('2026-11-24T09:05:00Z');
  const claims = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? once : other).claim('slack-event', 'Ev123', until)));
  expect(claims.filter(Boolean)).toHaveLength(1);
});

it('purges what expired and keeps the rest', async () => {
  const now = { value: new Date('2026-11-24T09:00:00Z') };
  const { once } = await store(now);
  await once.claim('slack-event', 'old', new Date('2026-11-24T09:01:00Z'));
  await once.claim('slack-event', 'new', new Date('2026-11-24T10:00:00Z'));
  expect(await once.purgeExpired(new Date('2026-11-24T09:30:00Z'))).toBe(1);
  expect(await once.claim('slack-event', 'new', new Date('2026-11-24T11:00:00Z'))).toBe(false);
});

it('decides each of many claims arriving together on its own (they share one statement)', async () => {
  const now = { value: new Date('2026-11-24T09:00:00Z') };
  const { once } = await store(now);
  await once.claim('slack-signature', 'live', new Date('2026-11-24T09:05:00Z'));
  await once.claim('slack-signature', 'expired', new Date('2026-11-24T08:59:00Z'));
  const until = new Date('2026-11-24T09:05:00Z');
  const keys = ['live', 'expired', ...Array.from({ length: 150 }, (_, i) => `new-${i}`), 'twice', 'twice', 'twice'];
  const claims = await Promise.all(keys.map((key) => once.claim('slack-signature', key, until)));
  const won = keys.filter((_, i) => claims[i]);
  expect(won).not.toContain('live');
  expect(won).toContain('expired');
  expect(won.filter((k) => k.startsWith('new-'))).toHaveLength(150);
  expect(won.filter((k) => k === 'twice')).toHaveLength(1);
  // Each is remembered: the same keys again, together, are all refused.
  expect((await Promise.all(keys.map((key) => once.claim('slack-signature', key, until)))).some(Boolean)).toBe(false);
});

it('fails every claim waiting on a database that does not answer, none hangs', async () => {
  const now = { value: new Date('2026-11-24T09:00:00Z') };
  const { db, once } = await store(now);
  await db.close();
  const until = new Date('2026-11-24T09:05:00Z');
  const claims = Array.from({ length: 5 }, (_, i) => once.claim('slack-event', `k${i}`, until));
  for (const claim of claims) await expect(claim).rejects.toThrow();
});
