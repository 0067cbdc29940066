import { randomInt, randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Escalation, PersonRef } from '../core/escalate/model.js';
import type { OutboxJob } from '../core/ports.js';
import type { Database, EscalationTable } from './db-schema.js';

/** The escalation store's rows: references, a row as the core sees it, outbox jobs in a transaction. */

/** Reference letters without look-alikes (no 0/O, 1/I, 2/Z, 5/S, 8/B). */
const ALPHABET = 'ACDEFGHJKLMNPQRTUVWXY3467';

export function newReference(): string {
  let code = '';
  for (let i = 0; i < 5; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `E-${code}`;
}

export const iso = (d: Date) => d.toISOString();
export const person = (json: string | null): PersonRef | undefined => (json ? (JSON.parse(json) as PersonRef) : undefined);
const date = (value: string | null): Date | undefined => (value ? new Date(value) : undefined);

/** A row of the escalations table as the core sees it. */
export function toEscalation(row: EscalationTable): Escalation {
  return {
    id: row.id,
    department: row.department,
    category: row.category,
    urgency: row.urgency as Escalation['urgency'],
    link: row.link ?? undefined,
    description: row.description,
    reporter: person(row.reporter) as PersonRef,
    status: row.status as Escalation['status'],
    claimedBy: person(row.claimed_by),
    claimedAt: date(row.claimed_at),
    resolvedBy: person(row.resolved_by),
    resolvedAt: date(row.resolved_at),
    outcome: row.outcome ?? undefined,
    createdAt: new Date(row.created_at),
    announcedAt: new Date(row.announced_at),
    reminders: row.reminders,
  };
}

/** Adds jobs to the outbox inside the caller's transaction. */
export async function enqueue(trx: Transaction<Database>, jobs: readonly OutboxJob[], at: Date): Promise<void> {
  if (jobs.length === 0) return;
  await trx
    .insertInto('outbox')
    .values(
      jobs.map((job) => ({
        id: randomUUID(),
        job: JSON.stringify(job),
        status: 'pending',
        attempts: 0,
        due_at: iso(at),
        leased_until: null,
        lease_token: null,
        last_error: null,
        created_at: iso(at),
        sending_since: null,
      })),
    )
    .execute();
}
