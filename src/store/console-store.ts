import { randomUUID } from 'node:crypto';
import { sql } from './kysely.js';
import type { BoardFilter, ConsoleSession, ConsoleStore, ConsoleUser, Insights } from '../core/console/ports.js';
import type { Escalation } from '../core/escalate/model.js';
import type { Lang } from '../core/lang.js';
import type { Db } from './db.js';
import { toEscalation } from './escalation-store.js';
import { fieldQuestions, forgetFieldQuestion } from './field-questions.js';

const iso = (d: Date) => d.toISOString();
const minutesBetween = (a: string, b: string | null) => (b ? (new Date(b).getTime() - new Date(a).getTime()) / 60_000 : undefined);

/** The console's links, sessions and audit trail, and the reads behind its pages, over SQLite or PostgreSQL. */
export class SqlConsoleStore implements ConsoleStore {
  /** `beforeRead`: writes what is still buffered (the signals) before figures are read. */
  constructor(
    private readonly db: Db,
    private readonly beforeRead: () => Promise<void> = async () => undefined,
  ) {}

  async addLink(tokenHash: string, user: ConsoleUser, at: Date, expiresAt: Date): Promise<void> {
    await this.db.kysely
      .insertInto('console_links')
      .values({ token_hash: tokenHash, person: JSON.stringify(user), created_at: iso(at), expires_at: iso(expiresAt), used_at: null })
      .execute();
  }

  async peekLink(tokenHash: string, at: Date): Promise<ConsoleUser | undefined> {
    const row = await this.db.kysely
      .selectFrom('console_links')
      .select('person')
      .where('token_hash', '=', tokenHash)
      .where('used_at', 'is', null)
      .where('expires_at', '>', iso(at))
      .executeTakeFirst();
    return row ? (JSON.parse(row.person) as ConsoleUser) : undefined;
  }

  async useLink(tokenHash: string, at: Date): Promise<ConsoleUser | undefined> {
    const user = await this.peekLink(tokenHash, at);
    if (!user) return undefined;
    // Conditional: of two requests with the same link, only the one that changes the row wins.
    const result = await this.db.kysely
      .updateTable('console_links')
      .set({ used_at: iso(at) })
      .where('token_hash', '=', tokenHash)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1 ? user : undefined;
  }

  async createSession(session: ConsoleSession): Promise<void> {
    await this.db.kysely
      .insertInto('console_sessions')
      .values({
        id_hash: session.idHash,
        person: JSON.stringify(session.user),
        csrf: session.csrf,
        lang: session.lang,
        last_seen_at: iso(session.lastSeenAt),
        flash: session.flash ?? null,
      })
      .execute();
  }

  async session(idHash: string, idleSince: Date): Promise<ConsoleSession | undefined> {
    const row = await this.db.kysely.selectFrom('console_sessions').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
    if (!row) return undefined;
    if (row.last_seen_at < iso(idleSince)) {
      await this.deleteSession(idHash);
      return undefined;
    }
    return {
      idHash,
      user: JSON.parse(row.person) as ConsoleUser,
      csrf: row.csrf,
      lang: row.lang as Lang,
      lastSeenAt: new Date(row.last_seen_at),
      flash: row.flash ?? undefined,
    };
  }

  async touchSession(idHash: string, at: Date, changes: { lang?: Lang; flash?: string | null } = {}): Promise<void> {
    await this.db.kysely
      .updateTable('console_sessions')
      .set({ last_seen_at: iso(at), ...(changes.lang ? { lang: changes.lang } : {}), ...(changes.flash !== undefined ? { flash: changes.flash } : {}) })
      .where('id_hash', '=', idHash)
      .execute();
  }

  async deleteSession(idHash: string): Promise<void> {
    await this.db.kysely.deleteFrom('console_sessions').where('id_hash', '=', idHash).execute();
  }

  async audit(entry: { at: Date; actor: ConsoleUser; action: string; target: string | undefined; detail: string | undefined }): Promise<void> {
    await this.db.kysely
      .insertInto('console_audit')
      .values({
        id: randomUUID(),
        at: iso(entry.at),
        actor: JSON.stringify(entry.actor),
        action: entry.action,
        target: entry.target ?? null,
        detail: entry.detail ?? null,
      })
      .execute();
  }

  async auditTrail(limit: number) {
    const rows = await this.db.kysely.selectFrom('console_audit').selectAll().orderBy('at', 'desc').limit(limit).execute();
    return rows.map((r) => {
      const actor = JSON.parse(r.actor) as ConsoleUser;
      return {
        at: new Date(r.at),
        actor: actor.name ?? `${actor.platform}:${actor.id}`,
        action: r.action,
        target: r.target ?? undefined,
        detail: r.detail ?? undefined,
      };
    });
  }

