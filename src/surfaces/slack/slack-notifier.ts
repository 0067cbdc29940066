import type { webApi } from '@slack/bolt';
import type { PersonRef } from '../../core/escalate/model.js';
import type { Reply } from '../../core/reply-model.js';
import { PermanentDeliveryError, type Notifier } from '../../runtime/outbox/notifier.js';
import { renderBlocks } from './render-blocks.js';

/** Errors after which retrying the same channel cannot help. */
const PERMANENT = new Set(['not_in_channel', 'channel_not_found', 'is_archived', 'account_inactive']);

function rethrow(error: unknown): never {
  const code = (error as { data?: { error?: string } }).data?.error;
  if (code && PERMANENT.has(code)) throw new PermanentDeliveryError(code);
  throw error;
}

/** Department cards and private notices in Slack, through the Web API. */
export class SlackNotifier implements Notifier {
  constructor(private readonly client: webApi.WebClient) {}

  async post(channelId: string, reply: Reply): Promise<string> {
    const result = await this.client.chat.postMessage({ channel: channelId, ...renderBlocks(reply), unfurl_links: false }).catch(rethrow);
    return String(result.ts);
  }

  async update(channelId: string, messageId: string, reply: Reply): Promise<void> {
    await this.client.chat.update({ channel: channelId, ts: messageId, ...renderBlocks(reply) }).catch(rethrow);
  }

  /** The digest's chart as a file in the channel, with its text alternative. */
  async postImage(channelId: string, image: { png: Buffer; filename: string; title: string; alt: string }): Promise<void> {
    await this.client.files.uploadV2({ channel_id: channelId, file: image.png, filename: image.filename, title: image.title, alt_text: image.alt }).catch(rethrow);
  }

  /** A private message from the app (its Messages tab): posting to a user id needs only chat:write. */
  async tell(person: PersonRef, reply: Reply): Promise<void> {
    await this.client.chat.postMessage({ channel: person.id, ...renderBlocks(reply) }).catch(rethrow);
  }
}
