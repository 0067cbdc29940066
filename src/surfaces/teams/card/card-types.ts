import type { Lang } from '../../../core/lang.js';
import type { ShareRef } from '../../../core/reply-model.js';

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

/**
 * `data` of a follow-up button: plain data, no `msteams` object (a `messageBack` or `imBack`
 * there makes some Teams clients throw, and the button does nothing). Teams sends it back as
 * the message's `value`; `lang` is the language of the card it was on.
 */
export interface FollowUpSubmitData {
  command: string;
  lang: Lang;
}

/** `data` of a 👍 / 👎 button; with the alternatives the answer offered, the card can be made again. */
export interface FeedbackSubmitData {
  feedback: 'up' | 'down';
  itemId: string;
  lang: Lang;
  alternatives: string[];
}

/** `data` of "Deel in kanaal" on an answer sent privately: which guideline content, and the conversation it was asked in. */
export interface ShareSubmitData {
  share: ShareRef;
  to: string;
}

export interface SubmitAction {
  type: 'Action.Submit';
  title: string;
  tooltip?: string;
  style?: 'positive' | 'destructive';
  data: FollowUpSubmitData | ShareSubmitData;
}

/**
 * A button answered in place (Universal Actions): Teams sends an `adaptiveCard/action` invoke
 * and shows what the bot returns, a new card or a short message, on the card itself.
 */
export interface ExecuteAction {
  type: 'Action.Execute';
  title: string;
  verb: 'vote' | 'command';
  tooltip?: string;
  style?: 'positive' | 'destructive';
  data: FeedbackSubmitData | FollowUpSubmitData;
}

/** A follow-up that needs a text first: the button opens a small form inside the card. */
export interface ShowCardAction {
  type: 'Action.ShowCard';
  title: string;
  card: { type: 'AdaptiveCard'; body: CardElement[]; actions: Array<SubmitAction | ExecuteAction> };
}

export type CardAction = SubmitAction | ExecuteAction | ShowCardAction;

/** Where a follow-up's text goes in the submitted data. */
export const INPUT_ID = 'input';

export const ADAPTIVE_CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';
export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: typeof ADAPTIVE_CARD_SCHEMA;
  /** What Teams renders; do not raise without checking the clients (DESIGN B3). */
  version: '1.5';
  fallbackText: string;
  body: CardElement[];
  actions?: CardAction[];
}

/** The card's buttons and their `data`; the bot reads them back with `parseCardSubmit`. */
export const TEAMS_CARD_ACTIONS = {
  /** `Action.Submit` with `{ command, lang }`; `Action.Execute` (verb `command`) when answered in place. */
  followUp: { key: 'command', max: 5 },
  /** `Action.Execute`, verb `vote`, with `{ feedback: 'up' | 'down', itemId, lang, alternatives }`. */
  feedback: { key: 'feedback', verb: 'vote', votes: ['up', 'down'] },
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
