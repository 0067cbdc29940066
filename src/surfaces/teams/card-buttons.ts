import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import { t } from '../../core/messages.js';
import { votedReply } from '../../core/reply-builders.js';
import { toPlainText, type Reply } from '../../core/reply-model.js';
import type { TeamsDeps } from './deps.js';
import { messageFor } from './activity.js';
import type { CardSubmit } from './card/card-submit.js';
import { plainCardText, teamsCommand } from './card/card-text.js';
import { ADAPTIVE_CARD_CONTENT_TYPE } from './card/card-types.js';
import { renderCard } from './card/render-card.js';
import { teamsInbound } from './to-inbound.js';

type Vote = Extract<CardSubmit, { feedback: string }>;
type CommandSubmit = Extract<CardSubmit, { command: string }>;

/** The person who pressed, as Teams names them for good: the Entra object id, else the channel account. */
const voterId = (context: TurnContext): string => context.activity.from?.aadObjectId ?? context.activity.from?.id ?? 'unknown';

/** The card a button was on: its message id, else the conversation. One vote per person per card. */
const cardId = (context: TurnContext): string => context.activity.replyToId ?? context.activity.conversation?.id ?? 'unknown';

/**
 * Records a 👍 / 👎: one per person per card (a second one replaces the first; the store keeps a
 * keyed hash of who and which card, never the id). Returns the answer card as it reads now:
 * the same answer, with thanks where the buttons were. Undefined for an item that is gone.
 */
export async function recordVote(deps: TeamsDeps, context: TurnContext, vote: Vote): Promise<Reply | undefined> {
  const reply = votedReply(deps.kb, vote, vote.feedback);
  if (!reply) return undefined;
  await deps.feedback.record({
    itemId: vote.itemId,
    vote: vote.feedback,
    platform: 'teams',
    at: deps.clock.now(),
    voter: { userId: voterId(context), card: cardId(context) },
    asked: vote.asked,
  });
  return reply;
}

/**
 * A vote from a card made before votes were answered in place (`Action.Submit`): recorded, and
 * the card is updated where it is (`updateActivity`), so no new message appears.
 */
export async function voteBySubmit(deps: TeamsDeps, context: TurnContext, vote: Vote): Promise<void> {
  const reply = await recordVote(deps, context, vote);
  const id = context.activity.replyToId;
  if (!reply) return;
  if (id) await context.updateActivity({ ...messageFor(reply, { feedback: true }), id });
  else await context.sendActivity(t(vote.feedback === 'up' ? 'feedback.thanks-up' : 'feedback.thanks-down', vote.lang));
}

const message = (text: string): AdaptiveCardInvokeResponse => ({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text as never });

/**
 * `Action.Execute` (an `adaptiveCard/action` invoke), answered on the card itself: a vote gives
 * the card back with thanks; a command answered with a note (claiming an escalation) shows the
 * note under the card for the one who pressed; any other answer replaces the card.
 */
export async function executeOnCard(deps: TeamsDeps, context: TurnContext, submit: CardSubmit | undefined): Promise<AdaptiveCardInvokeResponse> {
  // A share posts elsewhere and is a plain submit; on an invoke it is as unknown as anything else.
  if (!submit || 'share' in submit)
    return { statusCode: 400, type: 'application/vnd.microsoft.error', value: { code: 'BadRequest', message: 'unknown action' } as never };
  if ('feedback' in submit) {
    const reply = await recordVote(deps, context, submit);
    if (!reply) return message(t('feedback.thanks-up', submit.lang));
    return { statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: renderCard(reply, { feedback: true }).card as never };
  }
  const { reply } = await deps.bot.handle(teamsInbound(context.activity, commandText(submit), submit.lang));
  if (isNote(reply)) return message(plainCardText(toPlainText(reply, teamsCommand)));
  return { statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: renderCard(reply, { feedback: true }).card as never };
}

/** The command a button sends, with the text its small form asked for. */
export const commandText = (submit: CommandSubmit): string => `${submit.command}${submit.input ? ` ${submit.input}` : ''}`;

/** A short note and nothing else: no title, no buttons, text only. */
function isNote(reply: Reply): boolean {
  return !reply.title && reply.followUps.length === 0 && reply.parts.every((p) => p.kind === 'text');
}
