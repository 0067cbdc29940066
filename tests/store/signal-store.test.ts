import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqlEscalationStore } from '../../src/store/escalation-store.js';
import { SqlFeedbackStore } from '../../src/store/feedback-store.js';
import { SqlKeyring } from '../../src/store/keyring.js';
import { SqlHousekeeping } from '../../src/store/housekeeping.js';
import { SqlSignalStore } from '../../src/store/signal-store.js';
import { collect, testDb } from '../support/db.js';

let db: Awaited<ReturnType<typeof testDb>>;
beforeEach(async () => {
  db = await testDb();
});
afterEach(async () => {
  await db.cleanup();
});

const at = (iso: string) => new Date(iso);
const reporter = { platform: 'slack' as const, id: 'U0REPORTER', name: 'Rita' };
const chris = { platform: 'slack' as const, id: 'U0CHRIS', name: 'Chris' };

/** A week of use: Monday 23 to Sunday 29 November 2026, with something before and after. */
async function seedWeek() {
  const signals = new SqlSignalStore(db);
  const feedback = new SqlFeedbackStore(db, new SqlKeyring(db, 90, { now: () => new Date() }));
  const escalations = new SqlEscalationStore(db);
  for (const [when, item] of [
    ['2026-11-23T09:00:00Z', 'regel-1'],
    ['2026-11-24T10:00:00Z', 'regel-7'],
    ['2026-11-25T11:00:00Z', undefined],
    ['2026-11-26T12:00:00Z', 'tip-auteursrecht'],
    ['2026-11-20T12:00:00Z', 'regel-2'],
  ] as const) {
    await signals.question({
      at: at(when),
      platform: 'slack',
      lang: 'nl',
      itemId: item,
      maskedText: item ? undefined : 'Mag ik [telefoon] van collega [naam] delen?',
    });
  }
  for (const [verdict, codes] of [
    ['groen', []],
    ['oranje', ['onderbouwing']],
    ['rood', ['persoonsgegevens', 'onderbouwing']],
    ['rood', ['vertrouwelijk']],
  ] as const) {
    await signals.check({ at: at('2026-11-24T12:00:00Z'), platform: 'teams', lang: 'nl', verdict, codes });
  }
  await feedback.record({ itemId: 'regel-7', vote: 'down', platform: 'slack', at: at('2026-11-24T10:01:00Z') });
  await feedback.record({ itemId: 'regel-7', vote: 'down', platform: 'teams', at: at('2026-11-25T10:01:00Z') });
  await feedback.record({ itemId: 'regel-1', vote: 'up', platform: 'slack', at: at('2026-11-23T10:01:00Z') });
  const open = (when: string) =>
    escalations.open(
      {
        department: 'communicatie',
        category: 'discussie',
        urgency: 'normaal',
        link: 'https://x.com/piet/status/1',
        description: 'Piet scheldt op [naam]',
        reporter,
        at: at(when),
      },
      () => [],
    );
  const a = await open('2026-11-23T09:00:00Z');
  await escalations.act(a.id, 'claim', chris, at('2026-11-23T09:10:00Z'), undefined, []);
  await escalations.act(a.id, 'resolve', chris, at('2026-11-23T10:00:00Z'), 'Gesproken met Piet', []);
  const b = await open('2026-11-24T09:00:00Z');
  await escalations.act(b.id, 'claim', chris, at('2026-11-24T09:30:00Z'), undefined, []);
  const c = await open('2026-11-25T09:00:00Z'); // still open at the end of the week
  return { signals, ids: [a.id, b.id, c.id] };
}

