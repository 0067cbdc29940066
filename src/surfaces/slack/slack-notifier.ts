import type { webApi } from '@slack/bolt';
import type { PersonRef } from '../../core/escalate/model.js';
import type { Logger } from '../../core/ports.js';
import type { Reply } from '../../core/reply-model.js';
import type { CardDelivery, Notifier } from '../../runtime/outbox/notifier.js';
import { retryTransient, rethrow } from './delivery-errors.js';
import { CARD_EVENT_TYPE, findCard } from './find-card.js';
import { renderBlocks } from './render-blocks.js';

type Client = webApi.WebClient;

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
    const withMetadata = {
      ...message,
      metadata: { event_type: CARD_EVENT_TYPE, event_payload: { escalation_id: delivery.escalationId, job_id: delivery.jobId } },
    };
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

  /** The digest's chart as a file in the channel, with its text alternative. */
  async postImage(channelId: string, image: { png: Buffer; filename: string; title: string; alt: string }): Promise<void> {
    await this.client.files
      .uploadV2({ channel_id: channelId, file: image.png, filename: image.filename, title: image.title, alt_text: image.alt })
      .catch(rethrow);
  }

  /** A private message from the app (its Messages tab): posting to a user id needs only chat:write. */
  async tell(person: PersonRef, reply: Reply): Promise<void> {
    await this.client.chat.postMessage({ channel: person.id, ...renderBlocks(reply) }).catch(rethrow);
  }
}
