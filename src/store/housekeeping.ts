import type { RawBuilder } from 'kysely';
import { type Compaction, compactAfterPurge, WRITTEN_TABLES } from './compaction.js';
import { sql } from './kysely.js';
import type { Db } from './db.js';
import { DAY_MS, dayOf, dayStart } from './figures.js';
import { rollUpDays } from './rollup.js';
import type { Database } from './db-schema.js';

/** Figures without a person (the daily roll-up, escalations without their people) are kept this long at least. */
export const KEEP_FIGURES_DAYS = 400;
/** Rows per delete or update statement: short enough that other statements get their turn in between. */
const BATCH = 2_000;
/** Escalations made anonymous per transaction. */
const ESCALATION_BATCH = 200;
/** Free SQLite pages handed back a day at most (4 KiB each: 1 GiB). */
const RECLAIM_PAGES_PER_DAY = 262_144;

const ANONYMOUS = JSON.stringify({ platform: 'removed', id: 'removed' });

/** One kind of due row: where it is found, and what is done with it (deleted, unless `work` says otherwise). */
interface Job {
  counts: 'signals' | 'escalations' | 'expired';
  table: keyof Database;
  column: string;
  before: string;
  extra?: RawBuilder<boolean>;
  work?: () => Promise<number>;
}

export interface HousekeepingResult {
  rolledDays: number;
  /** Signals and votes deleted. */
  signals: number;
  /** Escalations whose people were removed. */
  escalations: number;
  /** Other expired rows deleted or cleared: audit lines, card records, done jobs, tip and digest posts, old figures. */
  expired: number;
  /** Whether this process ran the once-a-day part (old figures; space given back, PRAGMA optimize or VACUUM). */
  daily: boolean;
  /** PostgreSQL tables compacted after a large purge, when any. */
  compacted?: Compaction[];
}

/**
 * The store's periodic upkeep, safe to run every minute on every replica: rolls up finished
 * days, deletes or anonymises what is older than the retention period (only rows that are due,
 * found through indexes, in batches), and once a day gives space back. When nothing is due it
 * costs three statements: the last rolled-up day, one probe per kind of row, today's claim.
 */
export class SqlHousekeeping {
  constructor(
    private readonly db: Db,
    private readonly options: { retentionDays: number },
  ) {}

  async run(now: Date): Promise<HousekeepingResult> {
    const rollUp = await rollUpDays(this.db, now);
    const cut = new Date(now.getTime() - this.options.retentionDays * DAY_MS).toISOString();
    // Signals are deleted only once their day is in the roll-up, so that no figure is lost.
    const unrolled = rollUp.next === undefined ? cut : dayStart(rollUp.next).toISOString();
    const [signalCut = cut] = [unrolled, cut].sort(); // the earlier of two ISO instants
    const jobs: Job[] = [
      { counts: 'signals', table: 'question_signals', column: 'at', before: signalCut },
      { counts: 'signals', table: 'check_signals', column: 'at', before: signalCut },
      { counts: 'signals', table: 'feedback', column: 'created_at', before: signalCut },
      {
        counts: 'escalations',
        table: 'escalations',
        column: 'resolved_at',
        before: cut,
        extra: sql<boolean>`resolved_by is not null`,
        work: () => this.anonymiseEscalations(cut),
      },
      {
        counts: 'expired',
        table: 'escalation_events',
        column: 'at',
        before: cut,
        extra: sql<boolean>`actor is not null`,
        work: () => this.inBatches('update', 'escalation_events', sql<boolean>`actor is not null and at < ${cut}`, 'at'),
      },
      { counts: 'expired', table: 'outbox', column: 'due_at', before: cut, extra: sql<boolean>`status = 'done'` },
      { counts: 'expired', table: 'tip_posts', column: 'slot', before: cut },
      { counts: 'expired', table: 'digest_posts', column: 'slot', before: cut },
    ];
    const done = { signals: 0, escalations: 0, expired: 0 };
    const due = await this.whatIsDue(jobs);
    for (const [i, job] of jobs.entries()) {
      if (due[i]) done[job.counts] += await (job.work ? job.work() : this.deleteDue(job.table, job.column, job.before, job.extra));
    }
    const daily = await this.claimDaily(now);
    let compacted: Compaction[] = [];
    if (daily) {
      done.expired += await this.expireFigures(now);
      compacted = await this.reclaimSpace();
    }
    return { rolledDays: rollUp.rolled, ...done, daily, ...(compacted.length > 0 ? { compacted } : {}) };
  }

