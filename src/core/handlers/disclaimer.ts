import { citationFor, type KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { Lang } from '../lang.js';
import { t } from '../messages.js';
import { baseReply, readMore } from '../reply-builders.js';
import { rich, type Reply } from '../reply-model.js';
import type { Command } from '../router.js';
import type { Handler } from './handler.js';

/** The longest name the disclaimer accepts; longer is not a name. */
export const MAX_NAME_CHARS = 80;

/** Cleans a name for the disclaimer: no markup, no line breaks, not absurdly long. */
export function cleanName(raw: string): { name: string; tooLong: boolean } {
  const name = raw
    .replace(/[<>*_`[\]{}|\\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (name.length > MAX_NAME_CHARS) return { name: '', tooLong: true };
  return { name, tooLong: false };
}

/** The source's blog disclaimer, filled in with this year, the name and the organisation. */
export function disclaimerReply(kb: KnowledgeBase, rawName: string, year: number, lang: Lang): Reply {
  const item = kb.byId('disclaimer');
  const { name, tooLong } = cleanName(rawName);
  const shownName = name || t('disclaimer.name-placeholder', lang);
  const template = item?.template?.[lang] ?? '';
  const filled = template
    .replace(/\{year\}/g, String(year))
    .replace(/\{name\}/g, shownName)
    .replace(/\{org\}/g, kb.orgName);
  const notes = tooLong ? [t('disclaimer.name-too-long', lang, { max: MAX_NAME_CHARS })] : name === '' ? [t('disclaimer.no-name', lang)] : [];
  const related = kb.byId('tip-grijs-gebied');
  return {
    ...baseReply(lang),
    title: t('disclaimer.title', lang),
    parts: [
      { kind: 'text', text: rich(t('disclaimer.intro', lang)) },
      { kind: 'copy', label: t('disclaimer.copy', lang), text: filled },
      ...notes.map((note) => ({ kind: 'text' as const, text: rich(note) })),
    ],
    citations: item ? [citationFor(item, lang)] : [],
    followUps: related ? [readMore(related, lang)] : [],
  };
}

/** `disclaimer Jan de Vries`. Not shareable: it carries a name the user typed. */
export const disclaimer: Handler<Extract<Command, { kind: 'disclaimer' }>> = (command, { lang, services }) => ({
  reply: disclaimerReply(services.kb, command.name, services.clock.now().getFullYear(), lang),
});
