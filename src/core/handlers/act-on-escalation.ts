import type { Command } from '../router.js';
import type { Handler } from './handler.js';
import { notAvailable } from './not-available.js';

/** `escalatie E-7K3QX oppakken|loslaten|afhandelen <uitkomst>|heropenen`, as the card's buttons send it. */
export const actOnEscalation: Handler<Extract<Command, { kind: 'escalation-action' }>> = async (command, { inbound, lang, services }) => {
  if (!services.escalations) return { reply: notAvailable('escalate.coming', lang, services.kb) };
  const { user } = inbound;
  const actor = { platform: inbound.platform, id: user.id, name: user.name, address: user.address };
  return { reply: await services.escalations.act(command.id, command.action, actor, inbound.conversation.id, command.text, lang) };
};
