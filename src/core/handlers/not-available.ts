import type { Lang } from '../lang.js';
import { t } from '../messages.js';
import { noteReply } from '../reply-builders.js';
import type { Reply } from '../reply-model.js';

/** Where escalations or daily tips do not run (the terminal, the CLI, a bot without them): whom to turn to instead. */
export function notAvailable(id: 'escalate.coming' | 'tip.not-here', lang: Lang): Reply {
  return noteReply(t(id, lang), lang, 'conversation');
}
