import type { Kysely, Migration } from 'kysely';

/**
 * A count of changes per kind of row that processes keep in memory (the language each person
 * chose): a change adds one, and every process compares the count it saw, about once a second
 * (store/language-store.ts). One row per kind, made here.
 */
export const m090ChangeCounts: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('change_counts')
      .addColumn('name', 'varchar(40)', (c) => c.primaryKey())
      .addColumn('changes', 'integer', (c) => c.notNull())
      .execute();
    await (db as Kysely<{ change_counts: { name: string; changes: number } }>)
      .insertInto('change_counts')
      .values({ name: 'language_choices', changes: 0 })
      .execute();
  },
};
