/**
 * Seeds one year of a 2 000-employee organisation, times `scale`, into the store's own tables:
 * per 1× 100 000 usage signals (70 % questions, 15 % of those unanswered with a masked text;
 * 30 % draft checks), 20 000 votes, 1 000 escalations with their audit trail, outbox jobs and
 * posted cards, 20 tip channels with a tip every working day, and the weekly digests.
 * Deterministic (a seeded generator), in multi-row batches inside transactions for speed.
 */
import { randomUUID } from 'node:crypto';
import { Cron } from 'croner';
import type { Insertable, Kysely } from 'kysely';
import { FINDING_CODES, KNOWLEDGE_IDS } from '../../../src/core/ids.js';
import { seededRandom } from '../../../src/core/learn/hash.js';
import type { Db } from '../../../src/store/db.js';
import type { Database } from '../../../src/store/db-schema.js';

/** The end of the seeded year: Monday 1 March 2027, 00:00 UTC. */
export const END = new Date('2027-03-01T00:00:00Z');
export const DAY_MS = 86_400_000;
export const DAYS = 365;
export const TIP_CRON = '0 9 * * 1-5';
export const DIGEST_CRON = '30 8 * * 1';
export const TIME_ZONE = 'Europe/Amsterdam';
export const DEPARTMENT_CHANNEL = 'C0COMMS';

export const PER_SCALE = { questions: 70_000, checks: 30_000, votes: 20_000, escalations: 1_000, tipChannels: 20 };

const QUESTIONS = [
  'mag ik [telefoon] van collega [naam] delen?',
  'wat is het wifi-wachtwoord?',
  'hoe laat is de borrel bij [adres]?',
  'mag ik mijn loonstrook posten',
  'wie is de leidinggevende van [naam]?',
];

/** mulberry32 (the training's generator), so every run seeds the same data. */
export { seededRandom };

type Table = keyof Database;

/** Collects rows per table and writes them in multi-row inserts, many per transaction. */
export class BatchWriter {
  private readonly waiting = new Map<Table, Array<Record<string, unknown>>>();
  private pendingStatements: Array<{ table: Table; rows: Array<Record<string, unknown>> }> = [];
  rows = 0;

  constructor(private readonly kysely: Kysely<Database>) {}

  async add<T extends Table>(table: T, row: Insertable<Database[T]>): Promise<void> {
    const list = this.waiting.get(table) ?? [];
    list.push(row as Record<string, unknown>);
    this.waiting.set(table, list);
    // 400 rows × at most 16 columns stays under SQLite's 32 766 bound values.
    if (list.length >= 400) {
      this.pendingStatements.push({ table, rows: list });
      this.waiting.set(table, []);
      if (this.pendingStatements.length >= 50) await this.commit();
    }
  }

  async commit(): Promise<void> {
    const statements = this.pendingStatements.splice(0);
    if (statements.length === 0) return;
    await this.kysely.transaction().execute(async (trx) => {
      for (const s of statements)
        await trx
          .insertInto(s.table)
          .values(s.rows as never)
          .execute();
    });
    this.rows += statements.reduce((n, s) => n + s.rows.length, 0);
  }

