import type { Attachment } from 'botbuilder';
import { toPlainText, type Citation, type FollowUp, type Reply, type ReplyPart, type Severity, type Verdict } from '../../core/reply-model.js';
import type { Lang } from '../../core/lang.js';
import { cardTextPieces, escapeCardText, plainCardText, truncateSource } from './card-text.js';

/*
 * A small, local type subset of Adaptive Cards 1.5 (adaptivecards.io/explorer): only the
 * elements and properties this renderer uses, so a typo in a type or property name fails to
 * compile. Values that equal the schema default (`wrap: false`, `spacing: 'Default'`) are never
 * written.
 */

export type TextSize = 'Small' | 'Default' | 'Medium' | 'Large' | 'ExtraLarge';
export type TextWeight = 'Lighter' | 'Default' | 'Bolder';
export type TextColor = 'Default' | 'Dark' | 'Light' | 'Accent' | 'Good' | 'Warning' | 'Attention';
export type ContainerStyle = 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';

export interface TextBlock {
  type: 'TextBlock';
  text: string;
  wrap?: boolean;
  size?: TextSize;
  weight?: TextWeight;
  color?: TextColor;
  isSubtle?: boolean;
  fontType?: 'Default' | 'Monospace';
}

export interface Fact {
  title: string;
  value: string;
}

export interface FactSet {
  type: 'FactSet';
  facts: Fact[];
}

export interface Column {
  type: 'Column';
  items: CardElement[];
  width?: 'auto' | 'stretch' | number;
  verticalContentAlignment?: 'Top' | 'Center' | 'Bottom';
}

export interface ColumnSet {
  type: 'ColumnSet';
  columns: Column[];
}

export interface Container {
  type: 'Container';
  items: CardElement[];
  style?: ContainerStyle;
}

/** A text field; Teams adds its value to the submitting action's data under `id`. */
export interface InputText {
  type: 'Input.Text';
  id: string;
  label: string;
  isMultiline?: boolean;
  maxLength?: number;
  isRequired?: boolean;
  errorMessage?: string;
}

export type CardElement = TextBlock | FactSet | ColumnSet | Container | InputText;

/** `data` of a follow-up button. Teams posts `msteams.text` as a message and shows `displayText` as the user's. */
export interface FollowUpSubmitData {
  command: string;
  msteams: { type: 'messageBack'; text: string; displayText: string };
}

/** `data` of a 👍 / 👎 button; Teams sends it back as `activity.value`. */
export interface FeedbackSubmitData {
  feedback: 'up' | 'down';
  itemId: string;
  lang: Lang;
}

export interface SubmitAction {
  type: 'Action.Submit';
  title: string;
  tooltip?: string;
  style?: 'positive' | 'destructive';
  data: FollowUpSubmitData | FeedbackSubmitData | { command: string };
}

/** A follow-up that needs a text first: the button opens a small form inside the card. */
export interface ShowCardAction {
  type: 'Action.ShowCard';
  title: string;
  card: { type: 'AdaptiveCard'; body: CardElement[]; actions: SubmitAction[] };
}

export const ADAPTIVE_CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';
export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: typeof ADAPTIVE_CARD_SCHEMA;
  /** What Teams renders; do not raise without checking the clients (DESIGN B3). */
  version: '1.5';
  fallbackText: string;
  body: CardElement[];
  actions?: Array<SubmitAction | ShowCardAction>;
}

/** What a card button sends back, after `parseCardSubmit` has checked it. */
export type CardSubmit = { command: string; input?: string } | { feedback: 'up' | 'down'; itemId: string; lang: Lang };

/** The card's buttons and their `data`; the bot reads them back with `parseCardSubmit`. */
export const TEAMS_CARD_ACTIONS = {
  /** `{ command, msteams: { type: 'messageBack', text: command, displayText: label } }`. */
  followUp: { key: 'command', msteamsType: 'messageBack', max: 5 },
  /** `{ feedback: 'up' | 'down', itemId, lang }`. */
  feedback: { key: 'feedback', votes: ['up', 'down'] },
} as const;

