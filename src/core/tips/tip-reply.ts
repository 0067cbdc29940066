import { citationFor, type KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { Tip } from '../knowledge/schema.js';
import { t } from '../messages.js';
import { baseReply, readMore } from '../reply-builders.js';
import { rich, sharedParts, type Reply } from '../reply-model.js';
import type { Lang } from '../lang.js';

/** A tip as a compact message: the tip, the rule it comes from, and a button to read it all. */
export function tipReply(kb: KnowledgeBase, tip: Tip, lang: Lang, audience: Reply['audience'] = 'conversation'): Reply {
  const item = kb.byId(tip.item);
  return {
    ...baseReply(lang, audience),
    title: t('tip.title', lang),
    parts: [...sharedParts(tip, lang, () => [{ kind: 'text', text: rich(tip.text[lang]) }])],
    citations: item ? [citationFor(item, lang)] : [],
    followUps: [...(item ? [readMore(item, lang)] : []), { label: t('followup.tip', lang), command: 'tip' }],
  };
}