  /**
   * Which jobs have a row due, asked in one statement: for each the oldest due row, read from
   * the index on its column (a partial one where `extra` names people). A scalar subquery with
   * ORDER BY … LIMIT 1, not EXISTS: PostgreSQL drops the ORDER BY inside EXISTS and then, when
   * its statistics multiply two anti-correlated conditions (old, and still naming people) into
   * thousands of rows, scans the whole table expecting to stop at once (issue 20: 50–75 ms at 100×).
   */
  private async whatIsDue(jobs: readonly Job[]): Promise<boolean[]> {
    const probes = jobs.map(({ table, column, before, extra }, i) => {
      const condition = extra ? sql`${sql.ref(column)} < ${before} and ${extra}` : sql`${sql.ref(column)} < ${before}`;
      const oldest = sql`select ${sql.ref(column)} from ${sql.table(table)} where ${condition} order by ${sql.ref(column)} limit 1`;
      return sql`(${oldest}) is not null as ${sql.id(`due${i}`)}`;
    });
    const result = await sql<Record<string, unknown>>`select ${sql.join(probes)}`.execute(this.db.kysely);
    const row = result.rows[0] ?? {};
    return jobs.map((_, i) => Boolean(Number(row[`due${i}`] ?? 0)));
  }

  /**
   * Removes the people from escalations resolved before `cut`, with their audit lines and card
   * records. Only rows that still name someone are found (a partial index), so nothing is rewritten twice.
   */
  private async anonymiseEscalations(cut: string): Promise<number> {
    let total = 0;
    for (;;) {
      // resolved_by is set only on resolved escalations (reopening clears it): the partial index alone finds them.
      const due = await this.db.kysely
        .selectFrom('escalations')
        .select('id')
        .where('resolved_by', 'is not', null)
        .where('resolved_at', '<', cut)
        .orderBy('resolved_at')
        .limit(ESCALATION_BATCH)
        .execute();
      if (due.length === 0) return total;
      total += await this.db.kysely.transaction().execute(async (trx) => {
        const cleared = await trx
          .updateTable('escalations')
          .set({ reporter: ANONYMOUS, claimed_by: null, resolved_by: null, description: '', outcome: null, link: null })
          .where(
            'id',
            'in',
            due.map((r) => r.id),
          )
          .where('status', '=', 'resolved')
          .where('resolved_by', 'is not', null)
          .returning('id')
          .execute();
        const ids = cleared.map((r) => r.id);
        if (ids.length > 0 && this.db.engine === 'sqlite') {
          // A row made anonymous is a third of its old size, and SQLite never fills the hole it
          // leaves (new rows go after the last rowid): half of every old page would stay empty.
          // Moved past the last rowid, in their order, the anonymous rows are packed together and
          // the old pages empty out, to the free list and back to the file system (issue 20).
          await sql`update escalations set rowid = rowid + (select max(rowid) + 1 from escalations) - (select min(rowid) from escalations where id in (${sql.join(ids)})) where id in (${sql.join(ids)})`.execute(
            trx,
          );
        }
        if (ids.length > 0) {
          await trx.deleteFrom('escalation_events').where('escalation_id', 'in', ids).execute();
          await trx.deleteFrom('escalation_posts').where('escalation_id', 'in', ids).execute();
        }
        return ids.length;
      });
      if (due.length < ESCALATION_BATCH) return total;
    }
  }

