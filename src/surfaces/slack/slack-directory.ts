import type { App } from '@slack/bolt';
import { MEMBERSHIP_CACHE_MS } from '../../core/access/roles.js';
import type { ChannelDirectory, ChannelFacts, Membership } from '../../core/ports.js';

/**
 * What Slack says about channels: who is in one (conversations.members, every page, cached
 * for MEMBERSHIP_CACHE_MS per channel) and what one is (conversations.info: a channel, a
 * private channel, a direct or group message; whether the bot is in it).
 */
export class SlackDirectory implements Membership, ChannelDirectory {
  private readonly cache = new Map<string, { members: Set<string>; until: number }>();

  constructor(
    private readonly client: App['client'],
    private readonly now: () => number = Date.now,
    private readonly cacheMs = MEMBERSHIP_CACHE_MS,
  ) {}

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
    this.cache.set(channelId, { members, until: this.now() + this.cacheMs });
    return members.has(userId);
  }

  /** A channel Slack will not describe to the bot (not found, a private one without it, no scope) is `unknown`. */
  async describe(_platform: 'slack' | 'teams', channelId: string): Promise<ChannelFacts> {
    const info = await this.client.conversations.info({ channel: channelId }).catch(() => undefined);
    const channel = info?.channel;
    if (!channel) return { kind: 'unknown', botIsMember: false };
    const kind = channel.is_im ? 'personal' : channel.is_mpim ? 'group' : channel.is_channel || channel.is_group ? 'channel' : 'unknown';
    return { kind, botIsMember: channel.is_member === true };
  }
}
