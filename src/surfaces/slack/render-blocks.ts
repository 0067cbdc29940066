import type { ActionsBlock, Button, ContextBlock, HeaderBlock, KnownBlock, MrkdwnElement, PlainTextElement, SectionBlock } from '@slack/types';
import {
  renderOnce,
  SEVERITY_EMOJI,
  shownCitations,
  toPlainText,
  VERDICT_EMOJI,
  type Citation,
  type FollowUp,
  type Reply,
  type ReplyPart,
} from '../../core/reply-model.js';
import { t } from '../../core/messages.js';
import type { Lang } from '../../core/lang.js';
import { codeToMrkdwn, escapeMrkdwn, plainTextSafe, plainToMrkdwn, richToMrkdwn, slackCommand, splitMrkdwn, truncateMrkdwn, truncatePlain } from './mrkdwn.js';

/** The action ids of the buttons `renderBlocks` makes; the Slack app routes on these. */
export const SLACK_ACTIONS = {
  /** Followed by the follow-up's index in `reply.followUps`; the value: `{"command","lang"}` (`followUpValue`). */
  followUpPrefix: 'follow_up_',
  /** A follow-up that asks for a text first (a modal); value: JSON `{ command, label }`. */
  followUpInputPrefix: 'follow_up_input_',
  share: 'share_answer',
  /** The button's value is `<lang>:<reply.feedbackFor>:<alternatives, comma-separated>:<reply.asked>`, e.g. `nl:regel-7:regel-8:mag ik…`. */
  feedbackUp: 'feedback_up',
  feedbackDown: 'feedback_down',
} as const;

/**
 * Slack's documented Block Kit limits (docs.slack.dev, Block Kit reference: blocks, section,
 * header, button). Lengths are counted in UTF-16 units, which is never fewer than characters.
 */
export const SLACK_LIMITS = {
  blocksPerMessage: 50,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  contextText: 3000,
  headerText: 150,
  buttonText: 75,
  buttonValue: 2000,
  followUpButtons: 5,
  /** Our own cap for the top-level `text` (the notification and fallback text). */
  messageText: 3000,
} as const;

export interface RenderBlocksOptions {
  /** Adds a "Deel in kanaal" button (for answers only the asker sees); its value is this question. */
  share?: string;
  /** Adds 👍 / 👎 buttons when the reply has `feedbackFor`. */
  feedback?: boolean;
}

const CITATION_EMOJI = '📖';

const plain = (text: string): PlainTextElement => ({ type: 'plain_text', text, emoji: true });
const mrkdwn = (text: string): MrkdwnElement => ({ type: 'mrkdwn', text });

function section(text: string): SectionBlock {
  return { type: 'section', text: mrkdwn(truncateMrkdwn(text, SLACK_LIMITS.sectionText)) };
}

function context(text: string): ContextBlock {
  return { type: 'context', elements: [mrkdwn(truncateMrkdwn(text, SLACK_LIMITS.contextText))] };
}

/** Sections for mrkdwn of any length, split at paragraphs or lines. */
function sections(text: string): SectionBlock[] {
  return splitMrkdwn(text, SLACK_LIMITS.sectionText).map(section);
}

