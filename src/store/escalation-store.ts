import type { Transaction } from 'kysely';
import {
  allowedFrom,
  TRANSITIONS,
  type ActResult,
  type Binding,
  type Escalation,
  type EscalationAction,
  type NewEscalation,
  type PersonRef,
} from '../core/escalate/model.js';
import type { ChannelRef, EscalationStore, OutboxJob } from '../core/ports.js';
import type { Db } from './db.js';
import type { Database, EscalationTable } from './db-schema.js';

import { enqueue, iso, newReference, person, toEscalation } from './escalation-rows.js';

export { enqueue, toEscalation } from './escalation-rows.js';

/** Escalations with their audit trail and bindings, over SQLite or PostgreSQL. */
export class SqlEscalationStore implements EscalationStore {
  constructor(private readonly db: Db) {}

  private async audit(trx: Transaction<Database>, id: string, action: string, actor: PersonRef | undefined, at: Date): Promise<void> {
    const last = await trx
      .selectFrom('escalation_events')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .where('escalation_id', '=', id)
      .executeTakeFirst();
    await trx
      .insertInto('escalation_events')
      .values({ escalation_id: id, seq: Number(last?.seq ?? 0) + 1, action, actor: actor ? JSON.stringify(actor) : null, at: iso(at) })
      .execute();
  }

  async open(report: NewEscalation, jobs: (id: string) => OutboxJob[]): Promise<Escalation> {
    for (let attempt = 0; ; attempt++) {
      const id = newReference();
      try {
        return await this.db.kysely.transaction().execute(async (trx) => {
          const row: EscalationTable = {
            id,
            department: report.department,
            category: report.category,
            urgency: report.urgency,
            link: report.link ?? null,
            description: report.description,
            reporter: JSON.stringify(report.reporter),
            status: 'open',
            claimed_by: null,
            claimed_at: null,
            resolved_by: null,
            resolved_at: null,
            outcome: null,
            created_at: iso(report.at),
            announced_at: iso(report.at),
            reminders: 0,
          };
          await trx.insertInto('escalations').values(row).execute();
          await this.audit(trx, id, 'opened', report.reporter, report.at);
          await enqueue(trx, jobs(id), report.at);
          return toEscalation(row);
        });
      } catch (error) {
        // A reference that was already taken (one in millions): draw another.
        if (attempt >= 3 || !/unique|duplicate|constraint/i.test(String(error))) throw error;
      }
    }
  }

  async get(id: string): Promise<Escalation | undefined> {
    const row = await this.db.kysely.selectFrom('escalations').selectAll().where('id', '=', id.toUpperCase()).executeTakeFirst();
    return row ? toEscalation(row) : undefined;
  }

