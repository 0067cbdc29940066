import type { MessageShortcut } from '@slack/bolt';
import { callSlack } from '../slack-api.js';
import type { SlackDeps } from '../deps.js';
import { SLACK_IDS } from '../ids.js';
import { renderBlocks } from '../render-blocks.js';
import { slackInbound } from '../to-inbound.js';
import type { SlackListeners } from '../listener-routes.js';

/** "Check dit bericht" on any message: checks its text, shown only to whoever clicked. */
export function registerCheckShortcut(app: SlackListeners, deps: SlackDeps): void {
  app.shortcut<MessageShortcut>(SLACK_IDS.shortcuts.checkMessage, async ({ ack, shortcut, respond }) => {
    await ack();
    const draft = shortcut.message.text ?? '';
    const { reply } = await deps.bot.handle(slackInbound({ text: `check ${draft}`, user: shortcut.user.id, channel: shortcut.channel.id, kind: 'channel' }));
    await callSlack(deps, 'response_url', () => respond({ response_type: 'ephemeral', ...renderBlocks(reply) }));
  });
}
