import type { Bot } from '../../core/bot.js';
import type { KnowledgeBase } from '../../core/knowledge/knowledge-base.js';
import type { Clock, FeedbackStore, Logger } from '../../core/ports.js';

/** What the Slack listeners need; built once in main.ts. */
export interface SlackDeps {
  bot: Bot;
  kb: KnowledgeBase;
  feedback: FeedbackStore;
  logger: Logger;
  clock: Clock;
}
