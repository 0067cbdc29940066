import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Bot } from '../../core/bot.js';
import type { ConsoleStore } from '../../core/console/ports.js';
import type { EscalationService } from '../../core/escalate/service.js';
import type { KnowledgeEditor } from '../../core/knowledge/editor.js';
import type { KnowledgeBase } from '../../core/knowledge/knowledge-base.js';
import type { Lang } from '../../core/lang.js';
import type { Clock, Logger } from '../../core/ports.js';
import type { Reply } from '../../core/reply-model.js';
import type { ConsoleAuth, Signed } from './auth.js';
import type { PageFrame } from './layout.js';

/** What the console needs; main.ts builds it. The renderers are the Slack and Teams surfaces' own, passed in. */
export interface ConsoleDeps {
  kb: KnowledgeBase;
  bot: Bot;
  /** Knowledge editing: the editor over the versions, and what to do after a publish here (swap it in now). */
  editing: { editor: KnowledgeEditor; published(): Promise<void> };
  escalations: EscalationService;
  store: ConsoleStore;
  auth: ConsoleAuth;
  clock: Clock;
  logger: Logger;
  timeZone: string;
  defaultLang: Lang;
  renderers: {
    slack(reply: Reply): { text: string; blocks: unknown[] };
    teams(reply: Reply): Record<string, unknown>;
  };
}

/** One signed-in request: who, what they may see, in which language, and the page frame. */
export interface Ctx {
  req: IncomingMessage;
  res: ServerResponse;
  signed: Signed;
  lang: Lang;
  frame: PageFrame;
  /** The one-time message of the previous action, already cleared. */
  flash: string | undefined;
}
