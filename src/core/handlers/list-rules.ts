import { citationFor, type KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { Lang } from '../lang.js';
import { t } from '../messages.js';
import { baseReply } from '../reply-builders.js';
import { rich, type Reply } from '../reply-model.js';
import type { Command } from '../router.js';
import { shareable, type Handler } from './handler.js';

/** The numbered rules, one line each, and the other sections an organisation has. */
export function rulesReply(kb: KnowledgeBase, lang: Lang): Reply {
  const rules = kb.items
    .filter((i) => i.kind === 'rule')
    .sort((a, b) => (a.number ?? 100) - (b.number ?? 100));
  // A numbered rule with its number; another section by its title alone (its label would say it twice).
  const lines = rules.map((r) => (r.number !== undefined ? `- **${citationFor(r, lang).label}**: ${r.title[lang]}` : `- **${r.title[lang]}**`));
  return {
    ...baseReply(lang),
    title: t('rules.title', lang),
    parts: [{ kind: 'text', text: rich(lines.join('\n')) }],
    followUps: [{ label: t('followup.help', lang), command: 'help' }],
  };
}

/** `regels` / `rules`: the overview. */
export const listRules: Handler<Extract<Command, { kind: 'rules' }>> = (_command, { inbound, lang, services }) => ({
  reply: shareable(rulesReply(services.kb, lang), inbound),
});
