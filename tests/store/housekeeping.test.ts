import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqlHousekeeping } from '../../src/store/housekeeping.js';
import type { Database } from '../../src/store/db-schema.js';
import { testDb } from '../support/db.js';
import { escalation, person } from '../support/housekeeping-rows.js';

let db: Awaited<ReturnType<typeof testDb>>;
beforeEach(async () => {
  db = await testDb();
});
afterEach(async () => {
  await db.cleanup();
});

const NOW = new Date('2027-06-01T12:00:00Z');
const OLD = '2027-01-10T10:00:00.000Z'; // before the 90-day cut (3 March)
const RECENT = '2027-05-20T10:00:00.000Z';
const ANCIENT = '2026-01-01T10:00:00.000Z'; // before the 400 days that figures are kept
/** One row of every kind on both sides of each period. */
async function seedEveryTable(): Promise<void> {
  const k = db.kysely;
  for (const when of [OLD, RECENT]) {
    await k.insertInto('question_signals').values({ at: when, platform: 'slack', lang: 'nl', item_id: null, masked_text: 'vraag' }).execute();
    await k.insertInto('check_signals').values({ at: when, platform: 'slack', lang: 'nl', verdict: 'groen', codes: '' }).execute();
    await k.insertInto('feedback').values({ item_id: 'regel-1', vote: 'up', platform: 'slack', created_at: when }).execute();
    await k
      .insertInto('outbox')
      .values({ id: `done-${when}`, job: '{}', status: 'done', attempts: 1, due_at: when, leased_until: null, last_error: null, created_at: when })
      .execute();
    await k
      .insertInto('tip_posts')
      .values({ platform: 'slack', channel_id: 'C0TIPS', slot: when, tip_id: 'tip-1', round: 1, status: 'posted', error: null, claimed_at: when })
      .execute();
    await k.insertInto('digest_posts').values({ platform: 'slack', channel_id: 'C0COMMS', slot: when, claimed_at: when }).execute();
  }
  await k
    .insertInto('outbox')
    .values({ id: 'pending-old', job: '{}', status: 'pending', attempts: 9, due_at: OLD, leased_until: null, last_error: 'x', created_at: OLD })
    .execute();
  await k
    .insertInto('escalations')
    .values([
      escalation('E-OLD', 'resolved', OLD, true),
      escalation('E-NEW', 'resolved', RECENT, true),
      escalation('E-OPEN', 'open', OLD, true),
      escalation('E-GONE', 'resolved', ANCIENT, false),
      escalation('E-DONE', 'resolved', OLD, false),
    ])
    .execute();
  await k
    .insertInto('escalation_events')
    .values([
      { escalation_id: 'E-OLD', seq: 1, action: 'opened', actor: person('rita'), at: OLD },
      { escalation_id: 'E-NEW', seq: 1, action: 'opened', actor: person('rita'), at: RECENT },
      { escalation_id: 'E-OPEN', seq: 1, action: 'opened', actor: person('rita'), at: OLD },
    ])
    .execute();
  await k
    .insertInto('escalation_posts')
    .values(
      ['E-OLD', 'E-NEW', 'E-OPEN'].map((id) => ({ escalation_id: id, platform: 'slack', channel_id: 'C0COMMS', message_id: `m-${id}`, purpose: 'report' })),
    )
    .execute();
  for (const day of [ANCIENT.slice(0, 10), RECENT.slice(0, 10)]) {
    await k.insertInto('daily_counts').values({ day, series: 'questions', key: '', n: 3 }).execute();
    await k.insertInto('daily_rollups').values({ day, rolled_at: day }).execute();
  }
  await k.insertInto('maintenance_runs').values({ job: 'daily', slot: '2027-05-01', claimed_at: '2027-05-01T00:00:00.000Z' }).execute();
  await k.insertInto('tip_subscriptions').values({ platform: 'slack', channel_id: 'C0TIPS', subscribed: 1, updated_at: ANCIENT }).execute();
  await k.insertInto('bindings').values({ platform: 'slack', channel_id: 'C0COMMS', department: 'communicatie', bound_at: ANCIENT }).execute();
  await k.insertInto('conversations').values({ platform: 'teams', conversation_id: '19:x', kind: 'channel', reference: '{}', created_at: ANCIENT }).execute();
}

const all = async (table: keyof Database) => (await db.kysely.selectFrom(table).selectAll().execute()) as Array<Record<string, unknown>>;

/**
 * How long each table's rows live. A table added without a line here fails the test below:
 * everything the bot stores must expire or be documented as kept (README, "what the bot stores").
 */