  async act(id: string, action: EscalationAction, actor: PersonRef, at: Date, outcome: string | undefined, jobs: OutboxJob[]): Promise<ActResult> {
    const ref = id.toUpperCase();
    return this.db.kysely.transaction().execute(async (trx) => {
      let select = trx.selectFrom('escalations').selectAll().where('id', '=', ref);
      // PostgreSQL: lock the row, so that of two people claiming at once the second waits and sees the first.
      if (this.db.engine === 'postgres') select = select.forUpdate();
      const current = await select.executeTakeFirst();
      if (!current) return { kind: 'not-found' } as const;
      const allowed = allowedFrom(action);
      if (!allowed.includes(current.status as Escalation['status'])) {
        const escalation = toEscalation(current);
        return action === 'claim' && current.status === 'claimed'
          ? ({ kind: 'already-claimed', escalation } as const)
          : ({ kind: 'wrong-state', escalation } as const);
      }
      const to = TRANSITIONS[action].to;
      const changes: Partial<EscalationTable> =
        action === 'claim'
          ? { status: to, claimed_by: JSON.stringify(actor), claimed_at: iso(at) }
          : action === 'unclaim'
            ? { status: to, claimed_by: null, claimed_at: null }
            : action === 'resolve'
              ? {
                  status: to,
                  resolved_by: JSON.stringify(actor),
                  resolved_at: iso(at),
                  outcome: outcome ?? null,
                  ...(current.claimed_by ? {} : { claimed_by: JSON.stringify(actor), claimed_at: iso(at) }),
                }
              : { status: to, resolved_by: null, resolved_at: null, outcome: null, claimed_by: null, claimed_at: null, announced_at: iso(at) };
      const updated = await trx
        .updateTable('escalations')
        .set(changes)
        .where('id', '=', ref)
        .where('status', 'in', [...allowed])
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) {
        const now = await trx.selectFrom('escalations').selectAll().where('id', '=', ref).executeTakeFirstOrThrow();
        return { kind: now.status === 'claimed' ? 'already-claimed' : 'wrong-state', escalation: toEscalation(now) } as const;
      }
      await this.audit(trx, ref, action, actor, at);
      await enqueue(trx, jobs, at);
      const row = await trx.selectFrom('escalations').selectAll().where('id', '=', ref).executeTakeFirstOrThrow();
      return { kind: 'done', escalation: toEscalation(row) } as const;
    });
  }

  /** How many escalations are not yet resolved, over all departments (a gauge for operations). */
  async countOpen(): Promise<number> {
    const row = await this.db.kysely
      .selectFrom('escalations')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('status', '!=', 'resolved')
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  async listOpen(department: string): Promise<Escalation[]> {
    const rows = await this.db.kysely
      .selectFrom('escalations')
      .selectAll()
      .where('department', '=', department)
      .where('status', 'in', ['open', 'claimed'])
      .orderBy('created_at')
      .execute();
    return rows.map(toEscalation);
  }

  async dueForReminder(before: Date): Promise<Escalation[]> {
    const rows = await this.db.kysely
      .selectFrom('escalations')
      .selectAll()
      .where('status', '=', 'open')
      .where('announced_at', '<=', iso(before))
      .orderBy('announced_at')
      .limit(100)
      .execute();
    return rows.map(toEscalation);
  }

  async markReminded(id: string, previous: Date, at: Date, jobs: OutboxJob[]): Promise<boolean> {
    return this.reannounce(id, previous, at, jobs, 'reminded');
  }

  async markForwarded(id: string, previous: Date, at: Date, jobs: OutboxJob[]): Promise<boolean> {
    return this.reannounce(id, previous, at, jobs, 'forwarded');
  }

  /** Announces an open escalation again (compare-and-set on its last announcement), with its audit line and jobs. */
  private reannounce(id: string, previous: Date, at: Date, jobs: OutboxJob[], action: 'reminded' | 'forwarded'): Promise<boolean> {
    return this.db.kysely.transaction().execute(async (trx) => {
      const updated = await trx
        .updateTable('escalations')
        .set((eb) => ({ announced_at: iso(at), reminders: action === 'reminded' ? eb('reminders', '+', 1) : eb.ref('reminders') }))
        .where('id', '=', id)
        .where('status', '=', 'open')
        .where('announced_at', '=', iso(previous))
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) return false;
      await this.audit(trx, id, action, undefined, at);
      await enqueue(trx, jobs, at);
      return true;
    });
  }

  async bind(binding: Binding, at: Date): Promise<void> {
    await this.db.kysely
      .insertInto('bindings')
      .values({ platform: binding.platform, channel_id: binding.channelId, department: binding.department, bound_at: iso(at) })
      .onConflict((oc) => oc.columns(['platform', 'channel_id']).doUpdateSet({ department: binding.department, bound_at: iso(at) }))
      .execute();
  }

  async unbind(platform: 'slack' | 'teams', channelId: string): Promise<boolean> {
    const result = await this.db.kysely.deleteFrom('bindings').where('platform', '=', platform).where('channel_id', '=', channelId).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async cardChannels(id: string): Promise<ChannelRef[]> {
    const rows = await this.db.kysely
      .selectFrom('escalation_posts')
      .select(['platform', 'channel_id'])
      .distinct()
      .where('escalation_id', '=', id.toUpperCase())
      .execute();
    return rows.map((r) => ({ platform: r.platform as ChannelRef['platform'], channelId: r.channel_id }));
  }

  async bindings(department: string): Promise<Binding[]> {
    const rows = await this.db.kysely.selectFrom('bindings').selectAll().where('department', '=', department).orderBy('bound_at').execute();
    return rows.map((r) => ({ department: r.department, platform: r.platform as Binding['platform'], channelId: r.channel_id }));
  }

  async departmentOf(platform: 'slack' | 'teams', channelId: string): Promise<string | undefined> {
    const row = await this.db.kysely
      .selectFrom('bindings')
      .select('department')
      .where('platform', '=', platform)
      .where('channel_id', '=', channelId)
      .executeTakeFirst();
    return row?.department;
  }

  async history(id: string): Promise<Array<{ action: string; actor: string | undefined; at: Date }>> {
    const rows = await this.db.kysely.selectFrom('escalation_events').selectAll().where('escalation_id', '=', id).orderBy('seq').execute();
    return rows.map((r) => ({ action: r.action, actor: person(r.actor)?.name ?? person(r.actor)?.id, at: new Date(r.at) }));
  }
}
