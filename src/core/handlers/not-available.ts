import { contactParts } from '../contact.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { Lang } from '../lang.js';
import { t } from '../messages.js';
import { noteReply } from '../reply-builders.js';
import type { Reply } from '../reply-model.js';

/**
 * Where escalations or daily tips do not run (the terminal, the CLI, a bot without them): whom
 * to turn to instead, with the default department's contact details for an escalation.
 */
export function notAvailable(id: 'escalate.coming' | 'tip.not-here', lang: Lang, kb?: KnowledgeBase): Reply {
  const reply = noteReply(t(id, lang), lang, 'conversation');
  if (id === 'escalate.coming' && kb) reply.parts.push(...contactParts(kb, kb.departments.default, lang));
  return reply;
}
