import type { ConversationStore, StoredConversation } from '../core/ports.js';
import type { Db } from './db.js';

/** Conversation references in the database; the first `remember` of a conversation wins. */
export class SqlConversationStore implements ConversationStore {
  constructor(private readonly db: Db) {}

  async remember(conversation: StoredConversation): Promise<boolean> {
    const result = await this.db.kysely
      .insertInto('conversations')
      .values({
        platform: conversation.platform,
        conversation_id: conversation.id,
        kind: conversation.kind,
        reference: JSON.stringify(conversation.reference),
        created_at: conversation.at.toISOString(),
      })
      .onConflict((oc) => oc.columns(['platform', 'conversation_id']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  async find(platform: string, id: string): Promise<StoredConversation | undefined> {
    const row = await this.db.kysely
      .selectFrom('conversations')
      .selectAll()
      .where('platform', '=', platform)
      .where('conversation_id', '=', id)
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      platform: row.platform,
      id: row.conversation_id,
      kind: row.kind as StoredConversation['kind'],
      reference: JSON.parse(row.reference) as Record<string, unknown>,
      at: new Date(row.created_at),
    };
  }
}
