import { callSlack } from '../slack-api.js';
import type { SlackDeps } from '../deps.js';
import { renderBlocks } from '../render-blocks.js';
import { conversationKind, slackInbound } from '../to-inbound.js';
import type { SlackListeners } from '../listener-routes.js';

/**
 * `@Richtlijnenbot <vraag>` in a channel: answered in the thread. A check is answered only to
 * its author (ephemeral, in the thread), so the draft is never shown to the channel.
 */
export function registerMention(app: SlackListeners, deps: SlackDeps): void {
  app.event('app_mention', async ({ event, client }) => {
    if (!event.user) return;
    const user = event.user;
    const inbound = slackInbound({ text: event.text, user, channel: event.channel, kind: conversationKind(event.channel) });
    const { reply } = await deps.bot.handle(inbound);
    const thread_ts = event.thread_ts ?? event.ts;
    const rendered = renderBlocks(reply, { feedback: true });
    if (reply.audience === 'asker') {
      await callSlack(deps, 'chat.postEphemeral', () => client.chat.postEphemeral({ channel: event.channel, user, thread_ts, ...rendered }));
      return;
    }
    await callSlack(deps, 'chat.postMessage', () => client.chat.postMessage({ channel: event.channel, thread_ts, ...rendered }));
  });
}
