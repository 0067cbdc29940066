import { maskPersonalData } from '../core/check/mask.js';
import { MAX_KEPT_CHARS } from '../core/handlers/answer-question.js';
import type { FeedbackCount, FeedbackStore, FeedbackVote } from '../core/ports.js';
import type { Db } from './db.js';
import { keyedHash, type SqlKeyring } from './keyring.js';

/**
 * Helpful-or-not votes in the database: the item, the vote and the platform. A vote that says
 * who voted on which card is kept under a keyed hash of those (never the user id), and a second
 * vote on the same card replaces the first. A 👎 keeps the question it was given on, masked
 * (again: the value came back from a button anyone could have sent).
 */
export class SqlFeedbackStore implements FeedbackStore {
  constructor(
    private readonly db: Db,
    private readonly keyring: SqlKeyring,
  ) {}

  async record(vote: FeedbackVote): Promise<void> {
    const asked = vote.vote === 'down' && vote.asked?.trim() ? maskPersonalData(vote.asked.slice(0, MAX_KEPT_CHARS)) : null;
    const row = { item_id: vote.itemId, vote: vote.vote, platform: vote.platform, created_at: vote.at.toISOString(), masked_text: asked };
    const k = this.db.kysely;
    if (!vote.voter) {
      await k
        .insertInto('feedback')
        .values({ ...row, voter: null })
        .execute();
      return;
    }
    const { userId, card } = vote.voter;
    const [current, ...older] = (await this.keyring.keys()).map((key) => keyedHash(key, ['vote', vote.platform, userId, card, vote.itemId]));
    if (!current) return;
    // A vote made under an older key is the same person on the same card: it goes too.
    if (older.length > 0) await k.deleteFrom('feedback').where('voter', 'in', older).execute();
    await k
      .insertInto('feedback')
      .values({ ...row, voter: current })
      .onConflict((oc) => oc.column('voter').doUpdateSet({ vote: vote.vote, created_at: row.created_at, masked_text: asked }))
      .execute();
  }

  async counts(): Promise<FeedbackCount[]> {
    const rows = await this.db.kysely
      .selectFrom('feedback')
      .select(['item_id', 'vote'])
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .groupBy(['item_id', 'vote'])
      .execute();
    const byItem = new Map<string, FeedbackCount>();
    for (const row of rows) {
      const count = byItem.get(row.item_id) ?? { itemId: row.item_id, up: 0, down: 0 };
      count[row.vote] += Number(row.n);
      byItem.set(row.item_id, count);
    }
    return [...byItem.values()].sort((a, b) => b.down - a.down || a.itemId.localeCompare(b.itemId));
  }
}
