import type { Attachment } from 'botbuilder';
import type { Lang } from '../../../core/lang.js';
import { t } from '../../../core/messages.js';
import { renderOnce, shownCitations, toPlainText, type Reply, type ReplyPart } from '../../../core/reply-model.js';
import { feedbackActions, followUpActions, shareActions } from './card-actions.js';
import { textBlock } from './card-elements.js';
import { citationElements, partElements, titleElements } from './card-parts.js';
import { plainCardText, teamsCommand, truncateSource } from './card-text.js';
import { ADAPTIVE_CARD_CONTENT_TYPE, ADAPTIVE_CARD_SCHEMA, TEAMS_LIMITS, type AdaptiveCard, type CardElement } from './card-types.js';

export interface RenderCardOptions {
  /** Adds 👍 / 👎 buttons when the reply has `feedbackFor`. */
  feedback?: boolean;
  /** Adds "Deel in kanaal" for a shareable reply sent privately: the conversation it was asked in. */
  shareTo?: string;
}

/**
 * Keeps the message within `TEAMS_LIMITS.message`: content elements are dropped from the end
 * and a "… (ingekort)" line marks the cut; the closing elements (citations, feedback prompt)
 * and the buttons are always kept, so a long answer keeps its follow-ups.
 */
function withinSizeLimit(card: AdaptiveCard, content: CardElement[], closing: CardElement[], text: string, lang: Lang): AdaptiveCard {
  const size = (body: CardElement[]) => JSON.stringify({ ...card, body }).length + text.length;
  if (size([...content, ...closing]) <= TEAMS_LIMITS.message) return { ...card, body: [...content, ...closing] };
  const marker = textBlock(t('reply.shortened', lang), { isSubtle: true });
  let keep = content.length;
  while (keep > 0 && size([...content.slice(0, keep), marker, ...closing]) > TEAMS_LIMITS.message) keep--;
  return { ...card, body: [...content.slice(0, keep), marker, ...closing] };
}

/** A knowledge item's parts as card elements, once per item (only a finding's depend on the language, and findings are never shared). */
const cardParts = new WeakMap<ReplyPart, CardElement[]>();

/**
 * Renders a reply as a Teams Adaptive Card 1.5 plus the plain text for the activity's `text`
 * (clients and notifications that cannot render the card). Pure: no SDK, no I/O. See DESIGN B3
 * for the mapping and `card-text.ts` for the escaping.
 */
export function renderCard(reply: Reply, options: RenderCardOptions = {}): { card: AdaptiveCard; text: string } {
  const text = truncateSource(plainCardText(toPlainText(reply, teamsCommand)).trim(), TEAMS_LIMITS.plainText) || '…';
  const votes = feedbackActions(reply, options.feedback === true);
  const actions = [...followUpActions(reply), ...shareActions(reply, options.shareTo), ...votes];
  const thanks = reply.voted && options.feedback === true && reply.feedbackFor;
  const closing = [
    ...citationElements(shownCitations(reply)),
    ...(votes.length > 0 ? [textBlock(t('feedback.prompt', reply.lang), { isSubtle: true, size: 'Small' })] : []),
    ...(thanks ? [textBlock(t(reply.voted === 'up' ? 'feedback.thanks-up' : 'feedback.thanks-down', reply.lang), { color: 'Good' })] : []),
  ];
  const content = [...titleElements(reply.title), ...reply.parts.flatMap((part) => renderOnce(cardParts, part, (p) => partElements(p, reply.lang)))];
  const card: AdaptiveCard = {
    type: 'AdaptiveCard',
    $schema: ADAPTIVE_CARD_SCHEMA,
    version: '1.5',
    fallbackText: text,
    body: [],
    ...(actions.length > 0 ? { actions } : {}),
  };
  return { card: withinSizeLimit(card, content, closing, text, reply.lang), text };
}

/** The card as a Bot Framework attachment (what `CardFactory.adaptiveCard` makes). */
export function renderCardAttachment(reply: Reply, options: RenderCardOptions = {}): Attachment {
  return { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: renderCard(reply, options).card };
}
