import type { Kysely, RawBuilder } from 'kysely';
import { sql } from './kysely.js';
import type { Engine } from './db.js';
import type { Database } from './db-schema.js';

/** A stretch of time for the raw signal tables: `[from, to)`, or `[from, to]` when inclusive. */
export interface Range {
  from: string;
  to: string;
  inclusive: boolean;
}

/** Question, check and vote counts, from raw rows or from the daily roll-up; no person in them. */
export interface Counts {
  questions: number;
  answered: number;
  verdicts: Map<string, number>;
  findings: Map<string, number>;
  up: Map<string, number>;
  down: Map<string, number>;
}

export const DAY_MS = 86_400_000;
export const dayOf = (at: Date) => at.toISOString().slice(0, 10);
export const dayStart = (day: string) => new Date(`${day}T00:00:00.000Z`);
export const nextDay = (day: string) => dayOf(new Date(dayStart(day).getTime() + DAY_MS));

export function emptyCounts(): Counts {
  return { questions: 0, answered: 0, verdicts: new Map(), findings: new Map(), up: new Map(), down: new Map() };
}

const add = (map: Map<string, number>, key: string, n: number) => map.set(key, (map.get(key) ?? 0) + n);

/**
 * Splits a period into the finished UTC days whose figures were rolled up and the stretches
 * between them that must be counted from the raw rows (usually the first and the last day).
 */
export function splitPeriod(from: Date, to: Date, rolled: ReadonlySet<string>): { days: string[]; raw: Range[] } {
  const days: string[] = [];
  const raw: Range[] = [];
  let cursor = from.getTime();
  for (let start = Math.ceil(from.getTime() / DAY_MS) * DAY_MS; start + DAY_MS <= to.getTime(); start += DAY_MS) {
    const day = dayOf(new Date(start));
    if (!rolled.has(day)) continue;
    if (cursor < start) raw.push({ from: new Date(cursor).toISOString(), to: new Date(start).toISOString(), inclusive: false });
    days.push(day);
    cursor = start + DAY_MS;
  }
  if (cursor <= to.getTime()) raw.push({ from: new Date(cursor).toISOString(), to: to.toISOString(), inclusive: true });
  return { days, raw };
}

/** `column` within any of the ranges, as one condition (an index serves each range). */
function within(column: string, ranges: readonly Range[]): RawBuilder<boolean> {
  const ref = sql.ref(column);
  return sql<boolean>`(${sql.join(
    ranges.map((r) => (r.inclusive ? sql`(${ref} >= ${r.from} and ${ref} <= ${r.to})` : sql`(${ref} >= ${r.from} and ${ref} < ${r.to})`)),
    sql` or `,
  )})`;
}

/** Counts the raw signal and vote rows in the ranges, grouped in SQL. */
export async function rawCounts(k: Kysely<Database>, ranges: readonly Range[]): Promise<Counts> {
  const counts = emptyCounts();
  if (ranges.length === 0) return counts;
  const questions = await k
    .selectFrom('question_signals')
    .select((eb) => [eb.fn.countAll<string | number>().as('n'), eb.fn.count<string | number>('item_id').as('answered')])
    .where(within('at', ranges))
    .executeTakeFirst();
  counts.questions = Number(questions?.n ?? 0);
  counts.answered = Number(questions?.answered ?? 0);
  const checks = await k
    .selectFrom('check_signals')
    .select((eb) => ['verdict', 'codes', eb.fn.countAll<string | number>().as('n')])
    .where(within('at', ranges))
    .groupBy(['verdict', 'codes'])
    .execute();
  for (const row of checks) {
    add(counts.verdicts, row.verdict, Number(row.n));
    for (const code of row.codes.split(',').filter(Boolean)) add(counts.findings, code, Number(row.n));
  }
  const votes = await k
    .selectFrom('feedback')
    .select((eb) => ['item_id', 'vote', eb.fn.countAll<string | number>().as('n')])
    .where(within('created_at', ranges))
    .groupBy(['item_id', 'vote'])
    .execute();
  for (const row of votes) add(row.vote === 'up' ? counts.up : counts.down, row.item_id, Number(row.n));
  return counts;
}

