import type { Kysely } from 'kysely';
import type { Db } from './db.js';
import { countsToRows, dayOf, dayStart, nextDay, rawCounts } from './figures.js';
import type { Database } from './db-schema.js';

/**
 * A day is rolled up an hour after it ended: signals are written up to a second late (longer
 * while the database is away), and one that arrives after its day was rolled up would be
 * counted in the raw table but not in the figures.
 */
const SETTLE_MS = 3_600_000;

/**
 * The first day whose figures are not rolled up yet: the day after the last rolled one, or
 * the day of the oldest signal when nothing was rolled up. Undefined without any data.
 */
export async function firstUnrolledDay(k: Kysely<Database>): Promise<string | undefined> {
  const last = await k
    .selectFrom('daily_rollups')
    .select((eb) => eb.fn.max('day').as('day'))
    .executeTakeFirst();
  if (last?.day) return nextDay(last.day);
  const oldest = await Promise.all([
    k
      .selectFrom('question_signals')
      .select((eb) => eb.fn.min('at').as('at'))
      .executeTakeFirst(),
    k
      .selectFrom('check_signals')
      .select((eb) => eb.fn.min('at').as('at'))
      .executeTakeFirst(),
    k
      .selectFrom('feedback')
      .select((eb) => eb.fn.min('created_at').as('at'))
      .executeTakeFirst(),
  ]);
  const first = oldest
    .map((row) => row?.at)
    .filter((at): at is string => typeof at === 'string')
    .sort()[0];
  return first?.slice(0, 10);
}

/** Counts one day into daily_counts, once: the row in daily_rollups is the claim. */
async function rollDay(db: Db, day: string, now: Date): Promise<boolean> {
  return db.kysely.transaction().execute(async (trx) => {
    const claim = await trx
      .insertInto('daily_rollups')
      .values({ day, rolled_at: now.toISOString() })
      .onConflict((oc) => oc.column('day').doNothing())
      .executeTakeFirst();
    if (Number(claim.numInsertedOrUpdatedRows ?? 0) === 0) return false; // another process did this day
    const counts = await rawCounts(trx, [{ from: dayStart(day).toISOString(), to: dayStart(nextDay(day)).toISOString(), inclusive: false }]);
    const rows = countsToRows(day, counts);
    for (let i = 0; i < rows.length; i += 200)
      await trx
        .insertInto('daily_counts')
        .values(rows.slice(i, i + 200))
        .execute();
    return true;
  });
}

/**
 * Rolls up every finished day not rolled up yet, one transaction per day, oldest first.
 * Returns how many days this process rolled up, and the first day still to roll up (its
 * signals must stay). Cheap when nothing is due: one query.
 */
export async function rollUpDays(db: Db, now: Date): Promise<{ rolled: number; next: string | undefined }> {
  const lastDue = dayOf(new Date(now.getTime() - SETTLE_MS - 86_400_000));
  let day = await firstUnrolledDay(db.kysely);
  let rolled = 0;
  while (day !== undefined && day <= lastDue) {
    if (await rollDay(db, day, now)) rolled++;
    day = nextDay(day);
  }
  return { rolled, next: day };
}
