import { t } from '../messages.js';
import { baseReply, noteReply } from '../reply-builders.js';
import { rich } from '../reply-model.js';
import type { Command } from '../router.js';
import type { Handler } from './handler.js';
import { personOf, refusal } from './owners-only.js';

/**
 * `beheer`: for the communication department, admins, department members and the terminal's
 * local user, a one-time link to the web console, privately; for anyone else a friendly no.
 */
export const consoleLink: Handler<Extract<Command, { kind: 'console' }>> = async (_command, context) => {
  const { inbound, lang, services } = context;
  const console = services.console;
  if (!console) return { reply: noteReply(t('console.unavailable.no-server', lang), lang) };
  const user = { ...personOf(inbound), name: inbound.user.name };
  if (!(await console.access.accessOf(user))) return { reply: refusal(context, 'access.console-only', 'employee') };
  const link = console.links ? await console.links.issue(user, lang) : ({ kind: 'unavailable', reason: 'no-server' } as const);
  if (link.kind === 'unavailable') return { reply: noteReply(t(`console.unavailable.${link.reason}`, lang), lang) };
  services.logger.info({ event: 'console.link-issued', platform: inbound.platform });
  return {
    reply: {
      ...baseReply(lang, 'asker'),
      title: t('console.link.title', lang),
      parts: [
        { kind: 'text', text: rich(t('console.link.body', lang, { minutes: link.minutes })) },
        { kind: 'text', text: rich(`[${t('console.link.open', lang)}](${link.url})`) },
      ],
    },
  };
};
