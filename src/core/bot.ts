import type { Authority } from './access/roles.js';
import { AnswerEngine, type LearnedModels } from './answer/answer.js';
import { DraftChecker } from './check/engine.js';
import { actOnEscalation } from './handlers/act-on-escalation.js';
import { answerQuestion } from './handlers/answer-question.js';
import { bind } from './handlers/bind.js';
import { checkDraft } from './handlers/check-draft.js';
import { chooseLanguage } from './handlers/choose-language.js';
import { consoleLink } from './handlers/console-link.js';
import { dailyTip } from './handlers/daily-tip.js';
import { disclaimer } from './handlers/disclaimer.js';
import { escalate } from './handlers/escalate.js';
import { exportCsv } from './handlers/export.js';
import type { Effect, Handled, Handler, HandlerContext, HandlerTable, Services, Signal } from './handlers/handler.js';
import { help } from './handlers/help.js';
import { listEscalations } from './handlers/list-escalations.js';
import { listRules } from './handlers/list-rules.js';
import { randomTip } from './handlers/random-tip.js';
import { readItem } from './handlers/read-item.js';
import { readRule } from './handlers/read-rule.js';
import { stats } from './handlers/stats.js';
import { suggestExample } from './handlers/suggest-example.js';
import { unbind } from './handlers/unbind.js';
import type { Inbound } from './inbound.js';
import type { KnowledgeBase } from './knowledge/knowledge-base.js';
import { langSignal, type Lang } from './lang.js';
import type { Clock, LanguageChoices, Logger, Metrics, Random, Signals } from './ports.js';
import type { Reply } from './reply-model.js';
import { route, type Command } from './router.js';
import { parseShareRef, sharedReply } from './share.js';
import type { StatsSource } from './stats/stats.js';
import type { EscalationService } from './escalate/service.js';
import type { TipService } from './tips/tip-service.js';

/** What the bot makes of one message: the reply, and what the surface must do besides. */
export interface Outcome {
  reply: Reply;
  effects: Effect[];
}

export interface BotDeps {
  kb: KnowledgeBase;
  escalations?: EscalationService | undefined;
  tips?: TipService | undefined;
  /** Where what the content owners learn is recorded: answered item or fallback, verdicts and codes. */
  signals?: Signals | undefined;
  stats?: StatsSource | undefined;
  /** Who may manage the bot (bind channels, figures, exports); without it only the terminal's user. */
  roles?: Authority | undefined;
  /** The web console's access check and sign-in links, for `beheer`. */
  console?: Services['console'];
  metrics?: Metrics | undefined;
  /** The organisation's time zone, for figures; Europe/Amsterdam when not given. */
  timeZone?: string;
  clock: Clock;
  random: Random;
  logger: Logger;
  /** The language for replies when neither the message nor the person's choice tells. */
  defaultLang: Lang;
  /** Where `taal en` is kept; without it nobody's choice is remembered. */
  languages?: LanguageChoices | undefined;
  /** The trained models of knowledge/model/; without them the search and the rules decide alone. */
  models?: LearnedModels | undefined;
}

/** Every command kind and the one handler that answers it. */
const HANDLERS: HandlerTable = {
  help,
  rules: listRules,
  rule: readRule,
  item: readItem,
  tip: randomTip,
  disclaimer,
  question: answerQuestion,
  check: checkDraft,
  escalate,
  escalations: listEscalations,
  bind,
  unbind,
  'escalation-action': actOnEscalation,
  'daily-tip': dailyTip,
  stats,
  export: exportCsv,
  'suggest-example': suggestExample,
  language: chooseLanguage,
  console: consoleLink,
};

/** The text whose language decides the reply's, when the command word does not. */
function commandText(command: Command): string {
  switch (command.kind) {
    case 'question':
    case 'escalate':
      return command.text;
    case 'check':
      return command.draft;
    default:
      return '';
  }
}

/** The bot: routes a message to its handler and returns the reply. No I/O, no platform. */
export class Bot {
  private services: Services;

