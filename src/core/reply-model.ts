import type { FindingCode, KnowledgeId } from './ids.js';
import type { Lang } from './lang.js';
import { fillCommands, unmaskLiteral } from './text.js';

export type Verdict = 'groen' | 'oranje' | 'rood';
export type Severity = 'oranje' | 'rood';

/**
 * Restricted markdown: **bold**, _italic_, [label](https://…), "- " list lines and command
 * references (`{cmd:check}`, see `core/text.ts`). Nothing else. Renderers convert it;
 * everything that is not RichText is shown literally. A value from elsewhere goes in through
 * `literal()`.
 */
export type RichText = string & { readonly __richText: unique symbol };

/** Marks a string as restricted markdown. Only for text the bot itself wrote (messages, YAML). */
export const rich = (text: string): RichText => text as RichText;

/** A rule or other knowledge item a reply rests on, shown as "Regel 7". */
export interface Citation {
  itemId: KnowledgeId;
  label: string;
}

/** A button that feeds a command back into the router, e.g. `regel 7`. */
export interface FollowUp {
  label: string;
  command: string;
  /** Asks for a short text first, sent after the command ("escalatie E-1 afhandelen <text>"). */
  input?: { label: string };
  /** How the button looks; `primary` for the main action. */
  style?: 'primary' | 'danger';
  /**
   * The answer belongs on the card the button is on (a short note for the one who pressed it,
   * such as "you picked this up"), not in a new message.
   */
  inPlace?: boolean;
}

export type ReplyPart =
  | { kind: 'text'; text: RichText }
  | { kind: 'verdict'; verdict: Verdict; summary: string }
  | {
      kind: 'finding';
      code: FindingCode;
      severity: Severity;
      message: string;
      fix: string;
      /** The words that triggered the finding, quoted from the author's own draft. */
      excerpt: string;
      rule: Citation;
    }
  /** `cites`: the item the quote comes from; its citation is not shown a second time. */
  | { kind: 'quote'; text: string; source: string; cites?: KnowledgeId }
  /** Text meant to be copied as is (a disclaimer, an improved draft). */
  | { kind: 'copy'; label: string; text: string }
  | { kind: 'fields'; fields: ReadonlyArray<{ label: string; value: string }> };

/** What may be shared with a whole channel: guideline content, named by its knowledge id. */
export const SHARE_KINDS = ['answer', 'rule', 'tip', 'overview'] as const;
export type ShareKind = (typeof SHARE_KINDS)[number];

/**
 * What "Deel in kanaal" carries: which guideline content to post, never a text to run again
 * and never a text the user wrote. The overview's id is `regels`.
 */
export interface ShareRef {
  kind: ShareKind;
  id: string;
  lang: Lang;
}

/** The platform-neutral answer the core returns; adapters render it. */
export interface Reply {
  lang: Lang;
  /** `asker`: only the person who asked. `conversation`: everyone in the conversation. */
  audience: 'asker' | 'conversation';
  /** Private because it is about the asker's own draft (said so when answered elsewhere). */
  aboutDraft?: boolean;
  title?: string;
  parts: ReplyPart[];
  citations: Citation[];
  followUps: FollowUp[];
  /** When set, renderers offer helpful / not helpful buttons for this answer. */
  feedbackFor?: KnowledgeId;
  /** The close alternatives an answer offers first (by id), so the card can be made again after a vote. */
  alternatives?: KnowledgeId[];
  /** Set once the asker voted on this card: renderers show thanks instead of the buttons. */
  voted?: 'up' | 'down';
  /**
   * The question this answer was given to, masked: the vote buttons carry it back, so that a 👎
   * can become an example of the item that should have answered (the console's overview).
   */
  asked?: string;
  /**
   * Set by the core when the reply is guideline content that may be shown to the whole
   * conversation ("Deel in kanaal"): which content, so that a share makes it again from the
   * knowledge (core/share.ts). Absent for drafts, figures, refusals, errors and anything that
   * changed state or carries text the user chose.
   */
  shareable?: ShareRef;
}

/** The colour of a draft check's verdict, as every surface shows it. */
export const VERDICT_EMOJI: Record<Verdict, string> = { groen: '🟢', oranje: '🟠', rood: '🔴' };
export const SEVERITY_EMOJI: Record<Severity, string> = { oranje: '🟠', rood: '🔴' };

