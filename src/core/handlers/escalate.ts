import { parseEscalateText } from '../escalate/parse.js';
import { t } from '../messages.js';
import { noteReply } from '../reply-builders.js';
import type { Command } from '../router.js';
import type { Handler } from './handler.js';
import { notAvailable } from './not-available.js';

/** `escaleer <link> <omschrijving>`: reports a derailing discussion (rule 7) to its department. */
export const escalate: Handler<Extract<Command, { kind: 'escalate' }>> = async (command, { inbound, lang, services }) => {
  const service = services.escalations;
  if (!service) return { reply: notAvailable('escalate.coming', lang, services.kb) };
  const parsed = parseEscalateText(command.text);
  if (parsed.description === '' && parsed.link === undefined) return { reply: noteReply(t('esc.usage', lang), lang) };
  const { user } = inbound;
  const reporter = { platform: inbound.platform, id: user.id, name: user.name, address: user.address };
  return { reply: await service.report({ reporter, link: parsed.link, description: parsed.description, urgency: parsed.urgency }, lang) };
};
