import type { Inbound } from '../../core/inbound.js';

/** A mention of the bot at the start of a text: "<@U0BOT> vraag" → "vraag". */
const LEADING_MENTIONS = /^(?:\s*<@[A-Z0-9]+(?:\|[^>]*)?>[\s,:]*)+/;

export function stripMentions(text: string): string {
  return text.replace(LEADING_MENTIONS, '').trim();
}

/** A Slack message or command as the core's Inbound. */
export function slackInbound(options: {
  text: string;
  user: string;
  name?: string | undefined;
  channel: string;
  kind: Inbound['conversation']['kind'];
}): Inbound {
  return {
    text: stripMentions(options.text),
    platform: 'slack',
    user: { id: options.user, ...(options.name ? { name: options.name } : {}) },
    conversation: { id: options.channel, kind: options.kind },
  };
}

/** Slack channel ids tell the kind of conversation: D… direct message, G… or mpim group, C… channel. */
export function conversationKind(channelId: string, channelType?: string): Inbound['conversation']['kind'] {
  if (channelType === 'im' || channelId.startsWith('D')) return 'personal';
  if (channelType === 'mpim' || channelType === 'group') return 'group';
  return 'channel';
}
