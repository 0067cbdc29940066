import type { PersonRef } from '../../core/escalate/model.js';
import type { Reply } from '../../core/reply-model.js';

/** Which outbox job a card belongs to: the same on every attempt, so a repeat can be recognised. */
export interface CardDelivery {
  jobId: string;
  escalationId: string;
  /**
   * When an earlier attempt began sending it: a card may be in the channel since then (the
   * platform took it, but the process died or the answer was lost before it was recorded).
   */
  sendingSince?: Date | undefined;
}

/**
 * What the delivery worker needs of a platform: post a card in a channel, update it in place,
 * tell someone privately. Failures throw; the outbox retries them.
 */
export interface Notifier {
  /**
   * Posts in a channel and returns the message's id on that platform. With a `delivery` whose
   * earlier attempt may have arrived, a platform that can look it up (`findsRepeats`) returns
   * the card already there instead of posting it again.
   */
  post(channelId: string, reply: Reply, delivery?: CardDelivery): Promise<string>;
  update(channelId: string, messageId: string, reply: Reply): Promise<void>;
  tell(person: PersonRef, reply: Reply): Promise<void>;
  /** Posts a picture (the weekly digest's chart) in a channel, with its title and a text alternative. */
  postImage?(channelId: string, image: { png: Buffer; filename: string; title: string; alt: string }): Promise<void>;
  /** Whether `post` recognises a card an earlier attempt delivered (Slack: yes; Teams: no way to look). */
  readonly findsRepeats?: boolean;
}

/** A failure that retrying will not mend (the bot was removed from the channel). */
export class PermanentDeliveryError extends Error {}
