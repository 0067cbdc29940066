import type { FindingCode, KnowledgeId } from './ids.js';
import type { Lang } from './lang.js';

export type Verdict = 'groen' | 'oranje' | 'rood';
export type Severity = 'oranje' | 'rood';

/**
 * Restricted markdown: **bold**, _italic_, [label](https://…) and "- " list lines. Nothing
 * else. Renderers convert it; everything that is not RichText is shown literally.
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
  | { kind: 'quote'; text: string; source: string }
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
  title?: string;
  parts: ReplyPart[];
  citations: Citation[];
  followUps: FollowUp[];
  /** When set, renderers offer helpful / not helpful buttons for this answer. */
  feedbackFor?: KnowledgeId;
  /**
   * Set by the core when the reply is guideline content that may be shown to the whole
   * conversation ("Deel in kanaal"): which content, so that a share makes it again from the
   * knowledge (core/share.ts). Absent for drafts, figures, refusals, errors and anything that
   * changed state or carries text the user chose.
   */
  shareable?: ShareRef;
}

const VERDICT_LABEL: Record<Verdict, string> = {
  groen: 'GROEN',
  oranje: 'ORANJE',
  rood: 'ROOD',
};

/** Strips the restricted markdown to plain text: `[label](url)` becomes `label (url)`. */
export function stripRichText(text: string): string {
  return text
    .replace(/\[([^\]\n]{1,500})\]\((https?:\/\/[^)\s]{1,2000})\)/g, '$1 ($2)')
    .replace(/\*\*([^*\n]{1,2000})\*\*/g, '$1')
    .replace(/(^|[\s(])_([^_\n]{1,2000})_(?=$|[\s).,:;!?])/g, '$1$2');
}

function partToPlainText(part: ReplyPart): string {
  switch (part.kind) {
    case 'text':
      return stripRichText(part.text);
    case 'verdict':
      return `[${VERDICT_LABEL[part.verdict]}] ${part.summary}`;
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

/** The text form of a reply: notifications, the terminal, Slack's `text`, a card's fallback. */
export function toPlainText(reply: Reply): string {
  const blocks: string[] = [];
  if (reply.title) blocks.push(reply.title);
  blocks.push(...reply.parts.map(partToPlainText));
  if (reply.citations.length > 0) {
    blocks.push(`(${reply.citations.map((c) => c.label).join(', ')})`);
  }
  return blocks.join('\n\n');
}
