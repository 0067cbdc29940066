import type { SlackDeps } from '../deps.js';
import { registerAppHome } from './app-home.js';
import { registerCommand } from './command.js';
import { registerDirectMessage } from './direct-message.js';
import { registerEscalate } from './escalate.js';
import { registerFollowUps } from './follow-up.js';
import { registerMention } from './mention.js';
import { registerShare } from './share.js';
import { registerCheckShortcut } from './shortcut-check.js';
import type { SlackListeners } from '../listener-routes.js';

/** Every listener of the Slack app, one file per surface. */
export function registerListeners(app: SlackListeners, deps: SlackDeps): void {
  registerCommand(app, deps);
  registerMention(app, deps);
  registerDirectMessage(app, deps);
  registerCheckShortcut(app, deps);
  registerShare(app, deps);
  registerFollowUps(app, deps);
  registerAppHome(app, deps, deps.lang);
  registerEscalate(app, deps);
}
