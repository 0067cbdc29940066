import type { FeedbackCount, FeedbackStore, FeedbackVote } from '../core/ports.js';
import type { Db } from './db.js';

/** Helpful-or-not votes in the database; no user ids, only the item, the vote and the platform. */
export class SqlFeedbackStore implements FeedbackStore {
  constructor(private readonly db: Db) {}

  async record(vote: FeedbackVote): Promise<void> {
    await this.db.kysely
      .insertInto('feedback')
      .values({ item_id: vote.itemId, vote: vote.vote, platform: vote.platform, created_at: vote.at.toISOString() })
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
