import { helpReply } from '../reply-builders.js';
import type { Command } from '../router.js';
import type { Handler } from './handler.js';

/** `help`, `hulp` or nothing at all: what the bot can do. */
export const help: Handler<Extract<Command, { kind: 'help' }>> = (_command, { lang, services }) => ({
  reply: helpReply(services.kb, lang),
});
