import type { Kysely, Migration } from 'kysely';

/** One row per channel per weekly digest slot, so the digest goes out once. */
export const m006Digests: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('digest_posts')
      .addColumn('platform', 'varchar(10)', (c) => c.notNull())
      .addColumn('channel_id', 'varchar(400)', (c) => c.notNull())
      .addColumn('slot', 'varchar(30)', (c) => c.notNull())
      .addColumn('claimed_at', 'varchar(30)', (c) => c.notNull())
      .addPrimaryKeyConstraint('digest_posts_pk', ['platform', 'channel_id', 'slot'])
      .execute();
  },
};