  async board(filter: BoardFilter): Promise<Escalation[]> {
    if (filter.departments?.length === 0 || filter.statuses.length === 0) return [];
    let query = this.db.kysely
      .selectFrom('escalations')
      .selectAll()
      .where('status', 'in', [...filter.statuses]);
    if (filter.departments) query = query.where('department', 'in', [...filter.departments]);
    if (filter.from) query = query.where('created_at', '>=', iso(filter.from));
    if (filter.to) query = query.where('created_at', '<', iso(filter.to));
    const rows = await query.orderBy('created_at', 'desc').limit(filter.limit).execute();
    return rows.map(toEscalation);
  }

  async insights(from: Date, to: Date): Promise<Insights> {
    await this.beforeRead();
    const [f, t] = [iso(from), iso(to)];
    const k = this.db.kysely;
    const day = sql<string>`substr(at, 1, 10)`;
    const questions = await k
      .selectFrom('question_signals')
      .select([
        day.as('day'),
        sql<number>`sum(case when item_id is null then 0 else 1 end)`.as('answered'),
        sql<number>`sum(case when item_id is null then 1 else 0 end)`.as('fallback'),
      ])
      .where('at', '>=', f)
      .where('at', '<=', t)
      .groupBy(day)
      .orderBy(day)
      .execute();
    const votes = await k
      .selectFrom('feedback')
      .select(['item_id', 'vote', (eb) => eb.fn.countAll<number>().as('n')])
      .where('created_at', '>=', f)
      .where('created_at', '<=', t)
      .groupBy(['item_id', 'vote'])
      .execute();
    const opened = await k
      .selectFrom('escalations')
      .select(['id', 'department', 'created_at', 'claimed_at', 'resolved_at'])
      .where('created_at', '>=', f)
      .where('created_at', '<=', t)
      .orderBy('created_at')
      .limit(1000)
      .execute();
    const tipDay = sql<string>`substr(claimed_at, 1, 10)`;
    const tips = await k
      .selectFrom('tip_posts')
      .select([tipDay.as('day'), (eb) => eb.fn.countAll<number>().as('n')])
      .where('status', '=', 'posted')
      .where('claimed_at', '>=', f)
      .where('claimed_at', '<=', t)
      .groupBy(tipDay)
      .orderBy(tipDay)
      .execute();
    const top = await k
      .selectFrom('question_signals')
      .select(['item_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('item_id', 'is not', null)
      .where('at', '>=', f)
      .where('at', '<=', t)
      .groupBy('item_id')
      .orderBy('n', 'desc')
      .orderBy('item_id')
      .limit(5)
      .execute();
    const field = await fieldQuestions(k, f, t);
    const byItem = new Map<string, { itemId: string; up: number; down: number }>();
    for (const v of votes) {
      const entry = byItem.get(v.item_id) ?? { itemId: v.item_id, up: 0, down: 0 };
      entry[v.vote] += Number(v.n);
      byItem.set(v.item_id, entry);
    }
    return {
      questions: questions.map((q) => ({ day: q.day, answered: Number(q.answered), fallback: Number(q.fallback) })),
      votes: [...byItem.values()].sort((a, b) => b.down + b.up - (a.down + a.up) || a.itemId.localeCompare(b.itemId)),
      escalations: opened.map((e) => ({
        id: e.id,
        department: e.department,
        day: e.created_at.slice(0, 10),
        minutesToClaim: minutesBetween(e.created_at, e.claimed_at),
        minutesToResolve: minutesBetween(e.created_at, e.resolved_at),
      })),
      tips: tips.map((r) => ({ day: r.day, count: Number(r.n) })),
      topItems: top.map((r) => ({ itemId: r.item_id as string, count: Number(r.n) })),
      ...field,
    };
  }

  async forgetUnanswered(text: string): Promise<number> {
    return forgetFieldQuestion(this.db.kysely, text);
  }

  async purge(before: Date, now: Date, idleSince: Date): Promise<number> {
    const k = this.db.kysely;
    const audit = await k.deleteFrom('console_audit').where('at', '<', iso(before)).executeTakeFirst();
    const links = await k.deleteFrom('console_links').where('expires_at', '<', iso(now)).executeTakeFirst();
    const sessions = await k.deleteFrom('console_sessions').where('last_seen_at', '<', iso(idleSince)).executeTakeFirst();
    return Number(audit.numDeletedRows) + Number(links.numDeletedRows) + Number(sessions.numDeletedRows);
  }
}
