import { t } from '../../core/messages.js';
import { stripRichText, type Reply, type ReplyPart } from '../../core/reply-model.js';

const VERDICT_MARK = { groen: '[GROEN]', oranje: '[ORANJE]', rood: '[ROOD]' } as const;

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => `${prefix}${line}`)
    .join('\n');
}

function renderPart(part: ReplyPart): string {
  switch (part.kind) {
    case 'text':
      return stripRichText(part.text);
    case 'verdict':
      return `${VERDICT_MARK[part.verdict]} ${part.summary}`;
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

/** A reply as readable terminal text: title underlined, quotes indented, buttons as hints. */
export function renderText(reply: Reply): string {
  const out: string[] = [];
  if (reply.title) out.push(`${reply.title}\n${'='.repeat(Math.min(reply.title.length, 72))}`);
  out.push(...reply.parts.map(renderPart));
  if (reply.citations.length > 0) out.push(`(${reply.citations.map((c) => c.label).join(', ')})`);
  if (reply.followUps.length > 0) {
    out.push(reply.followUps.map((f) => t('terminal.follow-up', reply.lang, { label: f.label, command: f.command })).join('\n'));
  }
  return out.join('\n\n');
}

