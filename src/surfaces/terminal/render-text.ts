import { t } from '../../core/messages.js';
import { shownCitations, stripRichText, VERDICT_EMOJI, type Reply, type ReplyPart, type Verdict } from '../../core/reply-model.js';
import { cleanText } from '../../core/text.js';

export interface RenderTextOptions {
  /** ANSI colours and bold: only when the output is a terminal, never in a pipe or a file. */
  color?: boolean;
}

const ANSI = { bold: '\u001B[1m', dim: '\u001B[2m', reset: '\u001B[0m' } as const;
const VERDICT_COLOR: Record<Verdict, string> = { groen: '\u001B[32m', oranje: '\u001B[33m', rood: '\u001B[31m' };

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => `${prefix}${line}`)
    .join('\n');
}

type Paint = (text: string, code: string) => string;

/** Every string in a value, cleaned (`cleanText`). */
function cleanDeep<T>(value: T): T {
  if (typeof value === 'string') return cleanText(value) as T;
  if (Array.isArray(value)) return value.map(cleanDeep) as T;
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanDeep(v)])) as T;
  return value;
}

function renderPart(part: ReplyPart, paint: Paint): string {
  switch (part.kind) {
    case 'text':
      // A command reads as the word to type; in colour it stands out in bold.
      return stripRichText(part.text, (words) => paint(words, ANSI.bold));
    case 'verdict':
      return paint(`${VERDICT_EMOJI[part.verdict]} ${part.summary}`, VERDICT_COLOR[part.verdict]);
    case 'finding':
      return `  * ${part.message}\n    "${part.excerpt}" (${part.rule.label})\n    ${part.fix}`;
    case 'quote':
      return `${indent(part.text, '  > ')}\n    (${part.source})`;
    case 'copy':
      return `${part.label}:\n${indent(part.text, '  | ')}`;
    case 'fields':
      return part.fields.map((f) => `${f.label}: ${f.value}`).join('\n');
  }
}

/**
 * A reply as readable terminal text: title underlined, quotes indented, buttons as what to
 * type. Nothing anyone else wrote can move the cursor, change colours or reorder the line:
 * control and bidi characters are removed from every piece before our own colours go in.
 */
export function renderText(reply: Reply, options: RenderTextOptions = {}): string {
  const paint: Paint = (text, code) => (options.color ? `${code}${text}${ANSI.reset}` : text);
  const clean: Reply = {
    ...reply,
    ...(reply.title ? { title: cleanText(reply.title) } : {}),
    parts: reply.parts.map((part) => cleanDeep(part)),
  };
  const out: string[] = [];
  if (clean.title) out.push(paint(`${clean.title}\n${'='.repeat(Math.min(clean.title.length, 72))}`, ANSI.bold));
  out.push(...clean.parts.map((part) => renderPart(part, paint)));
  const citations = shownCitations(clean);
  if (citations.length > 0) out.push(paint(`(${citations.map((c) => cleanText(c.label)).join(', ')})`, ANSI.dim));
  if (clean.followUps.length > 0) {
    const hints = clean.followUps.map((f) => t('terminal.follow-up', clean.lang, { label: cleanText(f.label), command: cleanText(f.command) }));
    out.push(paint(hints.join('\n'), ANSI.dim));
  }
  return out.join('\n\n');
}
