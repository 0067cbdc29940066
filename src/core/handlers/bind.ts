import type { Command } from '../router.js';
import { channelPlatform, type Handler } from './handler.js';
import { notAvailable } from './not-available.js';
import { refuseUnlessOwner } from './owners-only.js';

/** `afdeling koppel <afdeling>` in a department's own channel: that channel receives its escalations. For the content owners. */
export const bind: Handler<Extract<Command, { kind: 'bind' }>> = async (command, context) => {
  const { inbound, lang, services } = context;
  const platform = channelPlatform(inbound);
  if (!services.escalations || !platform) return { reply: notAvailable('escalate.coming', lang, services.kb) };
  const refusal = await refuseUnlessOwner(context);
  if (refusal) return { reply: refusal };
  return { reply: await services.escalations.bind(command.department, platform, inbound.conversation.id, lang) };
};
