import type { Activity } from 'botbuilder';
import type { Inbound } from '../../core/inbound.js';
import type { Lang } from '../../core/lang.js';
import { baseConversationId, tenantIdOf } from './activity.js';

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

/**
 * A Teams activity as the core's Inbound; the address is what reaching this person later takes.
 * `lang`: the language of the card whose button sent this. The client's locale is not used:
 * many Dutch offices run English clients, and the organisation's DEFAULT_LANG should win.
 */
export function teamsInbound(activity: Activity, text: string, lang?: Lang): Inbound {
  const tenantId = tenantIdOf(activity);
  const address: Record<string, string> = { teamsId: activity.from?.id ?? '', serviceUrl: activity.serviceUrl ?? '', botId: activity.recipient?.id ?? '' };
  if (tenantId) address.tenantId = tenantId;
  return {
    text,
    platform: 'teams',
    ...(lang ? { lang } : {}),
    user: { id: activity.from?.aadObjectId ?? activity.from?.id ?? 'unknown', ...(activity.from?.name ? { name: activity.from.name } : {}), address },
    // A channel message's conversation id ends in ";messageid=…"; the channel is the part before it.
    conversation: { id: baseConversationId(activity.conversation?.id ?? 'unknown'), kind: conversationKind(activity) },
  };
}
