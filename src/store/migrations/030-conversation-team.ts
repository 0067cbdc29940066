import type { Kysely, Migration } from 'kysely';

/** The team a Teams channel belongs to: its roster says who is in the channel. */
export const m030ConversationTeam: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('conversations').addColumn('team_id', 'varchar(400)').execute();
  },
};
