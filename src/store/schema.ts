/** The database's tables as Kysely sees them. No table holds a user id or a draft. */
export interface Database {
  feedback: FeedbackTable;
}

/** One helpful / not helpful click on an answer: which item, which way, where, when. */
export interface FeedbackTable {
  item_id: string;
  vote: 'up' | 'down';
  platform: string;
  created_at: string;
}
