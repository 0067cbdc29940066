import { rulesReply } from '../reply-builders.js';
import type { Command } from '../router.js';
import { shareableOverview } from '../share.js';
import type { Handler } from './handler.js';

/** `regels` / `rules`: the overview; it may be shared. */
export const listRules: Handler<Extract<Command, { kind: 'rules' }>> = (_command, { lang, services }) => ({
  reply: shareableOverview(rulesReply(services.kb, lang)),
});
