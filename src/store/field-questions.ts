import type { Kysely } from 'kysely';
import type { Database } from './db-schema.js';

/** How many of each the overview lists: the newest first. */
const SHOWN = 5;

/** The newest questions of a period the bot had no answer to, masked as they were stored (a cleared one no longer counts). */
export async function newestUnanswered(k: Kysely<Database>, from: string, to: string, limit: number): Promise<string[]> {
  const rows = await k
    .selectFrom('question_signals')
    .select('masked_text')
    .where('item_id', 'is', null)
    .where('at', '>=', from)
    .where('at', '<=', to)
    .where('masked_text', 'is not', null)
    .where('masked_text', '!=', '')
    .orderBy('at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => r.masked_text as string);
}

/**
 * The questions from the field the content owners may turn into examples: the newest masked
 * questions without an answer, and the newest 👎 with the question they were given on.
 */
export async function fieldQuestions(k: Kysely<Database>, from: string, to: string) {
  const unanswered = await newestUnanswered(k, from, to, SHOWN);
  const downvoted = await k
    .selectFrom('feedback')
    .select(['item_id', 'masked_text'])
    .where('vote', '=', 'down')
    .where('masked_text', 'is not', null)
    .where('created_at', '>=', from)
    .where('created_at', '<=', to)
    .orderBy('created_at', 'desc')
    .limit(SHOWN)
    .execute();
  return {
    unanswered,
    downvoted: downvoted.map((r) => ({ itemId: r.item_id, question: r.masked_text as string })),
  };
}

/**
 * A question made an example: off both lists (its text cleared). It still counts: as a
 * fallback in the figures, as a 👎 in the votes.
 */
export async function forgetFieldQuestion(k: Kysely<Database>, text: string): Promise<number> {
  const unanswered = await k
    .updateTable('question_signals')
    .set({ masked_text: null })
    .where('item_id', 'is', null)
    .where('masked_text', '=', text)
    .executeTakeFirst();
  const downvoted = await k.updateTable('feedback').set({ masked_text: null }).where('vote', '=', 'down').where('masked_text', '=', text).executeTakeFirst();
  return Number(unanswered.numUpdatedRows) + Number(downvoted.numUpdatedRows);
}