/** How a surface writes a command the bot names (`{cmd:check}`); plain words by default. */
export type CommandStyle = (words: string) => string;
const plainWords: CommandStyle = (words) => words;

/** The citations a renderer shows: each once, and none a quote in the reply already names. */
export function shownCitations(reply: Pick<Reply, 'citations' | 'parts'>): Citation[] {
  const quoted = new Set(reply.parts.flatMap((p) => (p.kind === 'quote' && p.cites ? [p.cites] : [])));
  const seen = new Set<string>();
  return reply.citations.filter((c) => {
    if (quoted.has(c.itemId) || seen.has(c.itemId)) return false;
    seen.add(c.itemId);
    return true;
  });
}

/** Strips the restricted markdown to plain text: `[label](url)` becomes `label (url)`. */
export function stripRichText(text: string, command: CommandStyle = plainWords): string {
  const stripped = fillCommands(text, command)
    .replace(/\[([^\]\n]{1,500})\]\((https?:\/\/[^)\s]{1,2000})\)/g, '$1 ($2)')
    .replace(/\*\*([^*\n]{1,2000})\*\*/g, '$1')
    .replace(/(^|[\s(])_([^_\n]{1,2000})_(?=$|[\s).,:;!?])/g, '$1$2');
  return unmaskLiteral(stripped);
}

function partToPlainText(part: ReplyPart, command: CommandStyle): string {
  switch (part.kind) {
    case 'text':
      return stripRichText(part.text, command);
    case 'verdict':
      return `${VERDICT_EMOJI[part.verdict]} ${part.summary}`;
    case 'finding':
      return `- ${part.message} "${part.excerpt}" (${part.rule.label})\n  ${part.fix}`;
    case 'quote':
      return `${part.text
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n')}\n(${part.source})`;
    case 'copy':
      return `${part.label}\n${part.text}`;
    case 'fields':
      return part.fields.map((f) => `${f.label}: ${f.value}`).join('\n');
  }
}

/**
 * A frozen part is made once per knowledge item (reply-builders' `itemParts`) and is the same
 * object in every reply about that item: a surface renders it once per knowledge version and
 * reuses the result (which it must then not change). Other parts are rendered every time.
 */
export function renderOnce<T>(memo: WeakMap<ReplyPart, T>, part: ReplyPart, render: (part: ReplyPart) => T): T {
  if (!Object.isFrozen(part)) return render(part);
  let rendered = memo.get(part);
  if (rendered === undefined) {
    rendered = render(part);
    memo.set(part, rendered);
  }
  return rendered;
}

const shared = new WeakMap<object, Map<string, readonly ReplyPart[]>>();

/**
 * Parts that are the same in every reply made from `owner` (a knowledge version's departments, a
 * tip, the bot's own messages) under `key` (at least the language): made once and frozen, so
 * that every surface renders them once as well (`renderOnce`). A new knowledge version brings
 * new owners, and with them new parts.
 */
export function sharedParts(owner: object, key: string, make: () => ReplyPart[]): readonly ReplyPart[] {
  let byKey = shared.get(owner);
  if (!byKey) {
    byKey = new Map();
    shared.set(owner, byKey);
  }
  let parts = byKey.get(key);
  if (!parts) {
    parts = Object.freeze(make().map((part) => Object.freeze(part)));
    byKey.set(key, parts);
  }
  return parts;
}

const plainTexts = new WeakMap<CommandStyle, WeakMap<ReplyPart, string>>();

/** The text form of a reply: notifications, Slack's `text`, a card's fallback. */
export function toPlainText(reply: Reply, command: CommandStyle = plainWords): string {
  const blocks: string[] = [];
  if (reply.title) blocks.push(reply.title);
  const memo = plainTexts.get(command) ?? new WeakMap<ReplyPart, string>();
  plainTexts.set(command, memo);
  for (const part of reply.parts) blocks.push(renderOnce(memo, part, (p) => partToPlainText(p, command)));
  const citations = shownCitations(reply);
  if (citations.length > 0) blocks.push(`(${citations.map((c) => c.label).join(', ')})`);
  return blocks.join('\n\n');
}
