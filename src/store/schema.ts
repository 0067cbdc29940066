/** The database's tables as Kysely sees them. No table holds a user id or a draft. */
export interface Database {
  feedback: FeedbackTable;
  conversations: ConversationTable;
}

/** A conversation the bot can post in later: a Teams conversation reference without the user. */
export interface ConversationTable {
  platform: string;
  conversation_id: string;
  kind: string;
  reference: string;
  created_at: string;
}

/** One helpful / not helpful click on an answer: which item, which way, where, when. */
export interface FeedbackTable {
  item_id: string;
  vote: 'up' | 'down';
  platform: string;
  created_at: string;
}
