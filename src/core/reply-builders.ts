import { FALLBACK_ITEM } from './ids.js';
import { citationFor, type KnowledgeBase } from './knowledge/knowledge-base.js';
import type { KnowledgeItem } from './knowledge/schema.js';
import { t } from './messages.js';
import { rich, type FollowUp, type Reply } from './reply-model.js';
import { type Lang } from './lang.js';
import { tipReply } from './tips/tip-reply.js';

/** The longest name the disclaimer accepts; longer is not a name. */
export const MAX_NAME_CHARS = 80;

/** An empty reply in `lang`, to build on; fit for the whole conversation unless made private. */
export function baseReply(lang: Lang, audience: Reply['audience'] = 'conversation'): Reply {
  return { lang, audience, parts: [], citations: [], followUps: [] };
}

/** The command that shows an item: `regel 7` for rules, `lees <id>` otherwise. */
export function commandFor(item: KnowledgeItem, lang: Lang): string {
  if (item.kind === 'rule' && item.number !== undefined) return `${lang === 'nl' ? 'regel' : 'rule'} ${item.number}`;
  return `${lang === 'nl' ? 'lees' : 'read'} ${item.id}`;
}

/** Buttons to the items related to `item`, at most `max`. */
export function relatedFollowUps(kb: KnowledgeBase, item: KnowledgeItem, lang: Lang, max = 2): FollowUp[] {
  return item.related
    .map((id) => kb.byId(id))
    .filter((related): related is KnowledgeItem => related !== undefined)
    .slice(0, max)
    .map((related) => ({ label: t('answer.more', lang, { label: citationFor(related, lang).label }), command: commandFor(related, lang) }));
}

/** An item in full: its short answer, the guideline text it rests on, and where to read on. */
export function itemReply(kb: KnowledgeBase, item: KnowledgeItem, lang: Lang): Reply {
  const citation = citationFor(item, lang);
  const title = item.kind === 'rule' && item.number !== undefined ? `${citation.label}: ${item.title[lang]}` : item.title[lang];
  return {
    ...baseReply(lang),
    title,
    parts: [
      { kind: 'text', text: rich(item.answer[lang]) },
      { kind: 'quote', text: item.source[lang], source: `${t('answer.source', lang)}, ${citation.label}` },
    ],
    citations: [citation],
    followUps: relatedFollowUps(kb, item, lang),
    feedbackFor: item.id,
  };
}

export function helpReply(kb: KnowledgeBase, lang: Lang): Reply {
  return {
    ...baseReply(lang),
    title: t('help.title', lang),
    parts: [{ kind: 'text', text: rich(t('help.body', lang, { org: kb.orgName })) }],
    followUps: [
      { label: t('followup.rules', lang), command: lang === 'nl' ? 'regels' : 'rules' },
      { label: t('followup.tip', lang), command: 'tip' },
    ],
  };
}

/** The first message after the bot was installed: what it can do, in a welcoming title. */
export function welcomeReply(kb: KnowledgeBase, lang: Lang): Reply {
  return { ...helpReply(kb, lang), title: t('welcome.title', lang) };
}

/** The numbered rules, one line each, and the other sections an organisation has. */
export function rulesReply(kb: KnowledgeBase, lang: Lang): Reply {
  const rules = kb.items
    .filter((i) => i.kind === 'rule')
    .sort((a, b) => (a.number ?? 100) - (b.number ?? 100));
  const lines = rules.map((r) => `- **${citationFor(r, lang).label}**: ${r.title[lang]}`);
  return {
    ...baseReply(lang),
    title: t('rules.title', lang),
    parts: [{ kind: 'text', text: rich(lines.join('\n')) }],
    followUps: [{ label: t('followup.help', lang), command: 'help' }],
  };
}

export function ruleReply(kb: KnowledgeBase, number: number | null, lang: Lang): Reply {
  const item = number === null ? undefined : kb.rule(number);
  if (item) return itemReply(kb, item, lang);
  const numbers = kb.items.map((i) => i.number).filter((n): n is number => n !== undefined).sort((a, b) => a - b);
  const range = numbers.length > 0 ? `${numbers[0]}-${numbers[numbers.length - 1]}` : '';
  const text = number === null ? t('rule.missing-number', lang) : t('rule.unknown', lang, { number, range });
  return {
    ...baseReply(lang),
    parts: [{ kind: 'text', text: rich(text) }],
    followUps: [{ label: t('followup.rules', lang), command: lang === 'nl' ? 'regels' : 'rules' }],
  };
}

/** "I have no rule for that": points to rule 8, never guesses. */
export function fallbackReply(kb: KnowledgeBase, lang: Lang): Reply {
  const rule8 = kb.byId(FALLBACK_ITEM);
  return {
    ...baseReply(lang),
    title: t('fallback.title', lang),
    parts: [
      { kind: 'text', text: rich(t('fallback.body', lang)) },
      { kind: 'text', text: rich(t('fallback.rephrase', lang)) },
    ],
    citations: rule8 ? [citationFor(rule8, lang)] : [],
    followUps: [
      ...(rule8 ? [{ label: t('answer.more', lang, { label: citationFor(rule8, lang).label }), command: commandFor(rule8, lang) }] : []),
      { label: t('followup.help', lang), command: 'help' },
    ],
  };
}

/** Cleans a name for the disclaimer: no markup, no line breaks, not absurdly long. */
export function cleanName(raw: string): { name: string; tooLong: boolean } {
  const name = raw.replace(/[<>*_`[\]{}|\\]/g, '').replace(/\s+/g, ' ').trim();
  if (name.length > MAX_NAME_CHARS) return { name: '', tooLong: true };
  return { name, tooLong: false };
}

/** The source's blog disclaimer, filled in with this year, the name and the organisation. */
export function disclaimerReply(kb: KnowledgeBase, rawName: string, year: number, lang: Lang): Reply {
  const item = kb.byId('disclaimer');
  const { name, tooLong } = cleanName(rawName);
  const shownName = name || t('disclaimer.name-placeholder', lang);
  const template = item?.template?.[lang] ?? '';
  const filled = template.replace(/\{year\}/g, String(year)).replace(/\{name\}/g, shownName).replace(/\{org\}/g, kb.orgName);
  const notes = tooLong
    ? [t('disclaimer.name-too-long', lang, { max: MAX_NAME_CHARS })]
    : name === ''
      ? [t('disclaimer.no-name', lang)]
      : [];
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
    followUps: related ? [{ label: t('answer.more', lang, { label: citationFor(related, lang).label }), command: commandFor(related, lang) }] : [],
  };
}

/** A random tip, privately: `/socialmedia tip`. */
export function randomTipReply(kb: KnowledgeBase, random: () => number, lang: Lang): Reply {
  const tip = kb.tips[Math.floor(random() * kb.tips.length) % Math.max(1, kb.tips.length)];
  return tip ? tipReply(kb, tip, lang, 'asker') : helpReply(kb, lang);
}