/**
 * Limits. Lengths in UTF-16 units. Teams documents a message limit of about 100 KB counted in
 * UTF-16 (80 KB recommended; it was 40 KB until 2024), text and card together
 * (learn.microsoft.com, "Format your bot messages"). We keep to the old 40 KB: 20 000 units.
 */
export const TEAMS_LIMITS = {
  textBlock: 4000,
  title: 300,
  fact: 2000,
  actionTitle: 40,
  followUpActions: 5,
  actions: 7,
  /** A longer command gets no button: a cut-off command would run something else. */
  command: 2000,
  /** The activity `text` and the card's `fallbackText`. */
  plainText: 3000,
  /** `JSON.stringify(card).length + text.length`. */
  message: 20_000,
} as const;

export interface RenderCardOptions {
  /** Adds 👍 / 👎 buttons when the reply has `feedbackFor`. */
  feedback?: boolean;
}

/** The few Teams-only UI strings; Dutch first. */
const LABELS = {
  rule: { nl: 'Regel', en: 'Rule' },
  fix: { nl: 'Oplossing', en: 'Fix' },
  feedbackPrompt: { nl: 'Had je hier iets aan?', en: 'Was this helpful?' },
  feedbackUp: { nl: 'Ja, dit hielp', en: 'Yes, this helped' },
  feedbackDown: { nl: 'Nee, dit hielp niet', en: 'No, this did not help' },
  shortened: { nl: '… (ingekort)', en: '… (shortened)' },
} as const satisfies Record<string, Record<Lang, string>>;

const VERDICT_EMOJI: Record<Verdict, string> = { groen: '🟢', oranje: '🟠', rood: '🔴' };
const VERDICT_COLOR: Record<Verdict, TextColor> = { groen: 'Good', oranje: 'Warning', rood: 'Attention' };
const VERDICT_WORD: Record<Verdict, Record<Lang, string>> = {
  groen: { nl: 'GROEN', en: 'GREEN' },
  oranje: { nl: 'ORANJE', en: 'ORANGE' },
  rood: { nl: 'ROOD', en: 'RED' },
};
const SEVERITY_EMOJI: Record<Severity, string> = { oranje: '🟠', rood: '🔴' };
const SEVERITY_STYLE: Record<Severity, ContainerStyle> = { oranje: 'warning', rood: 'attention' };
const CITATION_EMOJI = '📖';

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** User or YAML text for one block: cut to fit, then escaped. */
const literal = (text: string, max: number = TEAMS_LIMITS.textBlock): string => escapeCardText(truncateSource(text.trim(), max));

const textBlock = (text: string, props: Omit<TextBlock, 'type' | 'text'> = {}): TextBlock => ({ type: 'TextBlock', text, wrap: true, ...props });

function titleElements(title: string | undefined): CardElement[] {
  const text = oneLine(title ?? '');
  if (!text) return [];
  return [textBlock(literal(text, TEAMS_LIMITS.title), { size: 'Medium', weight: 'Bolder' })];
}

function fact(title: string, value: string): Fact {
  return { title: literal(oneLine(title) || '–', TEAMS_LIMITS.fact), value: literal(value, TEAMS_LIMITS.fact) || '–' };
}

