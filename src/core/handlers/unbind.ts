import type { Command } from '../router.js';
import { channelPlatform, type Handler } from './handler.js';
import { notAvailable } from './not-available.js';
import { refuseUnlessOwner } from './owners-only.js';

/** `afdeling ontkoppel` in a bound channel: it receives no more escalations. For the content owners. */
export const unbind: Handler<Extract<Command, { kind: 'unbind' }>> = async (_command, context) => {
  const { inbound, lang, services } = context;
  const platform = channelPlatform(inbound);
  if (!services.escalations || !platform) return { reply: notAvailable('escalate.coming', lang, services.kb) };
  const refusal = await refuseUnlessOwner(context);
  if (refusal) return { reply: refusal };
  return { reply: await services.escalations.unbind(platform, inbound.conversation.id, lang) };
};
