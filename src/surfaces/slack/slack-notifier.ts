import type { App } from '@slack/bolt';
import type { PersonRef } from '../../core/escalate/model.js';
import type { Membership } from '../../core/ports.js';
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
  constructor(private readonly client: App['client']) {}

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

/** Channel membership from conversations.members, cached a minute per channel. */
export class SlackMembership implements Pick<Membership, 'isMember'> {
  private readonly cache = new Map<string, { members: Set<string>; until: number }>();

  constructor(private readonly client: App['client'], private readonly now: () => number = Date.now) {}

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
