import type { Activity, ChannelAccount, ConversationParameters } from 'botbuilder';
import type { Reply } from '../../core/reply-model.js';
import { ADAPTIVE_CARD_CONTENT_TYPE } from './card/card-types.js';
import { renderCard, type RenderCardOptions } from './card/render-card.js';

/** The audience of tokens for calls to the channel service. */
export const CHANNEL_AUDIENCE = 'https://api.botframework.com';

/**
 * A reply as a Teams message: the Adaptive Card (its fallbackText serves clients without cards)
 * and the plain text as the summary notifications show. No `text`: Teams would show it above the
 * card, twice the same.
 */
export function messageFor(reply: Reply, options: RenderCardOptions = {}): Partial<Activity> {
  const { card, text } = renderCard(reply, options); // once: the card and its text come together
  return { type: 'message', summary: text.slice(0, 300), attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card }] };
}

/** The base id of a Teams channel conversation: "19:…@thread.tacv2;messageid=1" → "19:…@thread.tacv2". */
export const baseConversationId = (id: string): string => id.split(';')[0] ?? id;

/** The tenant of an activity: on the conversation, or in the channel data of older clients. */
export function tenantIdOf(activity: Pick<Activity, 'conversation' | 'channelData'>): string | undefined {
  return activity.conversation?.tenantId ?? (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
}

/** What creating (or finding) the personal chat between the bot and one person takes. */
export function personalChatParameters(bot: ChannelAccount, member: ChannelAccount, tenantId: string | undefined): ConversationParameters {
  return { isGroup: false, bot, members: [member], tenantId, channelData: { tenant: { id: tenantId } } } as ConversationParameters;
}
