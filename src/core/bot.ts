import { AnswerEngine, type AnswerResult } from './answer/answer.js';
import { parseEscalateText } from './escalate/parse.js';
import type { EscalationService } from './escalate/service.js';
import type { TipService } from './tips/tip-service.js';
import { csvChunks } from './stats/csv.js';
import { EXPORT_COLUMNS, type StatsSource } from './stats/stats.js';
import { statsReply } from './stats/stats-reply.js';
import { checkReply } from './check/check-reply.js';
import { asDraft } from './check/draft.js';
import { DraftChecker } from './check/engine.js';
import type { Inbound } from './inbound.js';
import { citationFor, type KnowledgeBase } from './knowledge/knowledge-base.js';
import { detectLang } from './lang.js';
import { t } from './messages.js';
import type { Clock, Logger, Metrics, Random, Signals } from './ports.js';
import { maskPersonalData } from './check/mask.js';
import { commandFor, disclaimerReply, fallbackReply, helpReply, itemReply, ruleReply, rulesReply, randomTipReply, baseReply } from './replies.js';
import { rich, type Lang, type Reply } from './reply.js';
import { route, type Command } from './router.js';

/** Questions longer than this are cut; nobody asks a question of a page. */
export const MAX_QUESTION_CHARS = 1000;

/**
 * Something the adapter must do besides replying: upload a file to the conversation. The
 * content is streamed (read it once, to its end): an export of a year is never in memory whole.
 */
