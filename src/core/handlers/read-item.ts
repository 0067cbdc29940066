import { itemReply } from '../reply-builders.js';
import type { Command } from '../router.js';
import { answerText } from './answer-question.js';
import { shareAs } from '../share.js';
import type { Handler } from './handler.js';

/**
 * `lees tip-auteursrecht`, as follow-up buttons send it. An id that is not (or no longer) in the
 * knowledge is answered as a question made of its words; that is not counted as a question asked.
 */
export const readItem: Handler<Extract<Command, { kind: 'item' }>> = (command, { lang, services }) => {
  const item = services.kb.byId(command.id);
  if (item) return { reply: shareAs(itemReply(services.kb, item, lang), 'answer', item.id) };
  const { reply, signal } = answerText(command.id.replace(/-/g, ' '), lang, services);
  return { reply: signal.itemId ? shareAs(reply, 'answer', signal.itemId) : reply };
};
