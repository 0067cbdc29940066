import type { Kysely, Migration } from 'kysely';
import { sql } from '../kysely.js';

/**
 * What a year of history needs to stay fast (issue 20): the daily roll-up of the figures, the
 * claims of the periodic maintenance, indexes for every period query, and partial indexes on
 * the rows that still name people, so that retention finds what is due without a scan.
 */
export const m020Scale: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('daily_counts')
      .addColumn('day', 'varchar(10)', (c) => c.notNull())
      .addColumn('series', 'varchar(20)', (c) => c.notNull())
      .addColumn('key', 'varchar(100)', (c) => c.notNull())
      .addColumn('n', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('daily_counts_pk', ['day', 'series', 'key'])
      .execute();
    await db.schema
      .createTable('daily_rollups')
      .addColumn('day', 'varchar(10)', (c) => c.primaryKey())
      .addColumn('rolled_at', 'varchar(30)', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('maintenance_runs')
      .addColumn('job', 'varchar(30)', (c) => c.notNull())
      .addColumn('slot', 'varchar(30)', (c) => c.notNull())
      .addColumn('claimed_at', 'varchar(30)', (c) => c.notNull())
      .addPrimaryKeyConstraint('maintenance_runs_pk', ['job', 'slot'])
      .execute();

    await db.schema.createIndex('feedback_created').on('feedback').column('created_at').execute();
    // Pages of the export in order (created_at, id), and covers the period's counts and medians without reading the rows.
    await db.schema.createIndex('escalations_created').on('escalations').columns(['created_at', 'id', 'claimed_at', 'resolved_at']).execute();
    await db.schema.createIndex('escalations_resolved').on('escalations').columns(['status', 'resolved_at']).execute();
    // Only resolved escalations whose people are still there; retention empties it as it goes.
    await db.schema.createIndex('escalations_named').on('escalations').column('resolved_at').where(sql<boolean>`resolved_by is not null`).execute();
    await db.schema.createIndex('escalation_events_named').on('escalation_events').column('at').where(sql<boolean>`actor is not null`).execute();
    await db.schema.createIndex('question_signals_unanswered').on('question_signals').column('at').where(sql<boolean>`item_id is null`).execute();
    await db.schema.createIndex('tip_posts_slot').on('tip_posts').column('slot').execute();
    await db.schema.createIndex('tip_posts_round').on('tip_posts').columns(['platform', 'channel_id', 'round']).execute();
    await db.schema.createIndex('digest_posts_slot').on('digest_posts').column('slot').execute();

    // Escalations whose people an earlier version already removed: their audit lines and card
    // records are not needed any more (retention deletes them from now on, when it removes the people).
    const removed = JSON.stringify({ platform: 'removed', id: 'removed' });
    const anonymous = sql`select id from escalations where status = 'resolved' and reporter = ${removed}`;
    await sql`delete from escalation_events where escalation_id in (${anonymous})`.execute(db);
    await sql`delete from escalation_posts where escalation_id in (${anonymous})`.execute(db);
  },
};
