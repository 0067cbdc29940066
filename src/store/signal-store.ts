import { median, type DigestSource, type Stats } from '../core/stats/stats.js';
import type { Signals } from '../core/ports.js';
import type { Db } from './db.js';
import type { CheckSignalTable, QuestionSignalTable } from './db-schema.js';

/** Rows per insert statement, well under SQLite's limit on bound values. */
const CHUNK = 500;
/** Signals kept in memory while the database is unreachable, per kind. */
const MAX_WAITING = 10_000;

const minutesBetween = (a: string, b: string) => (new Date(b).getTime() - new Date(a).getTime()) / 60_000;

/** Signals for the content owners, their figures, and their deletion after the retention period. */
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
    this.questions.push({ at: signal.at.toISOString(), platform: signal.platform, lang: signal.lang, item_id: signal.itemId ?? null, masked_text: signal.maskedText ?? null });
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

  async stats(from: Date, to: Date): Promise<Stats> {
    await this.flush();
    const [f, t] = [from.toISOString(), to.toISOString()];
    const k = this.db.kysely;
    const questions = await k.selectFrom('question_signals').select(['item_id', 'masked_text', 'at']).where('at', '>=', f).where('at', '<=', t).orderBy('at', 'desc').execute();
    const checks = await k.selectFrom('check_signals').select(['verdict', 'codes']).where('at', '>=', f).where('at', '<=', t).execute();
    const votes = await k.selectFrom('feedback').select(['item_id', 'vote']).where('created_at', '>=', f).where('created_at', '<=', t).execute();
    const opened = await k.selectFrom('escalations').select(['created_at', 'claimed_at', 'resolved_at']).where('created_at', '>=', f).where('created_at', '<=', t).execute();
    const dayBefore = new Date(to.getTime() - 24 * 3600_000).toISOString();
    const stale = await k.selectFrom('escalations').select('id').where('status', '!=', 'resolved').where('created_at', '<', dayBefore).orderBy('created_at').execute();

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
    return {
      from,
      to,
      questions: questions.length,
      answered: questions.filter((q) => q.item_id !== null).length,
      unanswered: questions.filter((q) => q.item_id === null && q.masked_text).map((q) => q.masked_text as string),
      unhelpful: [...byItem.values()].filter((e) => e.down > 0).sort((a, b) => b.down - a.down || a.itemId.localeCompare(b.itemId)).slice(0, 5),
      checks: verdicts,
      findings: [...codeCounts].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
      escalations: {
        opened: opened.length,
        medianMinutesToClaim: median(opened.filter((e) => e.claimed_at).map((e) => minutesBetween(e.created_at, e.claimed_at as string))),
        medianMinutesToResolve: median(opened.filter((e) => e.resolved_at).map((e) => minutesBetween(e.created_at, e.resolved_at as string))),
        staleOpen: stale.map((e) => e.id),
      },
    };
  }

  async exportRows(from: Date, to: Date) {
    await this.flush();
    const [f, t] = [from.toISOString(), to.toISOString()];
    const escalations = await this.db.kysely.selectFrom('escalations').selectAll().where('created_at', '>=', f).where('created_at', '<=', t).orderBy('created_at').execute();
    const unanswered = await this.db.kysely.selectFrom('question_signals').select(['at', 'platform', 'lang', 'masked_text']).where('item_id', 'is', null).where('at', '>=', f).where('at', '<=', t).orderBy('at').execute();
    return {
      escalations: escalations.map((e) => ({
        id: e.id,
        opened: e.created_at,
        department: e.department,
        category: e.category,
        urgency: e.urgency,
        status: e.status,
        claimed: e.claimed_at ?? '',
        resolved: e.resolved_at ?? '',
        outcome: e.outcome ?? '',
        link: e.link ?? '',
      })),
      unanswered: unanswered.map((q) => ({ at: q.at, platform: q.platform, lang: q.lang, question: q.masked_text ?? '' })),
    };
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

  /**
   * Deletes signals and votes older than the retention period, and takes the people and what
   * was written out of escalations resolved before it (the figures stay; names, ids, the
   * description, the outcome and the link go).
   */
  async purge(before: Date): Promise<{ signals: number; escalations: number }> {
    await this.flush();
    const cut = before.toISOString();
    const k = this.db.kysely;
    const q = await k.deleteFrom('question_signals').where('at', '<', cut).executeTakeFirst();
    const c = await k.deleteFrom('check_signals').where('at', '<', cut).executeTakeFirst();
    const v = await k.deleteFrom('feedback').where('created_at', '<', cut).executeTakeFirst();
    const anonymous = JSON.stringify({ platform: 'removed', id: 'removed' });
    const e = await k
      .updateTable('escalations')
      .set({ reporter: anonymous, claimed_by: null, resolved_by: null, description: '', outcome: null, link: null })
      .where('status', '=', 'resolved')
      .where('resolved_at', '<', cut)
      .where('reporter', '!=', anonymous)
      .executeTakeFirst();
    await k.updateTable('escalation_events').set({ actor: null }).where('at', '<', cut).execute();
    return { signals: Number(q.numDeletedRows) + Number(c.numDeletedRows) + Number(v.numDeletedRows), escalations: Number(e.numUpdatedRows) };
  }
}
