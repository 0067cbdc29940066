import { AnswerEngine, type AnswerResult } from './answer/answer.js';
import { parseEscalateText } from './escalate/parse.js';
import type { EscalationService } from './escalate/service.js';
import type { TipService } from './tips/tip-service.js';
import { checkReply } from './check/check-reply.js';
import { asDraft } from './check/draft.js';
import { DraftChecker } from './check/engine.js';
import type { Inbound } from './inbound.js';
import { citationFor, type KnowledgeBase } from './knowledge/knowledge-base.js';
import { detectLang } from './lang.js';
import { t } from './messages.js';
import type { Clock, Logger, Random } from './ports.js';
import { commandFor, disclaimerReply, fallbackReply, helpReply, itemReply, ruleReply, rulesReply, randomTipReply, baseReply } from './replies.js';
import { rich, type Lang, type Reply } from './reply.js';
import { route, type Command } from './router.js';

/** Questions longer than this are cut; nobody asks a question of a page. */
export const MAX_QUESTION_CHARS = 1000;

/** Something the adapter must do besides replying (later: notify a department, post a tip). */
export type Effect = never;

export interface Outcome {
  reply: Reply;
  effects: Effect[];
  /** What the message asked for; adapters use it, e.g. never to offer sharing a draft check. */
  command: Command['kind'];
}

export interface BotDeps {
  kb: KnowledgeBase;
  /** Escalations (rule 7); without it `escaleer` explains whom to contact. */
  escalations?: EscalationService | undefined;
  /** Daily tips; without it `dagtip aan` says it is not available here. */
  tips?: TipService | undefined;
  clock: Clock;
  random: Random;
  logger: Logger;
  /** The language for replies when neither the text nor the platform tells. */
  defaultLang: Lang;
}

/** The bot: routes a message, decides, and returns the reply. No I/O, no platform. */
export class Bot {
  readonly engine: AnswerEngine;
  readonly checker: DraftChecker;

  constructor(private readonly deps: BotDeps) {
    this.engine = new AnswerEngine(deps.kb);
    this.checker = new DraftChecker({ lexicons: deps.kb.lexicons, organisation: deps.kb.organisation, orgName: deps.kb.orgName });
  }

  async handle(inbound: Inbound): Promise<Outcome> {
    const command = route(inbound.text);
    const lang = ('lang' in command && command.lang) || detectLang(commandText(command), inbound.lang ?? this.deps.defaultLang);
    if (command.kind === 'check') return { reply: this.check(command.draft, lang, inbound), effects: [], command: 'check' };
    const reply = (await this.escalationReply(command, lang, inbound)) ?? this.replyTo(command, lang);
    this.deps.logger.info({ event: 'message.handled', platform: inbound.platform, command: command.kind, lang });
    return { reply, effects: [], command: command.kind };
  }

  /** Rule 7's commands, when the escalation service runs; undefined for every other command. */
  private async escalationReply(command: Command, lang: Lang, inbound: Inbound): Promise<Reply | undefined> {
    const service = this.deps.escalations;
    const platform = inbound.platform === 'slack' || inbound.platform === 'teams' ? inbound.platform : undefined;
    const reporter = { platform: inbound.platform, id: inbound.user.id, name: inbound.user.name, address: inbound.user.address };
    switch (command.kind) {
      case 'escalate': {
        if (!service) return undefined;
        const parsed = parseEscalateText(command.text);
        if (parsed.description === '' && parsed.link === undefined) return { ...baseReply(lang, 'asker'), parts: [{ kind: 'text', text: rich(t('esc.usage', lang)) }] };
        return service.report({ reporter, link: parsed.link, description: parsed.description, urgency: parsed.urgency }, lang);
      }
      case 'escalations':
        return service && platform ? service.list(platform, inbound.conversation.id, lang) : undefined;
      case 'bind':
        return service && platform ? service.bind(command.department, platform, inbound.conversation.id, inbound.conversation.kind === 'personal', lang) : undefined;
      case 'escalation-action':
        return service ? service.act(command.id, command.action, reporter, inbound.conversation.id, command.text, lang) : undefined;
      case 'daily-tip':
        return this.deps.tips && platform
          ? this.deps.tips.subscribe({ platform, channelId: inbound.conversation.id }, command.on, inbound.conversation.kind === 'personal', lang)
          : undefined;
      default:
        return undefined;
    }
  }

