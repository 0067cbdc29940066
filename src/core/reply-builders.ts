import { FALLBACK_ITEM, type KnowledgeId } from './ids.js';
import { citationFor, type KnowledgeBase } from './knowledge/knowledge-base.js';
import type { KnowledgeItem } from './knowledge/schema.js';
import { t } from './messages.js';
import { theOrg } from './org.js';
import { rich, sharedParts, type FollowUp, type Reply, type ReplyPart } from './reply-model.js';
import type { Lang } from './lang.js';
import { contactParts } from './contact.js';

/** An empty reply in `lang`, to build on; fit for the whole conversation unless made private. */
export function baseReply(lang: Lang, audience: Reply['audience'] = 'conversation'): Reply {
  return { lang, audience, parts: [], citations: [], followUps: [] };
}

/** The command that shows an item: `regel 7` for rules, `lees <id>` otherwise. */
export function commandFor(item: KnowledgeItem, lang: Lang): string {
  if (item.kind === 'rule' && item.number !== undefined) return `${lang === 'nl' ? 'regel' : 'rule'} ${item.number}`;
  return `${lang === 'nl' ? 'lees' : 'read'} ${item.id}`;
}

/** What an item is called on a button: "regel 7", its topic ("omgangsvormen"), or its title. */
export function topicOf(item: KnowledgeItem, lang: Lang): string {
  if (item.kind === 'rule' && item.number !== undefined) return `${lang === 'nl' ? 'regel' : 'rule'} ${item.number}`;
  return item.topic?.[lang] ?? citationFor(item, lang).label;
}

/** A button to an item: "Meer over regel 1", "Meer over omgangsvormen". */
export function readMore(item: KnowledgeItem, lang: Lang): FollowUp {
  return { label: t('answer.more', lang, { topic: topicOf(item, lang) }), command: commandFor(item, lang) };
}

/** Buttons to the items related to `item`, at most `max`. */
export function relatedFollowUps(kb: KnowledgeBase, item: KnowledgeItem, lang: Lang, max = 2): FollowUp[] {
  return item.related
    .map((id) => kb.byId(id))
    .filter((related): related is KnowledgeItem => related !== undefined)
    .slice(0, max)
    .map((related) => readMore(related, lang));
}

/** An item's short answer and the guideline text it rests on: made once per item (and knowledge version), frozen (see `sharedParts`). */
function itemParts(item: KnowledgeItem, lang: Lang): readonly ReplyPart[] {
  return sharedParts(item, lang, () => [
    { kind: 'text', text: rich(item.answer[lang]) },
    { kind: 'quote', text: item.source[lang], source: `${t('answer.source', lang)}: ${citationFor(item, lang).label}`, cites: item.id },
  ]);
}

/** An item in full: its short answer, the guideline text it rests on, and where to read on. */
export function itemReply(kb: KnowledgeBase, item: KnowledgeItem, lang: Lang): Reply {
  const citation = citationFor(item, lang);
  const title = item.kind === 'rule' && item.number !== undefined ? `${citation.label}: ${item.title[lang]}` : item.title[lang];
  return {
    ...baseReply(lang),
    title,
    parts: [...itemParts(item, lang)],
    citations: [citation],
    followUps: relatedFollowUps(kb, item, lang),
    feedbackFor: item.id,
  };
}

/**
 * The answer to a question: the item, with buttons to close alternatives first (the asker may
 * have meant one of those), then its related items; at most three. Made again the same way
 * after a vote, from the ids alone.
 */
export function answerReply(kb: KnowledgeBase, item: KnowledgeItem, lang: Lang, alternatives: readonly KnowledgeId[] = []): Reply {
  const reply = itemReply(kb, item, lang);
  const close = alternatives.flatMap((id) => {
    const other = kb.byId(id);
    return other && other.id !== item.id ? [other] : [];
  });
  const extra = close.slice(0, 2).map((other) => readMore(other, lang));
  const seen = new Set(extra.map((f) => f.command));
  reply.followUps = [...extra, ...reply.followUps.filter((f) => !seen.has(f.command))].slice(0, 3);
  if (close.length > 0) reply.alternatives = close.slice(0, 2).map((other) => other.id);
  return reply;
}

/** The answer card once its asker voted on it: the same answer, thanks instead of the buttons. */
export function votedReply(
  kb: KnowledgeBase,
  ref: { itemId: KnowledgeId; lang: Lang; alternatives: readonly KnowledgeId[] },
  vote: 'up' | 'down',
): Reply | undefined {
  const item = kb.byId(ref.itemId);
  // Still guideline content: the card keeps "Deel in kanaal" (as core/share.ts would mark it).
  return item ? { ...answerReply(kb, item, ref.lang, ref.alternatives), voted: vote, shareable: { kind: 'answer', id: item.id, lang: ref.lang } } : undefined;
}

/** The numbered rules, one line each, and the other sections an organisation has. */
export function rulesReply(kb: KnowledgeBase, lang: Lang): Reply {
  const rules = kb.items.filter((i) => i.kind === 'rule').sort((a, b) => (a.number ?? 100) - (b.number ?? 100));
  // A numbered rule with its number; another section by its title alone (its label would say it twice).
  const lines = rules.map((r) => (r.number !== undefined ? `- **${citationFor(r, lang).label}**: ${r.title[lang]}` : `- **${r.title[lang]}**`));
  return {
    ...baseReply(lang),
    title: t('rules.title', lang),
    parts: [{ kind: 'text', text: rich(lines.join('\n')) }],
    followUps: [{ label: t('followup.help', lang), command: 'help' }],
  };
}

export function helpReply(kb: KnowledgeBase, lang: Lang): Reply {
  return {
    ...baseReply(lang),
    title: t('help.title', lang),
    parts: [{ kind: 'text', text: rich(t('help.body', lang, { org: theOrg(kb.org, lang) })) }],
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

/** "I have no rule for that": points to rule 8 and to whom to ask, never guesses. */
export function fallbackReply(kb: KnowledgeBase, lang: Lang): Reply {
  const rule8 = kb.byId(FALLBACK_ITEM);
  return {
    ...baseReply(lang),
    title: t('fallback.title', lang),
    // The same for every fallback in a language and knowledge version (its departments): made once.
    parts: [
      ...sharedParts(kb.departments, `fallback:${lang}`, () => [
        { kind: 'text', text: rich(t('fallback.body', lang)) },
        ...contactParts(kb, kb.departments.default, lang),
        { kind: 'text', text: rich(t('fallback.rephrase', lang)) },
      ]),
    ],
    citations: rule8 ? [citationFor(rule8, lang)] : [],
    followUps: [...(rule8 ? [readMore(rule8, lang)] : []), { label: t('followup.help', lang), command: 'help' }],
  };
}

/** A short text and nothing else; private to the asker unless said otherwise. */
export function noteReply(text: string, lang: Lang, audience: Reply['audience'] = 'asker'): Reply {
  return { ...baseReply(lang, audience), parts: [{ kind: 'text', text: rich(text) }] };
}
