import type { Kysely, Migration } from 'kysely';

/** What the content owners see: per question and per check, without user ids or drafts. */
export const m005Signals: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('question_signals')
      .addColumn('at', 'varchar(30)', (c) => c.notNull())
      .addColumn('platform', 'varchar(10)', (c) => c.notNull())
      .addColumn('lang', 'varchar(2)', (c) => c.notNull())
      .addColumn('item_id', 'varchar(100)')
      .addColumn('masked_text', 'text')
      .execute();
    await db.schema.createIndex('question_signals_at').on('question_signals').column('at').execute();
    await db.schema
      .createTable('check_signals')
      .addColumn('at', 'varchar(30)', (c) => c.notNull())
      .addColumn('platform', 'varchar(10)', (c) => c.notNull())
      .addColumn('lang', 'varchar(2)', (c) => c.notNull())
      .addColumn('verdict', 'varchar(10)', (c) => c.notNull())
      .addColumn('codes', 'varchar(300)', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('check_signals_at').on('check_signals').column('at').execute();
  },
};
