import type { Kysely, Migration } from 'kysely';

/** Escalations, their audit trail, where their cards were posted, channel bindings, the outbox. */
export const m003Escalations: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('escalations')
      .addColumn('id', 'varchar(20)', (c) => c.primaryKey())
      .addColumn('department', 'varchar(100)', (c) => c.notNull())
      .addColumn('category', 'varchar(100)', (c) => c.notNull())
      .addColumn('urgency', 'varchar(10)', (c) => c.notNull())
      .addColumn('link', 'text')
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('reporter', 'text', (c) => c.notNull())
      .addColumn('status', 'varchar(10)', (c) => c.notNull())
      .addColumn('claimed_by', 'text')
      .addColumn('claimed_at', 'varchar(30)')
      .addColumn('resolved_by', 'text')
      .addColumn('resolved_at', 'varchar(30)')
      .addColumn('outcome', 'text')
      .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
      .addColumn('announced_at', 'varchar(30)', (c) => c.notNull())
      .addColumn('reminders', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema.createIndex('escalations_status').on('escalations').columns(['status', 'announced_at']).execute();
    await db.schema
      .createTable('escalation_events')
      .addColumn('escalation_id', 'varchar(20)', (c) => c.notNull())
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('action', 'varchar(20)', (c) => c.notNull())
      .addColumn('actor', 'text')
      .addColumn('at', 'varchar(30)', (c) => c.notNull())
      .addPrimaryKeyConstraint('escalation_events_pk', ['escalation_id', 'seq'])
      .execute();
    await db.schema
      .createTable('escalation_posts')
      .addColumn('escalation_id', 'varchar(20)', (c) => c.notNull())
      .addColumn('platform', 'varchar(10)', (c) => c.notNull())
      .addColumn('channel_id', 'varchar(400)', (c) => c.notNull())
      .addColumn('message_id', 'varchar(400)', (c) => c.notNull())
      .addColumn('purpose', 'varchar(10)', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('escalation_posts_escalation').on('escalation_posts').column('escalation_id').execute();
    await db.schema
      .createTable('bindings')
      .addColumn('platform', 'varchar(10)', (c) => c.notNull())
      .addColumn('channel_id', 'varchar(400)', (c) => c.notNull())
      .addColumn('department', 'varchar(100)', (c) => c.notNull())
      .addColumn('bound_at', 'varchar(30)', (c) => c.notNull())
      .addPrimaryKeyConstraint('bindings_pk', ['platform', 'channel_id'])
      .execute();
    await db.schema
      .createTable('outbox')
      .addColumn('id', 'varchar(40)', (c) => c.primaryKey())
      .addColumn('job', 'text', (c) => c.notNull())
      .addColumn('status', 'varchar(10)', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('due_at', 'varchar(30)', (c) => c.notNull())
      .addColumn('leased_until', 'varchar(30)')
      .addColumn('last_error', 'text')
      .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('outbox_due').on('outbox').columns(['status', 'due_at']).execute();
  },
};
