import type { Attachment } from 'botbuilder';
import type { Lang } from '../../../core/lang.js';
import { t } from '../../../core/messages.js';
import { renderOnce, shownCitations, toPlainText, type Citation, type Reply, type ReplyPart } from '../../../core/reply-model.js';
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

/** The JSON of a card without actions, its fallbackText empty and its body empty; and what `"actions":` adds before the actions. */
const FRAME_LENGTH = JSON.stringify({ type: 'AdaptiveCard', $schema: ADAPTIVE_CARD_SCHEMA, version: '1.5', fallbackText: '', body: [] }).length;
const ACTIONS_KEY_LENGTH = ',"actions":'.length;

/** The length of the elements' JSON, commas between them not counted. */
const jsonLength = (elements: readonly CardElement[]): number => elements.reduce((n, e) => n + JSON.stringify(e).length, 0);

/**
 * Keeps the message within `TEAMS_LIMITS.message`: content elements are dropped from the end
 * and a "… (ingekort)" line marks the cut; the closing elements (citations, feedback prompt)
 * and the buttons are always kept, so a long answer keeps its follow-ups. The size is the
 * length of the card's JSON plus the text, added up from its pieces (an array's JSON is its
 * elements' with commas between) rather than a whole JSON.stringify per card; `contentLength`
 * is the content's, of a knowledge item's parts worked out once.
 */
function withinSizeLimit(card: AdaptiveCard, content: CardElement[], contentLength: number, closing: CardElement[], text: string, lang: Lang): AdaptiveCard {
  const closingLength = jsonLength(closing);
  const count = content.length + closing.length;
  // First an upper bound, without the fallback text's JSON (at most six characters for each of its own, plus the quotes): most
  // cards are far below the limit and need no exact size. The exact one decides only near the limit, and it decides the cut.
  const actionsLength = card.actions ? ACTIONS_KEY_LENGTH + JSON.stringify(card.actions).length : 0;
  if (FRAME_LENGTH + 7 * text.length + actionsLength + closingLength + contentLength + count <= TEAMS_LIMITS.message)
    return { ...card, body: [...content, ...closing] };
  const fixed = JSON.stringify(card).length + text.length + closingLength; // card.body is [] here
  const size = (length: number, count: number) => fixed + length + Math.max(0, count - 1);
  if (size(contentLength, count) <= TEAMS_LIMITS.message) return { ...card, body: [...content, ...closing] };
  const marker = textBlock(t('reply.shortened', lang), { isSubtle: true });
  const lengths = content.map((e) => JSON.stringify(e).length);
  const markerLength = JSON.stringify(marker).length;
  let keep = content.length;
  let kept = contentLength;
  while (keep > 0 && size(kept + markerLength, keep + 1 + closing.length) > TEAMS_LIMITS.message) kept -= lengths[--keep] as number;
  return { ...card, body: [...content.slice(0, keep), marker, ...closing] };
}

/** A knowledge item's parts as card elements, once per item (only a finding's depend on the language, and findings are never shared). */
const cardParts = new WeakMap<ReplyPart, CardElement[]>();
/** The JSON length of those elements, once per item as well. */
const cardPartLengths = new WeakMap<ReplyPart, number>();

/** What a card shows that follows from the reply's title, parts and citations alone: its text, its content and its citations line. */
interface Fixed {
  title: string | undefined;
  parts: readonly ReplyPart[];
  citations: readonly Citation[];
  text: string;
  content: CardElement[];
  contentLength: number;
  cited: CardElement[];
}

function fixedFor(reply: Reply): Fixed {
  const text = truncateSource(plainCardText(toPlainText(reply, teamsCommand)).trim(), TEAMS_LIMITS.plainText) || '…';
  const content = titleElements(reply.title);
  let contentLength = jsonLength(content);
  for (const part of reply.parts) {
    const elements = renderOnce(cardParts, part, (p) => partElements(p, reply.lang));
    content.push(...elements);
    contentLength += renderOnce(cardPartLengths, part, () => jsonLength(elements));
  }
  return { title: reply.title, parts: reply.parts, citations: reply.citations, text, content, contentLength, cited: citationElements(shownCitations(reply)) };
}

/** The fixed side of the cards whose parts are all frozen (an item's, a fallback's, a tip's), kept by their first part: a few each. */
const fixedCards = new WeakMap<ReplyPart, Fixed[]>();
const FIXED_PER_PART = 4;

/** The same title, the same (frozen) parts, citations of the same items under the same labels. */
const sameFixed = (fixed: Fixed, reply: Reply): boolean =>
  fixed.title === reply.title &&
  fixed.parts.length === reply.parts.length &&
  fixed.parts.every((part, i) => part === reply.parts[i]) &&
  fixed.citations.length === reply.citations.length &&
  fixed.citations.every((c, i) => c.itemId === reply.citations[i]?.itemId && c.label === reply.citations[i]?.label);

/**
 * The fixed side of a card, made once for everyone asking about the same item in the same
 * language and knowledge version (its parts are then the same frozen objects); made every time
 * for replies with a part of their own (a draft check, a note).
 */
function fixedOf(reply: Reply): Fixed {
  const first = reply.parts[0];
  if (first === undefined || !reply.parts.every((part) => Object.isFrozen(part))) return fixedFor(reply);
  const kept = fixedCards.get(first) ?? [];
  const found = kept.find((fixed) => sameFixed(fixed, reply));
  if (found) return found;
  const made = fixedFor(reply);
  fixedCards.set(first, [made, ...kept].slice(0, FIXED_PER_PART));
  return made;
}

/**
 * Renders a reply as a Teams Adaptive Card 1.5 plus the plain text for the activity's `text`
 * (clients and notifications that cannot render the card). Pure: no SDK, no I/O. See DESIGN B3
 * for the mapping and `card-text.ts` for the escaping.
 */
export function renderCard(reply: Reply, options: RenderCardOptions = {}): { card: AdaptiveCard; text: string } {
  const { text, content, contentLength, cited } = fixedOf(reply);
  const votes = feedbackActions(reply, options.feedback === true);
  const actions = [...followUpActions(reply), ...shareActions(reply, options.shareTo), ...votes];
  const thanks = reply.voted && options.feedback === true && reply.feedbackFor;
  const closing = [
    ...cited,
    ...(votes.length > 0 ? [textBlock(t('feedback.prompt', reply.lang), { isSubtle: true, size: 'Small' })] : []),
    ...(thanks ? [textBlock(t(reply.voted === 'up' ? 'feedback.thanks-up' : 'feedback.thanks-down', reply.lang), { color: 'Good' })] : []),
  ];
  const card: AdaptiveCard = {
    type: 'AdaptiveCard',
    $schema: ADAPTIVE_CARD_SCHEMA,
    version: '1.5',
    fallbackText: text,
    body: [],
    ...(actions.length > 0 ? { actions } : {}),
  };
  return { card: withinSizeLimit(card, content, contentLength, closing, text, reply.lang), text };
}

/** The card as a Bot Framework attachment (what `CardFactory.adaptiveCard` makes). */
export function renderCardAttachment(reply: Reply, options: RenderCardOptions = {}): Attachment {
  return { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: renderCard(reply, options).card };
}