  async finish(): Promise<void> {
    for (const [table, rows] of this.waiting) if (rows.length > 0) this.pendingStatements.push({ table, rows });
    this.waiting.clear();
    await this.commit();
  }
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Sorted random instants within day `d` (0 = the first day of the year), between 07:00 and 19:00 UTC. */
function instants(random: () => number, d: number, n: number): number[] {
  const start = END.getTime() - (DAYS - d) * DAY_MS + 7 * 3_600_000;
  return Array.from({ length: n }, () => start + Math.floor(random() * 12 * 3_600_000)).sort((a, b) => a - b);
}

/** Spreads `total` over the year's days, the remainder on the first ones. */
const perDay = (total: number, d: number) => Math.floor(total / DAYS) + (d < total % DAYS ? 1 : 0);

/** Days `from` to `to` (exclusive; 0 is the year's first, DAYS the day after it ends); seedEscalations alike, `i` numbering its references. */
export async function seedSignals(w: BatchWriter, random: () => number, scale: number, from = 0, to = DAYS): Promise<void> {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  for (let d = from; d < to; d++) {
    for (const at of instants(random, d, perDay(PER_SCALE.questions * scale, d))) {
      const answered = random() >= 0.15;
      await w.add('question_signals', {
        at: iso(at),
        platform: random() < 0.6 ? 'slack' : 'teams',
        lang: random() < 0.8 ? 'nl' : 'en',
        item_id: answered ? pick(KNOWLEDGE_IDS) : null,
        masked_text: answered ? null : pick(QUESTIONS),
      });
    }
    for (const at of instants(random, d, perDay(PER_SCALE.checks * scale, d))) {
      const r = random();
      const verdict = r < 0.6 ? 'groen' : r < 0.9 ? 'oranje' : 'rood';
      const codes = verdict === 'groen' ? '' : random() < 0.3 ? `${pick(FINDING_CODES)},${pick(FINDING_CODES)}` : pick(FINDING_CODES);
      await w.add('check_signals', { at: iso(at), platform: random() < 0.6 ? 'slack' : 'teams', lang: 'nl', verdict, codes });
    }
    for (const at of instants(random, d, perDay(PER_SCALE.votes * scale, d))) {
      await w.add('feedback', {
        item_id: pick(KNOWLEDGE_IDS),
        vote: random() < 0.7 ? 'up' : 'down',
        platform: random() < 0.6 ? 'slack' : 'teams',
        created_at: iso(at),
      });
    }
  }
}

const ALPHABET = 'ACDEFGHJKLMNPQRTUVWXY3467';
const reference = (i: number) => `E-${Array.from({ length: 5 }, (_, k) => ALPHABET[Math.floor(i / ALPHABET.length ** k) % ALPHABET.length]).join('')}`;
const personJson = (n: number) => JSON.stringify({ platform: 'slack', id: `U0PERSON${n}`, name: `Persoon ${n}` });

export async function seedEscalations(w: BatchWriter, random: () => number, scale: number, from = 0, to = DAYS, i = 0): Promise<void> {
  for (let d = from; d < to; d++) {
    for (const at of instants(random, d, perDay(PER_SCALE.escalations * scale, d))) {
      const id = reference(i++);
      const recent = d >= DAYS - 3;
      const status = recent && random() < 0.3 ? 'open' : recent && random() < 0.3 ? 'claimed' : 'resolved';
      const claimedAt = status === 'open' ? null : at + Math.floor(1 + random() * 90) * 60_000;
      const resolvedAt = status === 'resolved' && claimedAt ? claimedAt + Math.floor(10 + random() * 600) * 60_000 : null;
      const reporter = personJson(Math.floor(random() * 2_000 * scale));
      const handler = personJson(Math.floor(random() * 20));
      await w.add('escalations', {
        id,
        department: random() < 0.7 ? 'communicatie' : 'juridisch',
        category: 'discussie',
        urgency: random() < 0.1 ? 'urgent' : 'normaal',
        link: `https://x.com/status/${1_000_000 + i}`,
        description: 'Boze reacties onder ons bericht over de reorganisatie, een paar noemen namen van collega’s.',
        reporter,
        status,
        claimed_by: claimedAt ? handler : null,
        claimed_at: claimedAt ? iso(claimedAt) : null,
        resolved_by: resolvedAt ? handler : null,
        resolved_at: resolvedAt ? iso(resolvedAt) : null,
        outcome: resolvedAt ? 'Gereageerd namens de organisatie en het gesprek naar DM verplaatst.' : null,
        created_at: iso(at),
        announced_at: iso(at),
        reminders: 0,
      });
      const events: Array<[string, string | null, number]> = [['opened', reporter, at]];
      if (random() < 0.2) events.push(['reminded', null, at + 15 * 60_000]);
      if (claimedAt) events.push(['claim', handler, claimedAt]);
      if (resolvedAt) events.push(['resolve', handler, resolvedAt]);
      for (const [seq, [action, actor, when]] of events.entries())
        await w.add('escalation_events', { escalation_id: id, seq: seq + 1, action, actor, at: iso(when) });
      for (const [, , when] of events) {
        const job = { kind: 'post-card', escalationId: id, platform: 'slack', channelId: DEPARTMENT_CHANNEL, purpose: 'report' };
        await w.add('outbox', {
          id: randomUUID(),
          job: JSON.stringify(job),
          status: 'done',
          attempts: 1,
          due_at: iso(when),
          leased_until: null,
          last_error: null,
          created_at: iso(when),
        });
      }
      await w.add('escalation_posts', {
        escalation_id: id,
        platform: 'slack',
        channel_id: DEPARTMENT_CHANNEL,
        message_id: `${Math.floor(at / 1000)}.000100`,
        purpose: 'report',
      });
    }
  }
}

/** Every slot of `expression` in the seeded year, oldest first. */
export function slotsOfYear(expression: string): Date[] {
  const cron = new Cron(expression, { timezone: TIME_ZONE, paused: true });
  const slots: Date[] = [];
  for (let next = cron.nextRun(new Date(END.getTime() - DAYS * DAY_MS)); next && next < END; next = cron.nextRun(next)) slots.push(next);
  return slots;
}

export const tipChannels = (scale: number) => Array.from({ length: PER_SCALE.tipChannels * scale }, (_, i) => `C0TIP${i}`);

async function seedSchedules(w: BatchWriter, random: () => number, scale: number, tips: readonly string[]): Promise<void> {
  const channels = tipChannels(scale);
  const start = iso(END.getTime() - DAYS * DAY_MS);
  for (const channel of channels) await w.add('tip_subscriptions', { platform: 'slack', channel_id: channel, subscribed: 1, updated_at: start });
  const slots = slotsOfYear(TIP_CRON);
  for (const channel of channels) {
    let order = [...tips];
    for (const [n, slot] of slots.entries()) {
      if (n % tips.length === 0) order = [...tips].sort(() => random() - 0.5);
      await w.add('tip_posts', {
        platform: 'slack',
        channel_id: channel,
        slot: slot.toISOString(),
        tip_id: order[n % tips.length] as string,
        round: Math.floor(n / tips.length) + 1,
        status: 'posted',
        error: null,
        claimed_at: slot.toISOString(),
      });
    }
  }
  for (const slot of slotsOfYear(DIGEST_CRON))
    await w.add('digest_posts', { platform: 'slack', channel_id: DEPARTMENT_CHANNEL, slot: slot.toISOString(), claimed_at: slot.toISOString() });
  await w.add('bindings', { platform: 'slack', channel_id: DEPARTMENT_CHANNEL, department: 'communicatie', bound_at: start });
}

/** Seeds the year into an empty, migrated database; returns how many rows were written. */
export async function seedYear(db: Db, scale: number, tipIds: readonly string[]): Promise<number> {
  const w = new BatchWriter(db.kysely);
  const random = seededRandom(20 * scale + 1);
  await seedSignals(w, random, scale);
  await seedEscalations(w, random, scale);
  await seedSchedules(w, random, scale, tipIds);
  await w.finish();
  return w.rows;
}