const RULES: Record<string, string> = {
  question_signals: 'RETENTION_DAYS',
  check_signals: 'RETENTION_DAYS',
  feedback: 'RETENTION_DAYS',
  escalations: 'people: RETENTION_DAYS after resolution; the anonymous row: 400 days',
  escalation_events: 'RETENTION_DAYS (deleted with the people once resolved)',
  escalation_posts: 'deleted with the people once resolved',
  outbox: 'done jobs: RETENTION_DAYS',
  tip_posts: 'RETENTION_DAYS',
  digest_posts: 'RETENTION_DAYS',
  daily_counts: '400 days',
  daily_rollups: '400 days',
  maintenance_runs: '7 days',
  tip_subscriptions: 'until changed',
  bindings: 'until changed',
  conversations: 'until the bot is removed',
  console_links: 'until they expire (SqlConsoleStore.purge)',
  console_sessions: '8 hours idle (SqlConsoleStore.purge)',
  console_audit: 'RETENTION_DAYS (SqlConsoleStore.purge)',
  knowledge_versions: "kept: the knowledge's history; the author is a role, never a person",
  knowledge_drafts: 'kept: knowledge text only; the author is a role, never a person',
  hash_keys: '2 × RETENTION_DAYS (SqlKeyring, on use and every housekeeping round)',
  language_choices: 'deleted with the hash key they were stored under (SqlKeyring)',
  change_counts: 'kept: one count per kind of change, no person',
  once_keys: 'minutes: until they expire (SqlOnceStore.purgeExpired, every minute)',
};

describe('housekeeping', () => {
  it('has a retention rule for every table', async () => {
    const schema = db.engine === 'postgres' ? String((await sql<{ s: string }>`select current_schema() as s`.execute(db.kysely)).rows[0]?.s) : undefined;
    const tables = (await db.kysely.introspection.getTables())
      .filter((t) => (schema === undefined || t.schema === schema) && !t.name.startsWith('kysely_'))
      .map((t) => t.name);
    expect(tables.sort()).toEqual(Object.keys(RULES).sort());
  });

  it('deletes or anonymises only what is due, and a second round finds nothing to do', async () => {
    await seedEveryTable();
    const first = await new SqlHousekeeping(db, { retentionDays: 90 }).run(NOW);
    expect(first).toMatchObject({ signals: 3, escalations: 1, daily: true });
    for (const table of ['question_signals', 'check_signals', 'tip_posts', 'digest_posts'] as const) expect((await all(table)).length, table).toBe(1);
    expect((await all('feedback')).map((r) => r.created_at)).toEqual([RECENT]);
    expect((await all('outbox')).map((r) => r.id).sort()).toEqual([`done-${RECENT}`, 'pending-old']);
    const escalations = new Map((await all('escalations')).map((r) => [r.id, r]));
    expect([...escalations.keys()].sort()).toEqual(['E-DONE', 'E-NEW', 'E-OLD', 'E-OPEN']);
    expect(JSON.stringify(escalations.get('E-OLD'))).not.toMatch(/rita|chris/i);
    expect(escalations.get('E-NEW')?.resolved_by).toContain('chris');
    expect(escalations.get('E-OPEN')?.reporter).toContain('rita'); // open: the reporter is still told of each step
    expect((await all('escalation_events')).map((r) => [r.escalation_id, r.actor === null])).toEqual(
      expect.arrayContaining([
        ['E-NEW', false],
        ['E-OPEN', true],
      ]),
    );
    expect((await all('escalation_events')).length).toBe(2);
    expect((await all('escalation_posts')).map((r) => r.escalation_id).sort()).toEqual(['E-NEW', 'E-OPEN']);
    expect((await all('daily_counts')).map((r) => r.day)).not.toContain(ANCIENT.slice(0, 10));
    expect((await all('maintenance_runs')).map((r) => r.slot)).toEqual(['2027-06-01']);
    for (const table of ['tip_subscriptions', 'bindings', 'conversations'] as const) expect((await all(table)).length, table).toBe(1);

    const second = await new SqlHousekeeping(db, { retentionDays: 90 }).run(new Date(NOW.getTime() + 60_000));
    expect(second).toEqual({ rolledDays: 0, signals: 0, escalations: 0, expired: 0, daily: false });
  });

  it('keeps signals whose day is not in the daily figures yet, even past the retention period', async () => {
    await db.kysely
      .insertInto('question_signals')
      .values({ at: '2027-05-31T00:10:00.000Z', platform: 'slack', lang: 'nl', item_id: 'regel-1', masked_text: null })
      .execute();
    // RETENTION_DAYS=1 at 00:30: the row is due, but 31 May is rolled up only at 01:00.
    await new SqlHousekeeping(db, { retentionDays: 1 }).run(new Date('2027-06-01T00:30:00Z'));
    expect(await all('question_signals')).toHaveLength(1);
    await new SqlHousekeeping(db, { retentionDays: 1 }).run(new Date('2027-06-01T01:30:00Z'));
    expect(await all('question_signals')).toHaveLength(0);
    expect(await all('daily_counts')).toContainEqual(expect.objectContaining({ day: '2027-05-31', series: 'questions', n: 1 }));
  });
});
