import type { Bot } from '../../core/bot.js';
import type { EscalationService } from '../../core/escalate/service.js';
import type { KnowledgeBase } from '../../core/knowledge/knowledge-base.js';
import type { Clock, FeedbackStore, Logger, Metrics, OnceStore } from '../../core/ports.js';
import type { Lang } from '../../core/lang.js';
import type { RetryTiming } from './connection.js';

/** What the Slack listeners need; built once in main.ts. */
export interface SlackDeps {
  bot: Bot;
  kb: KnowledgeBase;
  feedback: FeedbackStore;
  logger: Logger;
  clock: Clock;
  /** The language of Slack-only surfaces (App Home, forms). */
  lang: Lang;
  escalations?: EscalationService | undefined;
  metrics?: Metrics | undefined;
  /** How long a slash command's answer may take to go back in its acknowledgement (default 2 s). */
  answerInAckWithinMs?: number | undefined;
  /** Request signatures and event ids seen, shared by every replica (replay and retry dedupe). */
  once: OnceStore;
  /** How the connection to Slack retries (tests shorten it). */
  retry?: RetryTiming | undefined;
}