export type Effect = { kind: 'upload'; filename: string; content: AsyncIterable<string>; title: string };

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
  /** What the content owners learn: answered item or fallback, verdicts and codes. */
  signals?: Signals | undefined;
  /** The figures for `stats` and `export`. */
  stats?: StatsSource | undefined;
  metrics?: Metrics | undefined;
  timeZone?: string;
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
    if (command.kind === 'check') {
      const reply = this.check(command.draft, lang, inbound);
      await this.flushSignals();
      return { reply, effects: [], command: 'check' };
    }
    if (command.kind === 'stats' || command.kind === 'export') return this.ownersOnly(command, lang, inbound);
    const reply = (await this.escalationReply(command, lang, inbound)) ?? this.replyTo(command, lang, inbound.platform);
    await this.flushSignals();
    this.deps.logger.info({ event: 'message.handled', platform: inbound.platform, command: command.kind, lang });
    return { reply, effects: [], command: command.kind };
  }

  /** `stats` and `export`: only in a department's channel; elsewhere a polite no. */
  private async ownersOnly(command: Extract<Command, { kind: 'stats' | 'export' }>, lang: Lang, inbound: Inbound): Promise<Outcome> {
    const platform = inbound.platform === 'slack' || inbound.platform === 'teams' ? inbound.platform : undefined;
    const source = this.deps.stats;
    const allowed = source && platform && this.deps.escalations && (await this.deps.escalations.isDepartmentChannel(platform, inbound.conversation.id));
    if (!source || !allowed) return { reply: { ...baseReply(lang, 'asker'), parts: [{ kind: 'text', text: rich(t('stats.refused', lang)) }] }, effects: [], command: command.kind };
    const to = this.deps.clock.now();
    const from = new Date(to.getTime() - command.days * 86_400_000);
    const timeZone = this.deps.timeZone ?? 'Europe/Amsterdam';
    if (command.kind === 'stats') return { reply: statsReply(this.deps.kb, await source.stats(from, to), lang, timeZone), effects: [], command: 'stats' };
    const rows = await source.exportRows(from, to);
    const stamp = to.toISOString().slice(0, 10);
    const effects: Effect[] = [
      { kind: 'upload', filename: `escalaties-${stamp}.csv`, title: 'Escalaties', content: csvChunks(EXPORT_COLUMNS.escalations, rows.escalations) },
      { kind: 'upload', filename: `onbeantwoorde-vragen-${stamp}.csv`, title: 'Onbeantwoorde vragen', content: csvChunks(EXPORT_COLUMNS.unanswered, rows.unanswered) },
    ];
    const reply = { ...baseReply(lang, 'asker'), parts: [{ kind: 'text' as const, text: rich(t('stats.export-ready', lang, { days: command.days, file: effects.map((e) => e.filename).join(', ') })) }] };
    return { reply, effects, command: 'export' };
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

  private replyTo(command: Command, lang: Lang, platform: Inbound['platform']): Reply {
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
      case 'suggest-example':
        return this.suggestExample(command.text, lang);
      case 'stats':
      case 'export':
        return notYet('tip.not-here', lang);
      case 'question': {
        const reply = this.answerQuestion(command.text, lang, platform);
        if (command.asksToPost) reply.parts.push({ kind: 'text', text: rich(t('check.how-to', reply.lang)) });
        return reply;
      }
    }
  }

  /** Builds the answer index and compiles the check's word lists now instead of on first use. */
  warmUp(): void {
    this.engine.warmUp();
    this.checker.warmUp();
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
    this.deps.metrics?.check(result.verdict);
    const signals = this.deps.signals;
    if (signals && inbound && inbound.platform !== 'cli') {
      const signal = { at: this.deps.clock.now(), platform: inbound.platform, lang, verdict: result.verdict, codes: [...new Set(result.findings.map((f) => f.code))] };
      this.pending.push(() => signals.check(signal));
    }
    this.deps.logger.info({
      event: 'check.done',
      platform: inbound?.platform,
      verdict: result.verdict,
      codes: result.findings.map((f) => f.code),
      chars: text.length,
    });
    return checkReply(this.deps.kb, result, text.length, lang);
  }

  /** Closing the loop: the YAML that adds an unanswered question as an example of its closest item. */
  private suggestExample(text: string, lang: Lang): Reply {
    const questionLang = detectLang(text, lang);
    const best = this.engine.explain(text).candidates[0];
    const item = best ? this.deps.kb.byId(best.id) : undefined;
    if (!item) return { ...baseReply(lang, 'asker'), title: t('suggest.title', lang), parts: [{ kind: 'text', text: rich(t('suggest.none', lang)) }] };
    const snippet = `examples:\n  ${questionLang}:\n    - ${JSON.stringify(text.replace(/\s+/g, ' ').trim())}`;
    return {
      ...baseReply(lang, 'asker'),
      title: t('suggest.title', lang),
      parts: [
        { kind: 'text', text: rich(t('suggest.body', lang, { label: citationFor(item, lang).label, item: item.id, lang: questionLang })) },
        { kind: 'copy', label: `knowledge/items/${item.id}.yaml`, text: snippet },
      ],
    };
  }

  private pending: Array<() => Promise<void>> = [];

  /** Records what happened for the content owners; a failing database never fails an answer. */
  private async flushSignals(): Promise<void> {
    const jobs = this.pending.splice(0);
    for (const job of jobs) {
      try {
        await job();
      } catch (error) {
        this.deps.logger.warn({ event: 'signals.error', error: error instanceof Error ? error.message : String(error) });
      }
    }
  }

  /** Answers a free question: the best item, alternatives as buttons, or the rule-8 fallback. */
  answerQuestion(text: string, lang: Lang, platform?: Inbound['platform']): Reply {
    const tooLong = text.length > MAX_QUESTION_CHARS;
    const result = this.engine.answer(tooLong ? text.slice(0, MAX_QUESTION_CHARS) : text, lang);
    this.deps.metrics?.question(result.kind === 'answer' ? 'answered' : 'fallback');
    const signals = this.deps.signals;
    if (signals && platform && platform !== 'cli') {
      const at = this.deps.clock.now();
      const itemId = result.kind === 'answer' ? result.matches[0]?.id : undefined;
      // Only what the guidelines could not answer is kept as text, masked, for the owners.
      const maskedText = itemId === undefined && text.trim() !== '' ? maskPersonalData(text.slice(0, 500)) : undefined;
      this.pending.push(() => signals.question({ at, platform, lang: result.lang, itemId, maskedText }));
    }
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
