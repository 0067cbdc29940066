import type { Authority } from '../access/roles.js';
import type { AnswerEngine } from '../answer/answer.js';
import type { ConsoleAccess } from '../console/access.js';
import type { ConsoleLinks } from '../console/ports.js';
import type { DraftChecker } from '../check/engine.js';
import type { EscalationService } from '../escalate/service.js';
import type { Inbound } from '../inbound.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { Lang } from '../lang.js';
import type { Clock, LanguageChoices, Logger, Metrics, Random } from '../ports.js';
import type { Reply } from '../reply-model.js';
import type { Command } from '../router.js';
import type { StatsSource } from '../stats/stats.js';
import type { TipService } from '../tips/tip-service.js';

/**
 * Something the surface must do besides replying: upload a file to the conversation. The
 * content is streamed (read it once, to its end): an export of a year is never in memory whole.
 */
export type Effect = { kind: 'upload'; filename: string; content: AsyncIterable<string>; title: string };

/** What the content owners learn from one message. Never a user id, never a draft. */
export type Signal =
  | { kind: 'question'; at: Date; platform: string; lang: string; itemId: string | undefined; maskedText: string | undefined }
  | { kind: 'check'; at: Date; platform: string; lang: string; verdict: string; codes: readonly string[] };

/** What a handler gives back: the reply, and what else should happen because of the message. */
export interface Handled {
  reply: Reply;
  effects?: Effect[];
  /** Recorded by the bot after the reply is made; a failure to record never fails the answer. */
  signals?: Signal[];
}

/** What every handler may use: the bot's knowledge and services. Optional ones may be absent (CLI, tests). */
export interface Services {
  kb: KnowledgeBase;
  engine: AnswerEngine;
  checker: DraftChecker;
  clock: Clock;
  random: Random;
  logger: Logger;
  timeZone: string;
  metrics?: Metrics | undefined;
  /** Escalations (rule 7); without it `escaleer` explains whom to contact. */
  escalations?: EscalationService | undefined;
  /** Daily tips; without it `dagtip aan` says it is not available here. */
  tips?: TipService | undefined;
  /** The figures for `stats` and `export`. */
  stats?: StatsSource | undefined;
  /** The language each person chose with `taal en`; without it the choice is not kept. */
  languages?: LanguageChoices | undefined;
  /** Who may manage the bot; without it only the terminal's own user may. */
  roles?: Authority | undefined;
  /** Who may use the web console (built on `roles`), and its sign-in links; without it `beheer` says it is not available. */
  console?: { access: ConsoleAccess; links: ConsoleLinks | undefined } | undefined;
}

/** One message being handled: where it came from, the language to answer in, the services. */
export interface HandlerContext {
  inbound: Inbound;
  lang: Lang;
  services: Services;
}

/** Handles one kind of command. */
export type Handler<C extends Command> = (command: C, context: HandlerContext) => Handled | Promise<Handled>;

/** Every command kind with its handler: the bot's whole repertoire, checked to be complete. */
export type HandlerTable = { [K in Command['kind']]: Handler<Extract<Command, { kind: K }>> };

/** The platform a channel command acts on: Slack or Teams, not the terminal or the CLI. */
export function channelPlatform(inbound: Inbound): 'slack' | 'teams' | undefined {
  return inbound.platform === 'slack' || inbound.platform === 'teams' ? inbound.platform : undefined;
}