  /** Rows of `table` with `column` before `before` (and `extra`), deleted in batches. */
  private deleteDue(table: keyof Database, column: string, before: string, extra?: RawBuilder<boolean>): Promise<number> {
    const condition = extra ? sql<boolean>`${sql.ref(column)} < ${before} and ${extra}` : sql<boolean>`${sql.ref(column)} < ${before}`;
    return this.inBatches('delete', table, condition, column);
  }

  /**
   * Deletes the rows matching `condition`, or (`update`) clears their audit actor, BATCH rows
   * per statement until none is left, oldest first. Each statement picks its rows through the
   * index on `order` by their physical id (SQLite's rowid, PostgreSQL's ctid). The ORDER BY also
   * keeps PostgreSQL on that index when its statistics still count the rows deleted meanwhile.
   */
  private async inBatches(action: 'delete' | 'update', table: keyof Database, condition: RawBuilder<boolean>, order: string): Promise<number> {
    const t = sql.table(table);
    const pick =
      this.db.engine === 'sqlite'
        ? sql`rowid in (select rowid from ${t} where ${condition} order by ${sql.ref(order)} limit ${BATCH})`
        : sql`ctid = any(array(select ctid from ${t} where ${condition} order by ${sql.ref(order)} limit ${BATCH}))`;
    const statement = action === 'delete' ? sql`delete from ${t} where ${pick}` : sql`update ${t} set actor = null where ${pick}`;
    let total = 0;
    for (;;) {
      const result = await statement.execute(this.db.kysely);
      const n = Number(result.numAffectedRows ?? 0);
      total += n;
      if (n < BATCH) return total;
    }
  }

  /** The once-a-day part runs in one process: the first to claim today's row. */
  private async claimDaily(now: Date): Promise<boolean> {
    const slot = dayOf(now);
    const taken = await this.db.kysely.selectFrom('maintenance_runs').select('slot').where('job', '=', 'daily').where('slot', '=', slot).executeTakeFirst();
    if (taken) return false;
    const claim = await this.db.kysely
      .insertInto('maintenance_runs')
      .values({ job: 'daily', slot, claimed_at: now.toISOString() })
      .onConflict((oc) => oc.columns(['job', 'slot']).doNothing())
      .executeTakeFirst();
    return Number(claim.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  /** Figures without a person, kept KEEP_FIGURES_DAYS (or the retention period when longer). */
  private async expireFigures(now: Date): Promise<number> {
    const keep = Math.max(KEEP_FIGURES_DAYS, this.options.retentionDays);
    const long = new Date(now.getTime() - keep * DAY_MS);
    let expired = await this.deleteDue('daily_counts', 'day', dayOf(long));
    expired += await this.deleteDue('daily_rollups', 'day', dayOf(long));
    expired += await this.deleteDue('escalations', 'resolved_at', long.toISOString(), sql<boolean>`status = 'resolved'`);
    expired += await this.deleteDue('maintenance_runs', 'claimed_at', new Date(now.getTime() - 7 * DAY_MS).toISOString());
    return expired;
  }

  /**
   * Once a day. SQLite: free pages back to the file system (incremental auto-vacuum, 1 024 pages
   * a statement, at most RECLAIM_PAGES_PER_DAY) and PRAGMA optimize. PostgreSQL: VACUUM (ANALYZE)
   * so that deleted rows' space is reused, then compacts what a large purge left mostly empty.
   */
  private async reclaimSpace(): Promise<Compaction[]> {
    const k = this.db.kysely;
    if (this.db.engine === 'postgres') {
      await sql`vacuum (analyze) ${sql.join(WRITTEN_TABLES.map((t) => sql.table(t)))}`.execute(k);
      return compactAfterPurge(this.db);
    }
    const free = await sql<{ freelist_count: number }>`pragma freelist_count`.execute(k);
    const pages = Math.min(Number(free.rows[0]?.freelist_count ?? 0), RECLAIM_PAGES_PER_DAY);
    for (let done = 0; done < pages; done += 1_024) await sql`pragma incremental_vacuum(1024)`.execute(k);
    await sql`pragma optimize`.execute(k);
    return [];
  }
}
