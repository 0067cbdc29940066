import { citationFor, type KnowledgeBase } from './knowledge/knowledge-base.js';
import type { KnowledgeItem } from './knowledge/schema.js';
import { t } from './messages.js';
import { disclaimerReply } from './handlers/disclaimer.js';
import type { Lang } from './lang.js';

/** One rule as an overview lists it. */
export interface OverviewRule {
  id: string;
  label: string;
  title: string;
  answer: string;
  source: string;
}

/** What a home page about the bot shows: what it does, the rules, today's tip, the disclaimer. */
export interface Overview {
  lang: Lang;
  intro: string;
  rules: OverviewRule[];
  tip: OverviewRule | undefined;
  disclaimer: string;
}

/** Today's tip: the same all day, another tomorrow, every tip in turn. */
export function tipOfTheDay(kb: KnowledgeBase, day: Date): KnowledgeItem | undefined {
  const tips = kb.items.filter((i) => i.kind === 'tip');
  const dayNumber = Math.floor(day.getTime() / 86_400_000);
  return tips[dayNumber % Math.max(1, tips.length)];
}

function asRule(item: KnowledgeItem, lang: Lang): OverviewRule {
  return { id: item.id, label: citationFor(item, lang).label, title: item.title[lang], answer: item.answer[lang], source: item.source[lang] };
}

/** The content of a home page; platforms lay it out. */
export function overview(kb: KnowledgeBase, lang: Lang, now: Date): Overview {
  const rules = kb.items.filter((i) => i.kind === 'rule' && i.number !== undefined).sort((a, b) => (a.number ?? 0) - (b.number ?? 0));
  const tip = tipOfTheDay(kb, now);
  const disclaimer = disclaimerReply(kb, '', now.getFullYear(), lang).parts.find((p) => p.kind === 'copy');
  return {
    lang,
    intro: t('help.body', lang, { org: kb.orgName }),
    rules: rules.map((r) => asRule(r, lang)),
    tip: tip ? asRule(tip, lang) : undefined,
    disclaimer: disclaimer && disclaimer.kind === 'copy' ? disclaimer.text : '',
  };
}
