import { citationFor } from '../knowledge/knowledge-base.js';
import { detectLang } from '../lang.js';
import { t } from '../messages.js';
import { baseReply } from '../reply-builders.js';
import { rich } from '../reply-model.js';
import type { Command } from '../router.js';
import type { Handler } from './handler.js';
import { refuseUnlessOwner } from './owners-only.js';

/** `voorbeeldvraag <vraag>` (the digest's buttons): the YAML that adds an unanswered question as an example of its closest item; for the content owners. */
export const suggestExample: Handler<Extract<Command, { kind: 'suggest-example' }>> = async (command, context) => {
  const refusal = await refuseUnlessOwner(context);
  if (refusal) return { reply: refusal };
  const { lang, services } = context;
  const { text } = command;
  const questionLang = detectLang(text, lang);
  const best = services.engine.explain(text).candidates[0];
  const item = best ? services.kb.byId(best.id) : undefined;
  const reply = { ...baseReply(lang, 'asker'), title: t('suggest.title', lang) };
  if (!item) return { reply: { ...reply, parts: [{ kind: 'text', text: rich(t('suggest.none', lang)) }] } };
  const snippet = `examples:\n  ${questionLang}:\n    - ${JSON.stringify(text.replace(/\s+/g, ' ').trim())}`;
  return {
    reply: {
      ...reply,
      parts: [
        { kind: 'text', text: rich(t('suggest.body', lang, { label: citationFor(item, lang).label, item: item.id, lang: questionLang })) },
        { kind: 'copy', label: `knowledge/items/${item.id}.yaml`, text: snippet },
      ],
    },
  };
};
