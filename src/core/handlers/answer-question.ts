import type { AnswerResult } from '../answer/answer.js';
import { maskPersonalData } from '../check/mask.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { Lang } from '../lang.js';
import { t } from '../messages.js';
import { answerReply, fallbackReply } from '../reply-builders.js';
import { rich, sharedParts, type Reply } from '../reply-model.js';
import type { Command } from '../router.js';
import { asksForDonts, dontsReply, smalltalkReply } from '../answer/conversation-replies.js';
import { shareAs } from '../share.js';
import type { Handler, Services, Signal } from './handler.js';

/** Questions longer than this are cut; nobody asks a question of a page. */
export const MAX_QUESTION_CHARS = 1000;

/** Only what the guidelines could not answer (or a 👎 says they answered badly) is kept as text, masked, for the content owners. */
export const MAX_KEPT_CHARS = 500;

function replyForAnswer(kb: KnowledgeBase, result: AnswerResult, text: string): Reply {
  if (result.kind === 'smalltalk') return smalltalkReply(kb, text, result.lang);
  if (result.kind === 'fallback') return fallbackReply(kb, result.lang);
  const [best, ...others] = result.matches.map((m) => ({ match: m, item: kb.byId(m.id) }));
  if (!best?.item) return fallbackReply(kb, result.lang);
  // A close second is offered first: the asker may have meant that one.
  const close = others.flatMap(({ match, item }) => (item && match.score >= best.match.score * 0.85 ? [item.id] : []));
  return answerReply(kb, best.item, result.lang, close);
}

/**
 * Answers a free question: the best item, close alternatives as buttons, or the rule-8
 * fallback. Returns the signal the content owners would get; the caller decides to record it.
 */
export function answerText(text: string, lang: Lang, services: Services): { reply: Reply; signal: Omit<Extract<Signal, { kind: 'question' }>, 'platform'> } {
  const tooLong = text.length > MAX_QUESTION_CHARS;
  const result = services.engine.answer(tooLong ? text.slice(0, MAX_QUESTION_CHARS) : text, lang);
  services.metrics?.question(result.kind === 'answer' ? 'answered' : 'fallback');
  const itemId = result.kind === 'answer' ? result.matches[0]?.id : undefined;
  // "Wat mag ik niet posten?" asks for all the don'ts at once, not for the one rule that fits best.
  // Shared, an answer is made again from its item: never the question, the list of don'ts or the fallback.
  const reply = asksForDonts(text)
    ? dontsReply(services.kb, services.checker.activeRules, result.lang)
    : itemId
      ? shareAs(replyForAnswer(services.kb, result, text), 'answer', itemId)
      : replyForAnswer(services.kb, result, text);
  // Kept masked, once: a fallback for the content owners' unanswered list, and on an answer for its 👎.
  // Small talk is not a question the guidelines failed to answer: nothing of it is kept.
  const masked = (result.kind === 'fallback' || reply.feedbackFor) && text.trim() !== '' ? maskPersonalData(text.slice(0, MAX_KEPT_CHARS)) : undefined;
  const maskedText = result.kind === 'fallback' ? masked : undefined;
  if (reply.feedbackFor && masked !== undefined) reply.asked = masked;
  if (tooLong) reply.parts.push({ kind: 'text', text: rich(t('input.too-long', reply.lang, { chars: text.length, max: MAX_QUESTION_CHARS })) });
  return { reply, signal: { kind: 'question', at: services.clock.now(), lang: result.lang, itemId, maskedText } };
}

/** The owner of the "how to ask for a check" part (a message of the bot's own, the same in every version). */
const HOW_TO = {};

/** Any text that is no command: answered from the guidelines. "Mag ik dit posten?" alone also says how to ask for a check. */
export const answerQuestion: Handler<Extract<Command, { kind: 'question' }>> = (command, { inbound, lang, services }) => {
  const { reply, signal } = answerText(command.text, lang, services);
  if (command.asksToPost) reply.parts.push(...sharedParts(HOW_TO, reply.lang, () => [{ kind: 'text', text: rich(t('check.how-to', reply.lang)) }]));
  const signals: Signal[] = inbound.platform === 'cli' ? [] : [{ ...signal, platform: inbound.platform }];
  return { reply, signals };
};
