import type { Activity } from 'botbuilder';
import { langFromLocale, type Inbound } from '../../core/inbound.js';

/** Mentions as Teams writes them in the text: "<at>Richtlijnenbot</at> regel 7". */
const AT_MENTION = /<at>[^<]{0,200}<\/at>/gi;

/** The text of a message without the bot's @mention, as the core should route it. */
export function messageText(activity: Pick<Activity, 'text'>): string {
  return (activity.text ?? '').replace(AT_MENTION, ' ').replace(/\s+/g, ' ').trim();
}

export function conversationKind(activity: Pick<Activity, 'conversation'>): Inbound['conversation']['kind'] {
  switch (activity.conversation?.conversationType) {
    case 'channel':
      return 'channel';
    case 'groupChat':
      return 'group';
    default:
      return 'personal';
  }
}

/** A Teams activity as the core's Inbound. */
export function teamsInbound(activity: Activity, text: string): Inbound {
  const lang = langFromLocale(activity.locale);
  return {
    text,
    platform: 'teams',
    ...(lang ? { lang } : {}),
    user: { id: activity.from?.aadObjectId ?? activity.from?.id ?? 'unknown', ...(activity.from?.name ? { name: activity.from.name } : {}) },
    conversation: { id: activity.conversation?.id ?? 'unknown', kind: conversationKind(activity) },
  };
}
