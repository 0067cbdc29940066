import type { App } from '@slack/bolt';
import { callSlack } from '../slack-api.js';
import type { SlackDeps } from '../deps.js';
import { SLACK_IDS } from '../ids.js';
import { renderBlocks } from '../render-blocks.js';
import { conversationKind, slackInbound } from '../to-inbound.js';
import { shareValue } from './share.js';

/** `/socialmedia …`: acknowledged at once, answered privately; answers (not checks) can be shared. */
export function registerCommand(app: App, deps: SlackDeps): void {
  app.command(SLACK_IDS.command, async ({ ack, command, respond, client }) => {
    await ack();
    const inbound = slackInbound({ text: command.text, user: command.user_id, name: command.user_name, channel: command.channel_id, kind: conversationKind(command.channel_id, command.channel_name === 'directmessage' ? 'im' : undefined) });
    const { reply, command: kind, effects } = await deps.bot.handle(inbound);
    const share = kind === 'check' || kind === 'stats' || kind === 'export' ? undefined : shareValue(command.text);
    for (const effect of effects) {
      await callSlack(deps, 'files.uploadV2', () =>
        client.files.uploadV2({ channel_id: command.channel_id, filename: effect.filename, title: effect.title, content: effect.content }),
      );
    }
    await callSlack(deps, 'response_url', () =>
      respond({ response_type: 'ephemeral', ...renderBlocks(reply, { feedback: true, ...(share ? { share } : {}) }) }),
    );
  });
}
