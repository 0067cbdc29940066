import type { Command } from '../router.js';
import { statsReply } from '../stats/stats-reply.js';
import type { Handler } from './handler.js';
import { ownersFigures } from './owners-only.js';

/** `stats [dagen]` in a department channel: the figures of a period, for the content owners only. */
export const stats: Handler<Extract<Command, { kind: 'stats' }>> = async (command, context) => {
  const figures = await ownersFigures(command.days, context);
  if ('refusal' in figures) return { reply: figures.refusal };
  const { source, from, to } = figures;
  return { reply: statsReply(context.services.kb, await source.stats(from, to), context.lang, context.services.timeZone) };
};
