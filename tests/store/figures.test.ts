import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { median, type Stats } from '../../src/core/stats/stats.js';
import { splitPeriod } from '../../src/store/figures.js';
import { rollUpDays } from '../../src/store/rollup.js';
import { SqlSignalStore } from '../../src/store/signal-store.js';
import { testDb } from '../support/db.js';

let db: Awaited<ReturnType<typeof testDb>>;
const at = (iso: string) => new Date(iso);

/** mulberry32, so the data set is the same on every run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const ITEMS = ['regel-1', 'regel-2', 'regel-7', 'tip-auteursrecht'];
const CODES = ['persoonsgegevens', 'onderbouwing', 'vertrouwelijk'];

/** Three weeks of November 2026, every row at its own millisecond. */
async function seedThreeWeeks(): Promise<void> {
  const random = seeded(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const start = at('2026-11-01T00:00:00Z').getTime();
  const instant = () => new Date(start + Math.floor(random() * 21 * 86_400_000)).toISOString();
  const questions = Array.from({ length: 600 }, () => {
    const answered = random() > 0.2;
    return {
      at: instant(),
      platform: 'slack',
      lang: 'nl',
      item_id: answered ? pick(ITEMS) : null,
      masked_text: answered ? null : `vraag ${Math.floor(random() * 1e6)}`,
    };
  });
  const checks = Array.from({ length: 250 }, () => ({
    at: instant(),
    platform: 'teams',
    lang: 'nl',
    verdict: pick(['groen', 'oranje', 'rood']),
    codes: random() < 0.3 ? '' : random() < 0.5 ? pick(CODES) : `${pick(CODES)},${pick(CODES)}`,
  }));
  const votes = Array.from({ length: 200 }, () => ({
    item_id: pick(ITEMS),
    vote: random() < 0.6 ? ('up' as const) : ('down' as const),
    platform: 'slack',
    created_at: instant(),
  }));
  const escalations = Array.from({ length: 41 }, (_, i) => {
    const created = at(instant()).getTime();
    const claimed = random() < 0.8 ? created + Math.floor(random() * 5_000_000) : undefined;
    const resolved = claimed && random() < 0.7 ? claimed + Math.floor(random() * 50_000_000) : undefined;
    const iso = (ms: number | undefined) => (ms === undefined ? null : new Date(ms).toISOString());
    return {
      id: `E-T${String(i).padStart(3, '0')}`,
      department: 'communicatie',
      category: 'discussie',
      urgency: 'normaal',
      link: null,
      description: 'x',
      reporter: '{}',
      status: resolved ? 'resolved' : claimed ? 'claimed' : 'open',
      claimed_by: null,
      claimed_at: iso(claimed),
      resolved_by: null,
      resolved_at: iso(resolved),
      outcome: null,
      created_at: iso(created) as string,
      announced_at: iso(created) as string,
      reminders: 0,
    };
  });
  for (let i = 0; i < questions.length; i += 200)
    await db.kysely
      .insertInto('question_signals')
      .values(questions.slice(i, i + 200))
      .execute();
  await db.kysely.insertInto('check_signals').values(checks).execute();
  await db.kysely.insertInto('feedback').values(votes).execute();
  await db.kysely.insertInto('escalations').values(escalations).execute();
}

/** The figures as the first version computed them: every row of the period read and counted in JavaScript. */
async function figuresTheOldWay(from: Date, to: Date): Promise<Omit<Stats, 'from' | 'to'>> {
  const [f, t] = [from.toISOString(), to.toISOString()];
  const k = db.kysely;
  const questions = await k
    .selectFrom('question_signals')
    .select(['item_id', 'masked_text', 'at'])
    .where('at', '>=', f)
    .where('at', '<=', t)
    .orderBy('at', 'desc')
    .execute();
  const checks = await k.selectFrom('check_signals').select(['verdict', 'codes']).where('at', '>=', f).where('at', '<=', t).execute();
  const votes = await k.selectFrom('feedback').select(['item_id', 'vote']).where('created_at', '>=', f).where('created_at', '<=', t).execute();
  const opened = await k
    .selectFrom('escalations')
    .select(['created_at', 'claimed_at', 'resolved_at'])
    .where('created_at', '>=', f)
    .where('created_at', '<=', t)
    .execute();
  const stale = await k
    .selectFrom('escalations')
    .select('id')
    .where('status', '!=', 'resolved')
    .where('created_at', '<', new Date(to.getTime() - 86_400_000).toISOString())
    .orderBy('created_at')
    .execute();
  const byItem = new Map<string, { itemId: string; down: number; up: number }>();
  for (const v of votes) {
    const entry = byItem.get(v.item_id) ?? { itemId: v.item_id, down: 0, up: 0 };
    entry[v.vote] += 1;
    byItem.set(v.item_id, entry);
  }
  const codeCounts = new Map<string, number>();
  for (const c of checks) for (const code of c.codes.split(',').filter(Boolean)) codeCounts.set(code, (codeCounts.get(code) ?? 0) + 1);
  const verdicts = { groen: 0, oranje: 0, rood: 0 };
  for (const c of checks) if (c.verdict in verdicts) verdicts[c.verdict as keyof typeof verdicts] += 1;
  const minutes = (a: string, b: string) => (new Date(b).getTime() - new Date(a).getTime()) / 60_000;
  return {
    questions: questions.length,
    answered: questions.filter((q) => q.item_id !== null).length,
    unanswered: questions.filter((q) => q.item_id === null && q.masked_text).map((q) => q.masked_text as string),
    unhelpful: [...byItem.values()]
      .filter((e) => e.down > 0)
      .sort((a, b) => b.down - a.down || a.itemId.localeCompare(b.itemId))
      .slice(0, 5),
    checks: verdicts,
    findings: [...codeCounts].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
    escalations: {
      opened: opened.length,
      medianMinutesToClaim: median(opened.filter((e) => e.claimed_at).map((e) => minutes(e.created_at, e.claimed_at as string))),
      medianMinutesToResolve: median(opened.filter((e) => e.resolved_at).map((e) => minutes(e.created_at, e.resolved_at as string))),
      staleOpen: stale.map((e) => e.id),
    },
  };
}

async function expectSameFigures(from: Date, to: Date): Promise<void> {
  const { from: _f, to: _t, ...now } = await new SqlSignalStore(db).stats(from, to);
  const before = await figuresTheOldWay(from, to);
  const close = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? expect(a).toBe(b) : expect(a).toBeCloseTo(b, 6));
  close(now.escalations.medianMinutesToClaim, before.escalations.medianMinutesToClaim);
  close(now.escalations.medianMinutesToResolve, before.escalations.medianMinutesToResolve);
  const withoutMedians = (s: typeof now) => ({ ...s, escalations: { ...s.escalations, medianMinutesToClaim: 0, medianMinutesToResolve: 0 } });
  expect(withoutMedians(now)).toEqual(withoutMedians({ ...before, unanswered: before.unanswered.slice(0, 5) }));
}