function partElements(part: ReplyPart, lang: Lang): CardElement[] {
  switch (part.kind) {
    case 'text':
      return cardTextPieces(part.text, 'rich', TEAMS_LIMITS.textBlock).map((text) => textBlock(text));
    case 'verdict': {
      const head = `**${VERDICT_WORD[part.verdict][lang]}**`;
      const summary = literal(part.summary, TEAMS_LIMITS.textBlock - head.length - 1);
      return [
        {
          type: 'ColumnSet',
          columns: [
            { type: 'Column', width: 'auto', items: [textBlock(VERDICT_EMOJI[part.verdict])] },
            {
              type: 'Column',
              width: 'stretch',
              verticalContentAlignment: 'Center',
              items: [textBlock(summary ? `${head} ${summary}` : head, { color: VERDICT_COLOR[part.verdict] })],
            },
          ],
        },
      ];
    }
    case 'finding': {
      const items: CardElement[] = [textBlock(`${SEVERITY_EMOJI[part.severity]} ${literal(part.message)}`, { weight: 'Bolder' })];
      if (part.excerpt.trim()) items.push(textBlock(`“${literal(part.excerpt, TEAMS_LIMITS.textBlock - 10)}”`, { isSubtle: true }));
      const facts = [fact(LABELS.rule[lang], part.rule.label)];
      if (part.fix.trim()) facts.push(fact(LABELS.fix[lang], part.fix));
      items.push({ type: 'FactSet', facts });
      return [{ type: 'Container', style: SEVERITY_STYLE[part.severity], items }];
    }
    case 'quote': {
      const items: CardElement[] = cardTextPieces(part.text, 'plain', TEAMS_LIMITS.textBlock).map((text) => textBlock(text, { isSubtle: true }));
      if (part.source.trim()) items.push(textBlock(`— ${literal(oneLine(part.source), TEAMS_LIMITS.title)}`, { isSubtle: true, size: 'Small' }));
      return items.length > 0 ? [{ type: 'Container', style: 'emphasis', items }] : [];
    }
    case 'copy': {
      const elements: CardElement[] = [];
      const label = oneLine(part.label);
      if (label) elements.push(textBlock(`**${literal(label, TEAMS_LIMITS.title)}**`));
      const code = cardTextPieces(part.text, 'plain', TEAMS_LIMITS.textBlock).map((text) => textBlock(text, { fontType: 'Monospace' }));
      if (code.length > 0) elements.push({ type: 'Container', style: 'emphasis', items: code });
      return elements;
    }
    case 'fields': {
      const facts = part.fields.filter((f) => f.label.trim() || f.value.trim()).map((f) => fact(f.label, f.value));
      return facts.length > 0 ? [{ type: 'FactSet', facts }] : [];
    }
  }
}

function citationElements(citations: readonly Citation[]): CardElement[] {
  const seen = new Set<string>();
  const labels: string[] = [];
  for (const citation of citations) {
    const label = oneLine(citation.label);
    if (seen.has(citation.itemId) || !label) continue;
    seen.add(citation.itemId);
    labels.push(`${CITATION_EMOJI} ${literal(label, TEAMS_LIMITS.title)}`);
  }
  return labels.length > 0 ? [textBlock(labels.join(' · '), { isSubtle: true, size: 'Small' })] : [];
}

/** Plain text for a place without markdown (a button title, Teams' echo of a click): neutralised and cut. */
const buttonText = (text: string, max: number): string => truncateSource(plainCardText(oneLine(text)), max);

/** Where a follow-up's text goes in the submitted data. */
export const INPUT_ID = 'input';

function followUpActions(followUps: readonly FollowUp[]): Array<SubmitAction | ShowCardAction> {
  return followUps
    .filter((f) => oneLine(f.label) && f.command.trim() && f.command.length <= TEAMS_LIMITS.command)
    .slice(0, TEAMS_LIMITS.followUpActions)
    .map((f): SubmitAction | ShowCardAction => {
      const style = f.style === 'primary' ? { style: 'positive' as const } : f.style === 'danger' ? { style: 'destructive' as const } : {};
      if (f.input) {
        return {
          type: 'Action.ShowCard',
          title: buttonText(f.label, TEAMS_LIMITS.actionTitle),
          card: {
            type: 'AdaptiveCard',
            body: [{ type: 'Input.Text', id: INPUT_ID, label: buttonText(f.input.label, 200), isMultiline: true, maxLength: 500 }],
            actions: [{ type: 'Action.Submit', title: buttonText(f.label, TEAMS_LIMITS.actionTitle), ...style, data: { command: f.command } }],
          },
        };
      }
      return {
        type: 'Action.Submit',
        title: buttonText(f.label, TEAMS_LIMITS.actionTitle),
        ...style,
        data: {
          command: f.command,
          msteams: { type: 'messageBack', text: f.command, displayText: buttonText(f.label, TEAMS_LIMITS.title) },
        },
      };
    });
}

