import { itemReply } from '../reply-builders.js';
import type { Command } from '../router.js';
import { answerText } from './answer-question.js';
import { shareable, type Handler } from './handler.js';

/**
 * `lees tip-auteursrecht`, as follow-up buttons send it. An id that is not (or no longer) in the
 * knowledge is answered as a question made of its words; that is not counted as a question asked.
 */
export const readItem: Handler<Extract<Command, { kind: 'item' }>> = (command, { inbound, lang, services }) => {
  const item = services.kb.byId(command.id);
  const reply = item ? itemReply(services.kb, item, lang) : answerText(command.id.replace(/-/g, ' '), lang, services).reply;
  return { reply: shareable(reply, inbound) };
};
