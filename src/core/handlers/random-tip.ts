import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { Lang } from '../lang.js';
import type { Random } from '../ports.js';
import { helpReply } from '../reply-builders.js';
import type { Reply } from '../reply-model.js';
import type { Command } from '../router.js';
import { tipReply } from '../tips/tip-reply.js';
import { shareAs } from '../share.js';
import type { Handler } from './handler.js';

/** A random tip, for the asker only; shareable. */
export function randomTipReply(kb: KnowledgeBase, random: Random, lang: Lang): Reply {
  const tip = kb.tips[Math.floor(random() * kb.tips.length) % Math.max(1, kb.tips.length)];
  return tip ? shareAs(tipReply(kb, tip, lang, 'asker'), 'tip', tip.id) : helpReply(kb, lang);
}

/** `tip`: a tip from the guidelines, privately; it may be shared. */
export const randomTip: Handler<Extract<Command, { kind: 'tip' }>> = (_command, { lang, services }) => ({
  reply: randomTipReply(services.kb, services.random, lang),
});
