import type { KnowledgeBase } from './knowledge/knowledge-base.js';
import type { Lang } from './lang.js';
import { t } from './messages.js';
import { rich, type ReplyPart } from './reply-model.js';
import { literal } from './text.js';

/** "a, b of c" / "a, b or c". */
function either(ways: readonly string[], lang: Lang): string {
  if (ways.length <= 1) return ways.join('');
  return `${ways.slice(0, -1).join(', ')} ${lang === 'nl' ? 'of' : 'or'} ${ways[ways.length - 1]}`;
}

/** How to reach a department yourself, from its `contact` in departments.yaml; undefined without one. */
export function contactLine(kb: KnowledgeBase, departmentId: string, lang: Lang): string | undefined {
  const department = kb.departments.departments.find((d) => d.id === departmentId);
  const contact = department?.contact;
  if (!department || !contact) return undefined;
  const ways = [contact.channel, contact.email, contact.phone].filter((w): w is string => w !== undefined).map(literal);
  if (ways.length === 0) return undefined;
  return t('contact.line', lang, { department: literal(department.name[lang]), ways: either(ways, lang) });
}

/** The contact line as a reply part, or nothing when the department has no contact details. */
export function contactParts(kb: KnowledgeBase, departmentId: string, lang: Lang): ReplyPart[] {
  const line = contactLine(kb, departmentId, lang);
  return line ? [{ kind: 'text', text: rich(line) }] : [];
}