beforeAll(async () => {
  db = await testDb();
  await seedThreeWeeks();
});
afterAll(async () => {
  await db.cleanup();
});

const PERIODS: Array<[string, string, string]> = [
  ['a week starting and ending mid-day', '2026-11-05T13:37:00Z', '2026-11-12T08:12:00Z'],
  ['the whole three weeks', '2026-10-30T00:00:00Z', '2026-11-23T00:00:00Z'],
  ['part of one day', '2026-11-09T06:00:00Z', '2026-11-09T18:30:00Z'],
  ['days that end exactly at midnight', '2026-11-03T00:00:00Z', '2026-11-10T00:00:00Z'],
];

describe('the figures of a period', () => {
  it.each(PERIODS)('equal what the first version counted, from the raw rows: %s', async (_name, from, to) => {
    await expectSameFigures(at(from), at(to));
  });

  it.each(PERIODS)('equal what the first version counted, with the finished days rolled up: %s', async (_name, from, to) => {
    await rollUpDays(db, at('2026-11-18T05:00:00Z')); // up to 17 November; the rest still raw
    await expectSameFigures(at(from), at(to));
    await rollUpDays(db, at('2026-11-30T05:00:00Z')); // every day
    await expectSameFigures(at(from), at(to));
  });
});

describe('a period split into rolled-up days and raw stretches', () => {
  const rolled = new Set(['2026-11-02', '2026-11-03', '2026-11-05']);
  it.each([
    [
      'from mid-day to mid-day',
      '2026-11-01T12:00:00Z',
      '2026-11-06T06:00:00Z',
      ['2026-11-02', '2026-11-03', '2026-11-05'],
      [
        '2026-11-01T12:00:00.000Z..2026-11-02T00:00:00.000Z',
        '2026-11-04T00:00:00.000Z..2026-11-05T00:00:00.000Z',
        '2026-11-06T00:00:00.000Z..2026-11-06T06:00:00.000Z]',
      ],
    ],
    [
      'ending at midnight, which belongs to the next day',
      '2026-11-02T00:00:00Z',
      '2026-11-04T00:00:00Z',
      ['2026-11-02', '2026-11-03'],
      ['2026-11-04T00:00:00.000Z..2026-11-04T00:00:00.000Z]'],
    ],
    ['inside one day', '2026-11-02T01:00:00Z', '2026-11-02T02:00:00Z', [], ['2026-11-02T01:00:00.000Z..2026-11-02T02:00:00.000Z]']],
  ])('%s', (_name, from, to, days, raw) => {
    const split = splitPeriod(at(from), at(to), rolled);
    expect(split.days).toEqual(days);
    expect(split.raw.map((r) => `${r.from}..${r.to}${r.inclusive ? ']' : ''}`)).toEqual(raw);
  });
});
