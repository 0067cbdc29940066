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
        team_id: conversation.teamId ?? null,
        created_at: conversation.at.toISOString(),
      })
      .onConflict((oc) => oc.columns(['platform', 'conversation_id']).doNothing())
      .executeTakeFirst();
    const isNew = Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    if (!isNew && conversation.teamId) {
      // Stored before team ids were kept: learn it now, once.
      await this.db.kysely
        .updateTable('conversations')
        .set({ team_id: conversation.teamId })
        .where('platform', '=', conversation.platform)
        .where('conversation_id', '=', conversation.id)
        .where('team_id', 'is', null)
        .execute();
    }
    return isNew;
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
      ...(row.team_id ? { teamId: row.team_id } : {}),
      at: new Date(row.created_at),
    };
  }
}