/** The roll-up rows of one day's counts. */
export function countsToRows(day: string, counts: Counts): Array<{ day: string; series: string; key: string; n: number }> {
  const rows = [
    { day, series: 'questions', key: '', n: counts.questions },
    { day, series: 'answered', key: '', n: counts.answered },
  ];
  for (const [series, map] of [
    ['verdict', counts.verdicts],
    ['finding', counts.findings],
    ['up', counts.up],
    ['down', counts.down],
  ] as const) {
    for (const [key, n] of map) rows.push({ day, series, key, n });
  }
  return rows.filter((r) => r.n > 0);
}

/** Sums the rolled-up days (at most one row per series and key per day). */
export async function rolledCounts(k: Kysely<Database>, days: readonly string[]): Promise<Counts> {
  const counts = emptyCounts();
  if (days.length === 0) return counts;
  const runs: Array<[string, string]> = [];
  for (const day of days) {
    const last = runs[runs.length - 1];
    if (last && nextDay(last[1]) === day) last[1] = day;
    else runs.push([day, day]);
  }
  const rows = await k
    .selectFrom('daily_counts')
    .select((eb) => ['series', 'key', eb.fn.sum<string | number>('n').as('n')])
    .where(
      sql<boolean>`(${sql.join(
        runs.map(([a, b]) => sql`(day >= ${a} and day <= ${b})`),
        sql` or `,
      )})`,
    )
    .groupBy(['series', 'key'])
    .execute();
  for (const row of rows) {
    const n = Number(row.n);
    if (row.series === 'questions') counts.questions += n;
    else if (row.series === 'answered') counts.answered += n;
    else if (row.series === 'verdict') add(counts.verdicts, row.key, n);
    else if (row.series === 'finding') add(counts.findings, row.key, n);
    else if (row.series === 'up') add(counts.up, row.key, n);
    else if (row.series === 'down') add(counts.down, row.key, n);
  }
  return counts;
}

export function mergeCounts(a: Counts, b: Counts): Counts {
  const merged = { ...a, questions: a.questions + b.questions, answered: a.answered + b.answered };
  for (const key of ['verdicts', 'findings', 'up', 'down'] as const) {
    merged[key] = new Map(a[key]);
    for (const [k, n] of b[key]) add(merged[key], k, n);
  }
  return merged;
}

/** Milliseconds from `created_at` to `column`, computed by the database. */
function durationMs(engine: Engine, column: 'claimed_at' | 'resolved_at'): RawBuilder<number> {
  const ref = sql.ref(column);
  return engine === 'sqlite'
    ? sql<number>`round((julianday(${ref}) - julianday(created_at)) * 86400000)`
    : sql<number>`round(date_part('epoch', ${ref}::timestamptz - created_at::timestamptz) * 1000)`; // date_part: a double, several times faster than extract's numeric
}

/** Escalations opened in the period, and the median minutes to claim and to resolve, in SQL. */
export async function escalationFigures(k: Kysely<Database>, engine: Engine, from: string, to: string) {
  const totals = await k
    .selectFrom('escalations')
    .select((eb) => [
      eb.fn.countAll<string | number>().as('opened'),
      eb.fn.count<string | number>('claimed_at').as('claimed'),
      eb.fn.count<string | number>('resolved_at').as('resolved'),
    ])
    .where('created_at', '>=', from)
    .where('created_at', '<=', to)
    .executeTakeFirst();
  const median = async (column: 'claimed_at' | 'resolved_at', n: number): Promise<number | undefined> => {
    if (n === 0) return undefined;
    // The middle row (or the two middle rows) of the sorted durations: the database sorts, one or two rows come back.
    const rows = await k
      .selectFrom('escalations')
      .select(durationMs(engine, column).as('ms'))
      .where('created_at', '>=', from)
      .where('created_at', '<=', to)
      .where(column, 'is not', null)
      .orderBy('ms')
      .limit(n % 2 === 1 ? 1 : 2)
      .offset(Math.floor((n - 1) / 2))
      .execute();
    return rows.reduce((sum, r) => sum + Number(r.ms), 0) / rows.length / 60_000;
  };
  return {
    opened: Number(totals?.opened ?? 0),
    medianMinutesToClaim: await median('claimed_at', Number(totals?.claimed ?? 0)),
    medianMinutesToResolve: await median('resolved_at', Number(totals?.resolved ?? 0)),
  };
}