  constructor(private readonly deps: BotDeps) {
    this.services = this.servicesFor(deps.kb);
  }

  private servicesFor(kb: KnowledgeBase): Services {
    const engine = new AnswerEngine(kb, this.deps.models);
    const checker = new DraftChecker({
      lexicons: kb.lexicons,
      organisation: kb.organisation,
      orgName: kb.orgName,
      synonyms: kb.synonyms,
      models: this.deps.models,
    });
    return { ...this.deps, engine, checker, timeZone: this.deps.timeZone ?? 'Europe/Amsterdam' };
  }

  get engine(): AnswerEngine {
    return this.services.engine;
  }

  get checker(): DraftChecker {
    return this.services.checker;
  }

  /**
   * Another version of the knowledge, prepared off the answering path: its search index, the
   * classifier and the check's word lists are built a slice at a time, awaiting `pause` between
   * slices, while the current version keeps answering. Returns the swap, to make in the same
   * step as the live view's. `kb` is the version itself, not a live view (the index is built
   * once from its items).
   */
  async prepareKnowledge(kb: KnowledgeBase, pause: () => Promise<void>): Promise<() => void> {
    const next = this.servicesFor(kb);
    await next.engine.prepare(pause);
    await pause();
    next.checker.warmUp();
    await pause();
    return () => {
      this.services = next;
    };
  }

  /**
   * route → handler → reply; then the signals are recorded, unless `record` is false (the web
   * console's playground: trying the bot out is not use).
   */
  async handle(inbound: Inbound, options: { record?: boolean } = {}): Promise<Outcome> {
    const command = route(inbound.text);
    const lang = ('lang' in command && command.lang) || langSignal(commandText(command)) || inbound.lang || (await this.replyLang(inbound));
    const context: HandlerContext = { inbound, lang, services: this.services };
    // The table pairs each kind with its own handler; TypeScript cannot follow that through an index.
    const handled: Handled = await (HANDLERS[command.kind] as Handler<Command>)(command, context);
    if (options.record !== false) await this.record(handled.signals ?? []);
    this.deps.logger.info({ event: 'message.handled', platform: inbound.platform, command: command.kind, lang });
    return { reply: handled.reply, effects: handled.effects ?? [] };
  }

  /**
   * The language for a message that shows none of its own: the one the person chose with
   * `taal en`, else the organisation's DEFAULT_LANG. The client's locale does not count: many
   * Dutch offices run English clients.
   */
  async replyLang(inbound: Pick<Inbound, 'platform' | 'user'>): Promise<Lang> {
    const store = this.deps.languages;
    if (!store || inbound.platform === 'cli') return this.deps.defaultLang;
    try {
      return (await store.get(inbound.platform, inbound.user.id)) ?? this.deps.defaultLang;
    } catch (error) {
      this.deps.logger.warn({ event: 'language.lookup-failed', error: error instanceof Error ? error.message : String(error) });
      return this.deps.defaultLang;
    }
  }

  /**
   * "Deel in kanaal": the guideline content a share button names (`{ kind, id, lang }`), made
   * again from the knowledge for the whole conversation. Runs no command; anything else is
   * undefined, and the surface refuses it.
   */
  share(value: unknown): Reply | undefined {
    const ref = parseShareRef(value);
    const reply = ref && sharedReply(this.deps.kb, ref);
    this.deps.logger.info({ event: reply ? 'share.posted' : 'share.refused', ...(ref ? { kind: ref.kind, id: ref.id } : {}) });
    return reply;
  }

  /** Records what happened for the content owners; a failing database never fails an answer. */
  private async record(signals: readonly Signal[]): Promise<void> {
    const store = this.deps.signals;
    if (!store) return;
    for (const signal of signals) {
      try {
        if (signal.kind === 'question') await store.question(signal);
        else await store.check(signal);
      } catch (error) {
        this.deps.logger.warn({ event: 'signals.error', error: error instanceof Error ? error.message : String(error) });
      }
    }
  }
}
