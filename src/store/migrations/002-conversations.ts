import type { Kysely, Migration } from 'kysely';

/** Conversations the bot was installed in, with what it needs to post there later. */
export const m002Conversations: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('conversations')
      .addColumn('platform', 'varchar(10)', (c) => c.notNull())
      .addColumn('conversation_id', 'varchar(400)', (c) => c.notNull())
      .addColumn('kind', 'varchar(10)', (c) => c.notNull())
      .addColumn('reference', 'text', (c) => c.notNull())
      .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
      .addPrimaryKeyConstraint('conversations_pk', ['platform', 'conversation_id'])
      .execute();
  },
};