describe('the figures of a week', () => {
  it('count questions, answers, checks, findings, 👎 and escalation times', async () => {
    const { signals, ids } = await seedWeek();
    const stats = await signals.stats(at('2026-11-23T00:00:00Z'), at('2026-11-30T00:00:00Z'));
    expect(stats).toMatchObject({
      questions: 4,
      answered: 3,
      unanswered: ['Mag ik [telefoon] van collega [naam] delen?'],
      unhelpful: [{ itemId: 'regel-7', down: 2, up: 0 }],
      checks: { groen: 1, oranje: 1, rood: 2 },
      findings: [
        { code: 'onderbouwing', count: 2 },
        { code: 'persoonsgegevens', count: 1 },
        { code: 'vertrouwelijk', count: 1 },
      ],
      escalations: { opened: 3, medianMinutesToClaim: 20, medianMinutesToResolve: 60, staleOpen: [ids[1], ids[2]] },
    });
  });

  it('export escalations and unanswered questions as rows', async () => {
    const { signals } = await seedWeek();
    const rows = await signals.exportRows(at('2026-11-23T00:00:00Z'), at('2026-11-30T00:00:00Z'));
    expect(await collect(rows.escalations)).toHaveLength(3);
    expect(await collect(rows.unanswered)).toEqual([
      { at: '2026-11-25T11:00:00.000Z', platform: 'slack', lang: 'nl', question: 'Mag ik [telefoon] van collega [naam] delen?' },
    ]);
  });
});

describe('retention', () => {
  it('deletes signals and votes older than the period and takes the people and what was written out of old resolved escalations', async () => {
    const { signals, ids } = await seedWeek();
    await signals.flush();
    const done = await new SqlHousekeeping(db, { retentionDays: 90 }).run(at('2027-02-23T00:00:00Z')); // 90 days after 25 November
    expect(done.escalations).toBe(1);
    const questions = await db.kysely.selectFrom('question_signals').select('at').orderBy('at').execute();
    expect(questions.map((q) => q.at.slice(0, 10))).toEqual(['2026-11-25', '2026-11-26']);
    const stats = await signals.stats(at('2026-11-01T00:00:00Z'), at('2026-12-01T00:00:00Z'));
    expect(stats.questions).toBe(5); // the daily figures stay; only the rows went
    const old = await db.kysely
      .selectFrom('escalations')
      .selectAll()
      .where('id', '=', ids[0] as string)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(old)).not.toMatch(/U0REPORTER|U0CHRIS|Rita|Chris|Piet/);
    expect(old).toMatchObject({ description: '', outcome: null, link: null, category: 'discussie', status: 'resolved' });
    expect(
      await db.kysely
        .selectFrom('escalation_events')
        .selectAll()
        .where('escalation_id', '=', ids[0] as string)
        .execute(),
    ).toEqual([]);
    const stillOpen = await db.kysely
      .selectFrom('escalations')
      .selectAll()
      .where('id', '=', ids[2] as string)
      .executeTakeFirstOrThrow();
    expect(stillOpen.reporter).toContain('U0REPORTER'); // open: the reporter must still be told
    expect(stillOpen.description).toBe('Piet scheldt op [naam]');
  });
});

describe('writing in batches', () => {
  it('counts every signal of a busy second, and none is lost while the database fails', async () => {
    const signals = new SqlSignalStore(db, { flushMs: 60_000 });
    const when = at('2026-11-24T10:00:00Z');
    for (let i = 0; i < 1_234; i++) await signals.question({ at: when, platform: 'slack', lang: 'nl', itemId: 'regel-1', maskedText: undefined });
    await signals.flush();
    await signals.question({ at: when, platform: 'teams', lang: 'en', itemId: 'regel-2', maskedText: undefined });
    await signals.check({ at: when, platform: 'teams', lang: 'en', verdict: 'rood', codes: ['vertrouwelijk'] });
    // The table is briefly gone: the write fails, the signals wait for the next one.
    await db.kysely.schema.alterTable('question_signals').renameTo('question_signals_away').execute();
    await expect(signals.flush()).rejects.toThrow();
    await db.kysely.schema.alterTable('question_signals_away').renameTo('question_signals').execute();
    const stats = await signals.stats(at('2026-11-24T00:00:00Z'), at('2026-11-25T00:00:00Z'));
    expect(stats.questions).toBe(1_235);
    expect(stats.checks.rood).toBe(1);
  });
});
