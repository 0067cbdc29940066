import { callSlack } from '../slack-api.js';
import type { SlackDeps } from '../deps.js';
import { renderBlocks } from '../render-blocks.js';
import { slackInbound } from '../to-inbound.js';
import type { SlackListeners } from '../listener-routes.js';

/** A direct message to the bot is answered in the direct message (which only the sender sees). */
export function registerDirectMessage(app: SlackListeners, deps: SlackDeps): void {
  app.message(async ({ message, client }) => {
    if (message.channel_type !== 'im' || message.subtype !== undefined || !('user' in message) || !message.user) return;
    if ('bot_id' in message && message.bot_id) return;
    const inbound = slackInbound({ text: message.text ?? '', user: message.user, channel: message.channel, kind: 'personal' });
    const { reply } = await deps.bot.handle(inbound);
    await callSlack(deps, 'chat.postMessage', () => client.chat.postMessage({ channel: message.channel, ...renderBlocks(reply, { feedback: true }) }));
  });
}
