import type { Command } from '../router.js';
import { channelPlatform, type Handler } from './handler.js';
import { notAvailable } from './not-available.js';

/** `escalaties` in a department's channel: what is open there. */
export const listEscalations: Handler<Extract<Command, { kind: 'escalations' }>> = async (_command, { inbound, lang, services }) => {
  const platform = channelPlatform(inbound);
  if (!services.escalations || !platform) return { reply: notAvailable('escalate.coming', lang, services.kb) };
  return { reply: await services.escalations.list(platform, inbound.conversation.id, lang) };
};
