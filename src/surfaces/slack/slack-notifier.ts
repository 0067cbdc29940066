import type { App } from '@slack/bolt';
import type { PersonRef } from '../../core/escalate/model.js';
import type { Logger, Membership } from '../../core/ports.js';
import type { Reply } from '../../core/reply-model.js';
import type { CardDelivery, Notifier } from '../../runtime/outbox/notifier.js';
import { retryTransient, rethrow } from './delivery-errors.js';
import { CARD_EVENT_TYPE, findCard } from './find-card.js';
import { renderBlocks } from './render-blocks.js';

type Client = App['client'];

/** Pauses between the tries of one card within one delivery (the Web API client's own retries take as long). */
const PAUSES_MS = [250, 500, 1_000];

export interface SlackNotifierOptions {
  /**
   * The client cards are posted with: one that does not retry by itself. The Web API client
   * retries a 5xx or a dropped connection blindly, and Slack may have posted the card before it
   * failed; the notifier retries instead, after looking for the card.
   */
  cardClient?: Client;
  logger?: Logger;
}

/** Department cards and private notices in Slack, through the Web API. */
export class SlackNotifier implements Notifier {
  readonly findsRepeats = true;

  constructor(
    private readonly client: Client,
    private readonly options: SlackNotifierOptions = {},
  ) {}

  /**
   * A card with a `delivery` carries metadata naming its escalation and outbox job. Before it is
   * posted again (an earlier attempt may have arrived, or this one failed in a way that leaves
   * it unknown) the channel's history since the first attempt is searched for that metadata,
   * and a card found there is returned instead of posting a second.
   */
  async post(channelId: string, reply: Reply, delivery?: CardDelivery): Promise<string> {
    const message = { channel: channelId, ...renderBlocks(reply), unfurl_links: false };
    if (!delivery) return this.send(this.client, message);
    const withMetadata = { ...message, metadata: { event_type: CARD_EVENT_TYPE, event_payload: { escalation_id: delivery.escalationId, job_id: delivery.jobId } } };
    const started = new Date();
    let since = delivery.sendingSince;
    return retryTransient(PAUSES_MS, async (attempt) => {
      // After a failed try the card may have arrived all the same (a lost answer, `internal_error`).
      if (attempt > 0) since ??= started;
      const found = since ? await findCard(this.client, { channelId, jobId: delivery.jobId, since, logger: this.options.logger }) : undefined;
      if (found) {
        this.options.logger?.info({ event: 'outbox.repeat-found', escalation: delivery.escalationId, channel: channelId });
        return found;
      }
      return this.send(this.options.cardClient ?? this.client, withMetadata);
    });
  }

  private async send(client: Client, message: Parameters<Client['chat']['postMessage']>[0]): Promise<string> {
    const result = await client.chat.postMessage(message).catch(rethrow);
    return String(result.ts);
  }

  async update(channelId: string, messageId: string, reply: Reply): Promise<void> {
    await this.client.chat.update({ channel: channelId, ts: messageId, ...renderBlocks(reply) }).catch(rethrow);
  }

  /** A private message from the app (its Messages tab): posting to a user id needs only chat:write. */
  async tell(person: PersonRef, reply: Reply): Promise<void> {
    await this.client.chat.postMessage({ channel: person.id, ...renderBlocks(reply) }).catch(rethrow);
  }
}

/** Channel membership from conversations.members, cached a minute per channel. */
export class SlackMembership implements Pick<Membership, 'isMember'> {
  private readonly cache = new Map<string, { members: Set<string>; until: number }>();

  constructor(private readonly client: Client, private readonly now: () => number = Date.now) {}

  async isMember(_platform: 'slack' | 'teams', channelId: string, userId: string): Promise<boolean> {
    const cached = this.cache.get(channelId);
    if (cached && cached.until > this.now()) return cached.members.has(userId);
    const members = new Set<string>();
    let cursor: string | undefined;
    do {
      const page = await this.client.conversations.members({ channel: channelId, limit: 1000, ...(cursor ? { cursor } : {}) });
      for (const id of page.members ?? []) members.add(id);
      cursor = page.response_metadata?.next_cursor || undefined;
    } while (cursor);
    this.cache.set(channelId, { members, until: this.now() + 60_000 });
    return members.has(userId);
  }
}
