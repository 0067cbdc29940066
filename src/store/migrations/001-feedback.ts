import type { Kysely, Migration } from 'kysely';

/** Helpful-or-not votes on answers, for the content owners. */
export const m001Feedback: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('feedback')
      .addColumn('item_id', 'varchar(100)', (c) => c.notNull())
      .addColumn('vote', 'varchar(4)', (c) => c.notNull())
      .addColumn('platform', 'varchar(20)', (c) => c.notNull())
      .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('feedback_item').on('feedback').column('item_id').execute();
  },
};
