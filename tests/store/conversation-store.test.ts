import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqlConversationStore } from '../../src/store/conversation-store.js';
import { testDb } from '../support/db.js';

let db: Awaited<ReturnType<typeof testDb>>;
beforeEach(async () => {
  db = await testDb();
});
afterEach(async () => {
  await db.cleanup();
});

const channel = {
  platform: 'teams',
  id: '19:comms@thread.tacv2',
  kind: 'channel' as const,
  reference: { serviceUrl: 'https://smba.example/' },
  at: new Date('2026-11-24T09:00:00Z'),
};

describe('conversation references', () => {
  it('are kept once (a welcome goes out once), with the channel’s team', async () => {
    const store = new SqlConversationStore(db);
    expect(await store.remember({ ...channel, teamId: '19:team@thread.tacv2' })).toBe(true);
    expect(await store.remember({ ...channel, teamId: '19:other@thread.tacv2' })).toBe(false);
    expect(await store.find('teams', channel.id)).toMatchObject({ kind: 'channel', teamId: '19:team@thread.tacv2', reference: channel.reference });
  });

  it('learn the team of a channel kept before team ids were, without counting it as new', async () => {
    const store = new SqlConversationStore(db);
    expect(await store.remember(channel)).toBe(true);
    expect((await store.find('teams', channel.id))?.teamId).toBeUndefined();
    expect(await store.remember({ ...channel, teamId: '19:team@thread.tacv2' })).toBe(false);
    expect((await store.find('teams', channel.id))?.teamId).toBe('19:team@thread.tacv2');
  });
});
