import { checkReply } from '../check/check-reply.js';
import { asDraft } from '../check/draft.js';
import { t } from '../messages.js';
import { noteReply } from '../reply-builders.js';
import type { Command } from '../router.js';
import type { Handler, Signal } from './handler.js';

/**
 * `check <concept>` and "mag ik dit posten? <concept>": a private review of a draft. The draft
 * is never logged or kept: the log line and the signal carry the verdict, the codes and the
 * length only. Never shareable, whatever a button says.
 */
export const checkDraft: Handler<Extract<Command, { kind: 'check' }>> = (command, { inbound, lang, services }) => {
  const text = command.draft;
  if (text.trim() === '') return { reply: { ...noteReply(t('check.empty', lang), lang), aboutDraft: true } };
  const result = services.checker.check(asDraft(text), lang);
  services.metrics?.check(result.verdict);
  const codes = result.findings.map((f) => f.code);
  services.logger.info({ event: 'check.done', platform: inbound.platform, verdict: result.verdict, codes, chars: text.length });
  const signals: Signal[] =
    inbound.platform === 'cli'
      ? []
      : [{ kind: 'check', at: services.clock.now(), platform: inbound.platform, lang, verdict: result.verdict, codes: [...new Set(codes)] }];
  return { reply: checkReply(services.kb, result, text.length, lang), signals };
};
