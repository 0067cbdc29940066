import type { Kysely, Migration } from 'kysely';

/**
 * Outbox leases that can be renewed and told apart: `lease_token` names the process round that
 * holds a job (renewed by its heartbeat, checked when it gives the job back); `sending_since`
 * is written just before a card is first sent, so a later attempt knows one may have arrived.
 */
export const m050OutboxLeases: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('outbox').addColumn('lease_token', 'varchar(40)').execute();
    await db.schema.alterTable('outbox').addColumn('sending_since', 'varchar(30)').execute();
  },
};
