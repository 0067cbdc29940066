import { UNANSWERED_SHOWN, type DigestSource, type ExportRows, type Stats } from '../core/stats/stats.js';
import type { Signals } from '../core/ports.js';
import type { Db } from './db.js';
import { exportEscalations, exportUnanswered } from './export-pages.js';
import { newestUnanswered } from './field-questions.js';
import { dayOf, escalationFigures, mergeCounts, rawCounts, rolledCounts, splitPeriod } from './figures.js';
import type { CheckSignalTable, QuestionSignalTable } from './db-schema.js';

/** Rows per insert statement, well under SQLite's limit on bound values. */
const CHUNK = 500;
/** Signals kept in memory while the database is unreachable, per kind. */
const MAX_WAITING = 10_000;

/** Open escalations listed by name as older than a day; more would not be read. */
const STALE_SHOWN = 100;

/** Signals for the content owners and their figures; housekeeping.ts deletes them after the retention period. */
export class SqlSignalStore implements Signals, DigestSource {
  private questions: QuestionSignalTable[] = [];
  private checks: CheckSignalTable[] = [];
  private timer: NodeJS.Timeout | undefined;

  /**
   * Signals are written in batches, at most a second late: one insert per answer cost more
   * than the answer itself. Reading the figures writes what is waiting first.
   */
  constructor(
    private readonly db: Db,
    private readonly options: { flushMs?: number; onFlushError?: (error: unknown, waiting: number) => void } = {},
  ) {}

  async question(signal: Parameters<Signals['question']>[0]): Promise<void> {
    this.questions.push({
      at: signal.at.toISOString(),
      platform: signal.platform,
      lang: signal.lang,
      item_id: signal.itemId ?? null,
      masked_text: signal.maskedText ?? null,
    });
    this.schedule();
  }

  async check(signal: Parameters<Signals['check']>[0]): Promise<void> {
    this.checks.push({ at: signal.at.toISOString(), platform: signal.platform, lang: signal.lang, verdict: signal.verdict, codes: signal.codes.join(',') });
    this.schedule();
  }

  private schedule(): void {
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.flush().catch((error: unknown) => {
        this.options.onFlushError?.(error, this.questions.length + this.checks.length);
        if (this.questions.length + this.checks.length > 0) this.schedule(); // try again later
      });
    }, this.options.flushMs ?? 1_000).unref();
  }

  /**
   * Writes the signals that are waiting, in chunks (SQLite allows a limited number of values
   * per statement). When the database fails, what was not written waits for the next try, up
   * to MAX_WAITING signals; beyond that the oldest are dropped rather than filling memory.
   */
  async flush(): Promise<void> {
    const questions = this.questions.splice(0);
    const checks = this.checks.splice(0);
    try {
      while (questions.length > 0) {
        await this.db.kysely.insertInto('question_signals').values(questions.slice(0, CHUNK)).execute();
        questions.splice(0, CHUNK);
      }
      while (checks.length > 0) {
        await this.db.kysely.insertInto('check_signals').values(checks.slice(0, CHUNK)).execute();
        checks.splice(0, CHUNK);
      }
    } catch (error) {
      this.questions = [...questions, ...this.questions].slice(-MAX_WAITING);
      this.checks = [...checks, ...this.checks].slice(-MAX_WAITING);
      throw error;
    }
  }

  /**
   * The figures of a period: finished days from the daily roll-up (one row per series and key
   * per day), the rest counted from the raw rows in SQL; escalation medians sorted by the
   * database; the newest unanswered questions only. Nothing here reads a row per signal.
   */
  async stats(from: Date, to: Date): Promise<Stats> {
    await this.flush();
    const [f, t] = [from.toISOString(), to.toISOString()];
    const k = this.db.kysely;
    const rolled = await k.selectFrom('daily_rollups').select('day').where('day', '>=', dayOf(from)).where('day', '<=', dayOf(to)).execute();
    const period = splitPeriod(from, to, new Set(rolled.map((r) => r.day)));
    const counts = mergeCounts(await rolledCounts(k, period.days), await rawCounts(k, period.raw));
    const unanswered = await newestUnanswered(k, f, t, UNANSWERED_SHOWN);
    const dayBefore = new Date(to.getTime() - 24 * 3600_000).toISOString();
    const stale = await k
      .selectFrom('escalations')
      .select('id')
      .where('status', 'in', ['open', 'claimed'])
      .where('created_at', '<', dayBefore)
      .orderBy('created_at')
      .limit(STALE_SHOWN)
      .execute();
    const items = new Set([...counts.up.keys(), ...counts.down.keys()]);
    const votes = [...items].map((itemId) => ({ itemId, down: counts.down.get(itemId) ?? 0, up: counts.up.get(itemId) ?? 0 }));
    return {
      from,
      to,
      questions: counts.questions,
      answered: counts.answered,
      unanswered,
      unhelpful: votes
        .filter((e) => e.down > 0)
        .sort((a, b) => b.down - a.down || a.itemId.localeCompare(b.itemId))
        .slice(0, 5),
      checks: { groen: counts.verdicts.get('groen') ?? 0, oranje: counts.verdicts.get('oranje') ?? 0, rood: counts.verdicts.get('rood') ?? 0 },
      findings: [...counts.findings].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
      escalations: { ...(await escalationFigures(k, this.db.engine, f, t)), staleOpen: stale.map((e) => e.id) },
    };
  }

  /** Escalations and unanswered questions of a period, read page by page as the export is written. */
  async exportRows(from: Date, to: Date): Promise<ExportRows> {
    await this.flush();
    return { escalations: exportEscalations(this.db, from, to), unanswered: exportUnanswered(this.db, from, to) };
  }

  /** Takes the weekly digest's slot for a channel; false when it was taken already. */
  async claimDigest(platform: string, channelId: string, slot: string, at: Date): Promise<boolean> {
    const result = await this.db.kysely
      .insertInto('digest_posts')
      .values({ platform, channel_id: channelId, slot, claimed_at: at.toISOString() })
      .onConflict((oc) => oc.columns(['platform', 'channel_id', 'slot']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  /** Gives a claimed digest slot back (its figures could not be made), so that a later tick tries again. */
  async releaseDigest(platform: string, channelId: string, slot: string): Promise<void> {
    await this.db.kysely.deleteFrom('digest_posts').where('platform', '=', platform).where('channel_id', '=', channelId).where('slot', '=', slot).execute();
  }

  /** The channels that have the digest of `slot` already. */
  async digestsClaimed(slot: string): Promise<Array<{ platform: string; channelId: string }>> {
    const rows = await this.db.kysely.selectFrom('digest_posts').select(['platform', 'channel_id']).where('slot', '=', slot).execute();
    return rows.map((r) => ({ platform: r.platform, channelId: r.channel_id }));
  }
}
