import type { Kysely, Migration } from 'kysely';

/**
 * The question a 👎 was given on, masked as an unanswered question is: the console offers it as
 * an example of the item that should have answered. Only for down votes; deleted with the vote
 * after the retention period, or cleared once it became an example.
 */
export const m085DownvoteQuestions: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('feedback').addColumn('masked_text', 'varchar(500)').execute();
  },
};