  private replyTo(command: Command, lang: Lang): Reply {
    const { kb } = this.deps;
    switch (command.kind) {
      case 'help':
        return helpReply(kb, lang);
      case 'rules':
        return rulesReply(kb, lang);
      case 'rule':
        return ruleReply(kb, command.number, lang);
      case 'item': {
        const item = kb.byId(command.id);
        return item ? itemReply(kb, item, lang) : this.answerQuestion(command.id.replace(/-/g, ' '), lang);
      }
      case 'tip':
        return randomTipReply(kb, this.deps.random, lang);
      case 'disclaimer':
        return disclaimerReply(kb, command.name, this.deps.clock.now().getFullYear(), lang);
      case 'check':
        return this.check(command.draft, lang);
      case 'escalate':
      case 'escalations':
      case 'bind':
      case 'escalation-action':
        return notYet('escalate.coming', lang);
      case 'daily-tip':
        return notYet('tip.not-here', lang);
      case 'question': {
        const reply = this.answerQuestion(command.text, lang);
        if (command.asksToPost) reply.parts.push({ kind: 'text', text: rich(t('check.how-to', reply.lang)) });
        return reply;
      }
    }
  }

  /** The language to answer a text in: the text's own, or the default when it does not tell. */
  languageOf(text: string): Lang {
    return detectLang(text, this.deps.defaultLang);
  }

  /**
   * Checks a draft and answers its author privately. The draft is never logged: the log line
   * carries the verdict, the codes and the length only.
   */
  check(text: string, lang: Lang, inbound?: Inbound): Reply {
    if (text.trim() === '') return { ...baseReply(lang, 'asker'), parts: [{ kind: 'text', text: rich(t('check.empty', lang)) }] };
    const result = this.checker.check(asDraft(text), lang);
    this.deps.logger.info({
      event: 'check.done',
      platform: inbound?.platform,
      verdict: result.verdict,
      codes: result.findings.map((f) => f.code),
      chars: text.length,
    });
    return checkReply(this.deps.kb, result, text.length, lang);
  }

  /** Answers a free question: the best item, alternatives as buttons, or the rule-8 fallback. */
  answerQuestion(text: string, lang: Lang): Reply {
    const tooLong = text.length > MAX_QUESTION_CHARS;
    const result = this.engine.answer(tooLong ? text.slice(0, MAX_QUESTION_CHARS) : text, lang);
    const reply = this.replyForAnswer(result);
    if (tooLong) {
      reply.parts.push({ kind: 'text', text: rich(t('input.too-long', reply.lang, { chars: text.length, max: MAX_QUESTION_CHARS })) });
    }
    return reply;
  }

  private replyForAnswer(result: AnswerResult): Reply {
    const { kb } = this.deps;
    if (result.kind === 'fallback') return fallbackReply(kb, result.lang);
    const [best, ...others] = result.matches.map((m) => ({ match: m, item: kb.byId(m.id) }));
    if (!best?.item) return fallbackReply(kb, result.lang);
    const reply = itemReply(kb, best.item, result.lang);
    // A close second is offered first: the asker may have meant that one.
    const close = others.filter((o) => o.item && o.match.score >= best.match.score * 0.85).slice(0, 2);
    const extra = close.map(({ item }) => ({
      label: t('answer.more', result.lang, { label: citationFor(item!, result.lang).label }),
      command: commandFor(item!, result.lang),
    }));
    const seen = new Set(extra.map((f) => f.command));
    reply.followUps = [...extra, ...reply.followUps.filter((f) => !seen.has(f.command))].slice(0, 3);
    return reply;
  }
}

function commandText(command: Command): string {
  switch (command.kind) {
    case 'question':
      return command.text;
    case 'check':
      return command.draft;
    case 'escalate':
      return command.text;
    default:
      return '';
  }
}

function notYet(id: 'escalate.coming' | 'tip.not-here', lang: Lang): Reply {
  return { ...baseReply(lang), parts: [{ kind: 'text', text: rich(t(id, lang)) }] };
}
