import { t } from '../messages.js';
import { noteReply } from '../reply-builders.js';
import type { Command } from '../router.js';
import { statsReply } from '../stats/stats-reply.js';
import type { Handler } from './handler.js';
import { ownersSource, period, refuseUnlessOwner } from './owners-only.js';

/** `stats [dagen]` in a department channel: the figures of a period, for the content owners only. */
export const stats: Handler<Extract<Command, { kind: 'stats' }>> = async (command, context) => {
  const refusal = await refuseUnlessOwner(context);
  if (refusal) return { reply: refusal };
  const { inbound, lang, services } = context;
  const source = await ownersSource(inbound, services);
  if (!source) return { reply: noteReply(t('stats.refused', lang), lang) };
  const { from, to } = period(command.days, services.clock.now());
  return { reply: statsReply(services.kb, await source.stats(from, to), lang, services.timeZone) };
};
