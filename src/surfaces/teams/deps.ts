import type { Bot } from '../../core/bot.js';
import type { EscalationService } from '../../core/escalate/service.js';
import type { KnowledgeBase } from '../../core/knowledge/knowledge-base.js';
import type { Clock, ConversationStore, FeedbackStore, Logger } from '../../core/ports.js';
import type { Lang } from '../../core/lang.js';
import type { TeamsAuthOverrides } from './cloud-adapter.js';

/** What the Teams bot needs; built once in main.ts. */
export interface TeamsDeps {
  bot: Bot;
  kb: KnowledgeBase;
  feedback: FeedbackStore;
  conversations: ConversationStore;
  logger: Logger;
  clock: Clock;
  defaultLang: Lang;
  escalations?: EscalationService | undefined;
  /** Tests only: a fake OpenID endpoint and credentials (see TeamsAuthOverrides). */
  auth?: TeamsAuthOverrides | undefined;
}