function feedbackActions(reply: Reply, enabled: boolean): SubmitAction[] {
  const itemId = reply.feedbackFor;
  if (!enabled || !itemId) return [];
  return (['up', 'down'] as const).map((vote) => ({
    type: 'Action.Submit',
    title: vote === 'up' ? '👍' : '👎',
    tooltip: (vote === 'up' ? LABELS.feedbackUp : LABELS.feedbackDown)[reply.lang],
    data: { feedback: vote, itemId, lang: reply.lang },
  }));
}

/**
 * Keeps the message within `TEAMS_LIMITS.message`: content elements are dropped from the end
 * and a "… (ingekort)" line marks the cut; the closing elements (citations, feedback prompt)
 * and the buttons are always kept, so a long answer keeps its follow-ups.
 */
function withinSizeLimit(card: AdaptiveCard, content: CardElement[], closing: CardElement[], text: string, lang: Lang): AdaptiveCard {
  const size = (body: CardElement[]) => JSON.stringify({ ...card, body }).length + text.length;
  if (size([...content, ...closing]) <= TEAMS_LIMITS.message) return { ...card, body: [...content, ...closing] };
  const marker = textBlock(LABELS.shortened[lang], { isSubtle: true });
  let keep = content.length;
  while (keep > 0 && size([...content.slice(0, keep), marker, ...closing]) > TEAMS_LIMITS.message) keep--;
  return { ...card, body: [...content.slice(0, keep), marker, ...closing] };
}

/**
 * Renders a reply as a Teams Adaptive Card 1.5 plus the plain text for the activity's `text`
 * (clients and notifications that cannot render the card). Pure: no SDK, no I/O. See DESIGN B3
 * for the mapping and `card-text.ts` for the escaping.
 */
export function renderCard(reply: Reply, options: RenderCardOptions = {}): { card: AdaptiveCard; text: string } {
  const text = truncateSource(plainCardText(toPlainText(reply)).trim(), TEAMS_LIMITS.plainText) || '…';
  const actions = [...followUpActions(reply.followUps), ...feedbackActions(reply, options.feedback === true)];
  const hasFeedback = actions.some((action) => action.type === 'Action.Submit' && 'feedback' in action.data);
  const content = [...titleElements(reply.title), ...reply.parts.flatMap((part) => partElements(part, reply.lang))];
  const closing = [
    ...citationElements(reply.citations),
    ...(hasFeedback ? [textBlock(LABELS.feedbackPrompt[reply.lang], { isSubtle: true, size: 'Small' })] : []),
  ];
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

const ITEM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * Reads what a card button sent back (`activity.value`, or `action.data` of an invoke). Never
 * trusts it: anyone in the conversation can post any value. Returns only the checked fields.
 */
export function parseCardSubmit(value: unknown): CardSubmit | undefined {
  if (!isPlainObject(value)) return undefined;
  if (Object.hasOwn(value, 'feedback')) {
    const { feedback, itemId, lang } = value;
    if (feedback !== 'up' && feedback !== 'down') return undefined;
    if (typeof itemId !== 'string' || itemId.length > 100 || !ITEM_ID.test(itemId)) return undefined;
    if (lang !== 'nl' && lang !== 'en') return undefined;
    return { feedback, itemId, lang };
  }
  if (!Object.hasOwn(value, 'command')) return undefined;
  const { command } = value;
  if (typeof command !== 'string' || command.length > TEAMS_LIMITS.command || CONTROL_CHARS.test(command)) return undefined;
  const trimmed = command.trim();
  if (!trimmed) return undefined;
  const input = value[INPUT_ID];
  if (typeof input === 'string' && input.trim() !== '' && input.length <= 500 && !CONTROL_CHARS.test(input.replace(/[\r\n\t]/g, ' '))) {
    return { command: trimmed, input: input.replace(/\s+/g, ' ').trim() };
  }
  return { command: trimmed };
}
