import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { Lang } from '../lang.js';
import { t } from '../messages.js';
import { baseReply, itemReply } from '../reply-builders.js';
import { rich, type Reply } from '../reply-model.js';
import type { Command } from '../router.js';
import { shareAs } from '../share.js';
import type { Handler } from './handler.js';

/** Rule `number` in full, or which rules there are when it does not exist. */
export function ruleReply(kb: KnowledgeBase, number: number | null, lang: Lang): Reply {
  const item = number === null ? undefined : kb.rule(number);
  if (item) return itemReply(kb, item, lang);
  const numbers = kb.items
    .map((i) => i.number)
    .filter((n): n is number => n !== undefined)
    .sort((a, b) => a - b);
  const range = numbers.length > 0 ? `${numbers[0]}-${numbers[numbers.length - 1]}` : '';
  const text = number === null ? t('rule.missing-number', lang) : t('rule.unknown', lang, { number, range });
  return {
    ...baseReply(lang),
    parts: [{ kind: 'text', text: rich(text) }],
    followUps: [{ label: t('followup.rules', lang), command: lang === 'nl' ? 'regels' : 'rules' }],
  };
}

/** `regel 7`, `rule seven`. */
export const readRule: Handler<Extract<Command, { kind: 'rule' }>> = (command, { lang, services }) => {
  const item = command.number === null ? undefined : services.kb.rule(command.number);
  const reply = ruleReply(services.kb, command.number, lang);
  return { reply: item ? shareAs(reply, 'rule', item.id) : reply };
};
