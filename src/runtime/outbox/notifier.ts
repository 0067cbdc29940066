import type { PersonRef } from '../../core/escalate/model.js';
import type { Reply } from '../../core/reply-model.js';

/**
 * What the delivery worker needs of a platform: post a card in a channel, update it in place,
 * tell someone privately. Failures throw; the outbox retries them.
 */
export interface Notifier {
  /** Posts in a channel and returns the message's id on that platform. */
  post(channelId: string, reply: Reply): Promise<string>;
  update(channelId: string, messageId: string, reply: Reply): Promise<void>;
  tell(person: PersonRef, reply: Reply): Promise<void>;
  /** Posts a picture (the weekly digest's chart) in a channel, with its title and a text alternative. */
  postImage?(channelId: string, image: { png: Buffer; filename: string; title: string; alt: string }): Promise<void>;
}

/** A failure that retrying will not mend (the bot was removed from the channel). */
export class PermanentDeliveryError extends Error {}
