import type { Kysely, Migration } from 'kysely';

/**
 * Keyed hashes instead of user ids: the keys (rotated with the retention period), the language
 * each person chose, and who voted on which answer card, so a second vote replaces the first.
 */
export const m060Pseudonyms: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('hash_keys')
      .addColumn('id', 'varchar(40)', (c) => c.primaryKey())
      .addColumn('secret', 'varchar(100)', (c) => c.notNull())
      .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('language_choices')
      .addColumn('person', 'varchar(64)', (c) => c.primaryKey())
      .addColumn('key_id', 'varchar(40)', (c) => c.notNull())
      .addColumn('lang', 'varchar(2)', (c) => c.notNull())
      .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
      .execute();
    await db.schema.alterTable('feedback').addColumn('voter', 'varchar(64)').execute();
    await db.schema.createIndex('feedback_voter').on('feedback').column('voter').unique().execute();
  },
};
