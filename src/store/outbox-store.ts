import { randomUUID } from 'node:crypto';
import type { LeasedJob, Outbox, OutboxJob, PostedCard } from '../core/ports.js';
import type { Db } from './db.js';

/**
 * The delivery queue in the database: jobs survive restarts and are leased to one process at a
 * time. A lease is short and renewed while its holder works (a heartbeat), so the jobs of a
 * process that died are taken over within one lease.
 */
export class SqlOutbox implements Outbox {
  constructor(private readonly db: Db) {}

  async lease(now: Date, limit: number, leaseMs: number): Promise<LeasedJob[]> {
    const nowIso = now.toISOString();
    const until = new Date(now.getTime() + leaseMs).toISOString();
    const token = randomUUID();
    const leased = this.db.kysely.transaction().execute(async (trx) => {
      let due = trx
        .selectFrom('outbox')
        .select('id')
        .where('status', '=', 'pending')
        .where('due_at', '<=', nowIso)
        .where((eb) => eb.or([eb('leased_until', 'is', null), eb('leased_until', '<=', nowIso)]))
        .orderBy('due_at')
        .limit(limit);
      // PostgreSQL: several bot processes lease at once; SKIP LOCKED gives each its own jobs.
      if (this.db.engine === 'postgres') due = due.forUpdate().skipLocked();
      // SQLite: one statement, so the write lock is taken before the jobs are chosen (a process
      // that read first and wrote second would fail when another had written in between).
      const ids = this.db.engine === 'postgres' ? (await due.execute()).map((r) => r.id) : due;
      if (Array.isArray(ids) && ids.length === 0) return [];
      await trx
        .updateTable('outbox')
        .set((eb) => ({ leased_until: until, lease_token: token, attempts: eb('attempts', '+', 1) }))
        .where('id', 'in', ids)
        .execute();
      return trx.selectFrom('outbox').selectAll().where('lease_token', '=', token).orderBy('due_at').execute();
    });
    return (await leased).map((r) => ({
      id: r.id,
      job: JSON.parse(r.job) as OutboxJob,
      attempts: r.attempts,
      lease: token,
      sendingSince: r.sending_since ? new Date(r.sending_since) : undefined,
    }));
  }

  async renew(lease: string, until: Date): Promise<number> {
    const result = await this.db.kysely
      .updateTable('outbox')
      .set({ leased_until: until.toISOString() })
      .where('lease_token', '=', lease)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  async markSending(id: string, lease: string, at: Date): Promise<void> {
    const result = await this.db.kysely
      .updateTable('outbox')
      .set({ sending_since: at.toISOString() })
      .where('id', '=', id)
      .where('lease_token', '=', lease)
      .where('status', '=', 'pending')
      .where('sending_since', 'is', null)
      .executeTakeFirst();
    // Not ours any more (a lease lost while this process stood still): do not send.
    if (Number(result.numUpdatedRows) === 0) throw new Error('lease lost before sending');
  }

  async complete(id: string, posted?: PostedCard): Promise<void> {
    await this.db.kysely.transaction().execute(async (trx) => {
      const done = await trx
        .updateTable('outbox')
        .set({ status: 'done', leased_until: null, lease_token: null })
        .where('id', '=', id)
        .where('status', '=', 'pending')
        .executeTakeFirst();
      // Another process completed it first (it found this card, or posted its own): record one.
      if (posted && Number(done.numUpdatedRows) > 0) {
        await trx
          .insertInto('escalation_posts')
          .values({
            escalation_id: posted.escalationId,
            platform: posted.platform,
            channel_id: posted.channelId,
            message_id: posted.messageId,
            purpose: posted.purpose,
          })
          .execute();
      }
    });
  }

  async fail(id: string, lease: string, error: string, retryAt: Date): Promise<void> {
    await this.db.kysely
      .updateTable('outbox')
      .set({ leased_until: null, lease_token: null, due_at: retryAt.toISOString(), last_error: error.slice(0, 200) })
      .where('id', '=', id)
      .where('lease_token', '=', lease)
      .execute();
  }

  async postedCards(escalationId: string): Promise<PostedCard[]> {
    const rows = await this.db.kysely.selectFrom('escalation_posts').selectAll().where('escalation_id', '=', escalationId).execute();
    return rows.map((r) => ({
      escalationId: r.escalation_id,
      platform: r.platform as PostedCard['platform'],
      channelId: r.channel_id,
      messageId: r.message_id,
      purpose: r.purpose as PostedCard['purpose'],
    }));
  }

  async pending(): Promise<number> {
    const row = await this.db.kysely
      .selectFrom('outbox')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('status', '=', 'pending')
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }
}
