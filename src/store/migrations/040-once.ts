import type { Kysely, Migration } from 'kysely';

/** Keys claimed once across replicas (Slack request signatures, event ids), until they expire. */
export const m040Once: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('once_keys')
      .addColumn('kind', 'varchar(20)', (c) => c.notNull())
      .addColumn('key', 'varchar(200)', (c) => c.notNull())
      .addColumn('expires_at', 'varchar(30)', (c) => c.notNull())
      .addPrimaryKeyConstraint('once_keys_pk', ['kind', 'key'])
      .execute();
    await db.schema.createIndex('once_keys_expires_at').on('once_keys').column('expires_at').execute();
  },
};
