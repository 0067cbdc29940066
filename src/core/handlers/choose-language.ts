import { t } from '../messages.js';
import { noteReply } from '../reply-builders.js';
import type { Command } from '../router.js';
import type { Handler } from './handler.js';

/**
 * `taal en` / `language nl`: from now on, a message that shows no language of its own (a
 * button, `tip`, `help`) is answered in this one. Kept without the user id (see LanguageChoices).
 */
export const chooseLanguage: Handler<Extract<Command, { kind: 'language' }>> = async (command, { inbound, lang, services }) => {
  if (!command.choice) return { reply: noteReply(t('lang.usage', lang), lang) };
  if (services.languages && inbound.platform !== 'cli') {
    try {
      await services.languages.set(inbound.platform, inbound.user.id, command.choice, services.clock.now());
    } catch (error) {
      services.logger.warn({ event: 'language.store-failed', error: error instanceof Error ? error.message : String(error) });
    }
  }
  return { reply: noteReply(t('lang.set', command.choice), command.choice) };
};
