import type { Command } from '../router.js';
import { channelPlatform, type Handler } from './handler.js';
import { notAvailable } from './not-available.js';

/** `afdeling koppel <afdeling>` in a department's own channel: that channel receives its escalations. */
export const bind: Handler<Extract<Command, { kind: 'bind' }>> = async (command, { inbound, lang, services }) => {
  const platform = channelPlatform(inbound);
  if (!services.escalations || !platform) return { reply: notAvailable('escalate.coming', lang, services.kb) };
  const { conversation } = inbound;
  return { reply: await services.escalations.bind(command.department, platform, conversation.id, conversation.kind === 'personal', lang) };
};