/** `>` before every line: Slack's block quote. */
function quoteLines(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

function button(label: string, actionId: string, value?: string): Button {
  return {
    type: 'button',
    text: plain(truncatePlain(plainTextSafe(label), SLACK_LIMITS.buttonText)),
    action_id: actionId,
    ...(value !== undefined ? { value } : {}),
  };
}

function titleBlocks(title: string | undefined): HeaderBlock[] {
  const text = title?.replace(/\s+/g, ' ').trim();
  if (!text) return [];
  return [{ type: 'header', text: plain(truncatePlain(plainTextSafe(text), SLACK_LIMITS.headerText)) }];
}

function copyBlocks(label: string, text: string): SectionBlock[] {
  const heading = label.trim() ? `*${plainToMrkdwn(label.trim())}*\n` : '';
  const fence = (code: string) => `\`\`\`\n${code}\n\`\`\``;
  const room = SLACK_LIMITS.sectionText - heading.length - fence('').length;
  const chunks = splitMrkdwn(codeToMrkdwn(text), Math.max(room, 100));
  return chunks.map((chunk, index) => section(`${index === 0 ? heading : ''}${fence(chunk)}`));
}

function fieldsBlocks(fields: ReadonlyArray<{ label: string; value: string }>): SectionBlock[] {
  const texts = fields.map((field) => {
    const label = field.label.trim() ? `*${plainToMrkdwn(field.label.trim())}*` : '';
    const value = plainToMrkdwn(field.value);
    return truncateMrkdwn([label, value].filter(Boolean).join('\n') || ' ', SLACK_LIMITS.fieldText);
  });
  const blocks: SectionBlock[] = [];
  for (let i = 0; i < texts.length; i += SLACK_LIMITS.sectionFields) {
    blocks.push({ type: 'section', fields: texts.slice(i, i + SLACK_LIMITS.sectionFields).map(mrkdwn) });
  }
  return blocks;
}

function partBlocks(part: ReplyPart): KnownBlock[] {
  switch (part.kind) {
    case 'text':
      return sections(richToMrkdwn(part.text));
    case 'verdict': {
      // The summary names the colour ("Rood: …"): the dot and the summary, once.
      const summary = plainToMrkdwn(part.summary.trim());
      return [section(summary ? `${VERDICT_EMOJI[part.verdict]} *${summary}*` : VERDICT_EMOJI[part.verdict])];
    }
    case 'finding': {
      const message = `${SEVERITY_EMOJI[part.severity]} ${plainToMrkdwn(part.message)}`;
      const excerpt = part.excerpt.trim() ? `\n${quoteLines(plainToMrkdwn(part.excerpt.trim()))}` : '';
      const details = [`${CITATION_EMOJI} ${plainToMrkdwn(part.rule.label)}`];
      if (part.fix.trim()) details.push(plainToMrkdwn(part.fix.trim()));
      return [section(message + excerpt), context(details.join(' · '))];
    }
    case 'quote': {
      const blocks: KnownBlock[] = part.text.trim() ? sections(quoteLines(plainToMrkdwn(part.text.trim()))) : [];
      if (part.source.trim()) blocks.push(context(plainToMrkdwn(part.source.trim())));
      return blocks;
    }
    case 'copy':
      return copyBlocks(part.label, part.text);
    case 'fields':
      return fieldsBlocks(part.fields);
  }
}

function citationBlocks(citations: readonly Citation[]): ContextBlock[] {
  const labels = [...new Map(citations.map((c) => [c.itemId, c.label])).values()];
  if (labels.length === 0) return [];
  return [context(labels.map((label) => `${CITATION_EMOJI} ${plainToMrkdwn(label)}`).join(' · '))];
}

/** What a follow-up button sends back: its command, and the language of the message it is on. */
export function followUpValue(command: string, lang: Lang): string {
  return JSON.stringify({ command, lang });
}

function actionBlocks(followUps: readonly FollowUp[], lang: Lang, share: string | undefined): ActionsBlock[] {
  const buttons = followUps
    .map((followUp, index) => ({ followUp, index, value: followUpValue(followUp.command, lang) }))
    // A cut-off command would run something else, so a too-long one gets no button at all.
    .filter(({ followUp, value }) => value.length <= SLACK_LIMITS.buttonValue && followUp.label.trim())
    .slice(0, SLACK_LIMITS.followUpButtons)
    .map(({ followUp, index, value }) => {
      const b = followUp.input
        ? button(
            followUp.label,
            `${SLACK_ACTIONS.followUpInputPrefix}${index}`,
            JSON.stringify({ command: followUp.command, label: followUp.input.label.slice(0, 200) }),
          )
        : button(followUp.label, `${SLACK_ACTIONS.followUpPrefix}${index}`, value);
      return followUp.style ? { ...b, style: followUp.style } : b;
    });
  if (share !== undefined && share.length <= SLACK_LIMITS.buttonValue) buttons.push(button(t('share.button', lang), SLACK_ACTIONS.share, share));
  return buttons.length > 0 ? [{ type: 'actions', elements: buttons }] : [];
}

function feedbackBlocks(reply: Reply, enabled: boolean): KnownBlock[] {
  if (!enabled || !reply.feedbackFor) return [];
  if (reply.voted) return [context(t(reply.voted === 'up' ? 'feedback.thanks-up' : 'feedback.thanks-down', reply.lang))];
  const asked = reply.asked ? `:${reply.asked}` : '';
  const value = `${reply.lang}:${reply.feedbackFor}:${(reply.alternatives ?? []).join(',')}${asked}`.slice(0, SLACK_LIMITS.buttonValue);
  const up: Button = {
    ...button('👍', SLACK_ACTIONS.feedbackUp, value),
    accessibility_label: t('feedback.up', reply.lang),
  };
  const down: Button = {
    ...button('👎', SLACK_ACTIONS.feedbackDown, value),
    accessibility_label: t('feedback.down', reply.lang),
  };
  return [context(t('feedback.prompt', reply.lang)), { type: 'actions', elements: [up, down] }];
}

/**
 * At most 50 blocks. When the content is too long it is cut, and a "… (ingekort)" context block
 * marks the cut; the closing blocks (citations, buttons, feedback) are always kept, so a long
 * answer keeps its follow-ups.
 */
function withinBlockLimit(content: KnownBlock[], closing: KnownBlock[], lang: Lang): KnownBlock[] {
  const max = SLACK_LIMITS.blocksPerMessage;
  if (content.length + closing.length <= max) return [...content, ...closing];
  const keep = max - closing.length - 1;
  return [...content.slice(0, keep), context(t('reply.shortened', lang)), ...closing];
}

/** A knowledge item's parts as blocks, once per item (see `renderOnce`). */
const slackParts = new WeakMap<ReplyPart, KnownBlock[]>();

/**
 * Renders a reply as a Slack message: Block Kit blocks plus the plain `text` that mobile
 * notifications and old clients show. Pure: no SDK, no I/O. See DESIGN B3 for the mapping.
 */
export function renderBlocks(reply: Reply, options: RenderBlocksOptions = {}): { text: string; blocks: KnownBlock[] } {
  const content = [...titleBlocks(reply.title), ...reply.parts.flatMap((part) => renderOnce(slackParts, part, partBlocks))];
  const closing = [
    ...citationBlocks(shownCitations(reply)),
    ...actionBlocks(reply.followUps, reply.lang, options.share),
    ...feedbackBlocks(reply, options.feedback === true),
  ];
  const text = truncateMrkdwn(escapeMrkdwn(toPlainText(reply, slackCommand)).trim(), SLACK_LIMITS.messageText);
  return {
    text: text || '…',
    blocks: withinBlockLimit(content, closing, reply.lang),
  };
}
