import type { Kysely, Migration } from 'kysely';

/** Daily tip subscriptions, and one row per channel per scheduled slot (which makes "exactly once" hold). */
export const m004Tips: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('tip_subscriptions')
      .addColumn('platform', 'varchar(10)', (c) => c.notNull())
      .addColumn('channel_id', 'varchar(400)', (c) => c.notNull())
      .addColumn('subscribed', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
      .addPrimaryKeyConstraint('tip_subscriptions_pk', ['platform', 'channel_id'])
      .execute();
    await db.schema
      .createTable('tip_posts')
      .addColumn('platform', 'varchar(10)', (c) => c.notNull())
      .addColumn('channel_id', 'varchar(400)', (c) => c.notNull())
      .addColumn('slot', 'varchar(30)', (c) => c.notNull())
      .addColumn('tip_id', 'varchar(100)', (c) => c.notNull())
      .addColumn('round', 'integer', (c) => c.notNull())
      .addColumn('status', 'varchar(10)', (c) => c.notNull())
      .addColumn('error', 'varchar(200)')
      .addColumn('claimed_at', 'varchar(30)', (c) => c.notNull())
      .addPrimaryKeyConstraint('tip_posts_pk', ['platform', 'channel_id', 'slot'])
      .execute();
  },
};
