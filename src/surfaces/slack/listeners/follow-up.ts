import type { App, BlockButtonAction } from '@slack/bolt';
import { t } from '../../../core/messages.js';
import { callSlack } from '../slack-api.js';
import type { SlackDeps } from '../deps.js';
import { SLACK_IDS } from '../ids.js';
import { renderBlocks } from '../render-blocks.js';
import { slackInbound } from '../to-inbound.js';

const FOLLOW_UP = new RegExp(`^${SLACK_IDS.actions.followUpPrefix}\\d+$`);

/** Follow-up buttons feed their command back to the bot; feedback buttons are counted. */
export function registerFollowUps(app: App, deps: SlackDeps): void {
  app.action<BlockButtonAction>(FOLLOW_UP, async ({ ack, action, body, respond }) => {
    await ack();
    const inbound = slackInbound({ text: action.value ?? '', user: body.user.id, name: body.user.name, channel: body.channel?.id ?? '', kind: 'channel' });
    const { reply } = await deps.bot.handle(inbound);
    await callSlack(deps, 'response_url', () => respond({ response_type: 'ephemeral', replace_original: false, ...renderBlocks(reply, { feedback: true }) }));
  });

  for (const [actionId, vote] of [[SLACK_IDS.actions.feedbackUp, 'up'], [SLACK_IDS.actions.feedbackDown, 'down']] as const) {
    app.action<BlockButtonAction>(actionId, async ({ ack, action, respond }) => {
      await ack();
      const [langValue = '', itemId = ''] = (action.value ?? '').split(':');
      if (!deps.kb.has(itemId)) return;
      const lang = langValue === 'en' ? 'en' : 'nl';
      await deps.feedback.record({ itemId, vote, platform: 'slack', at: deps.clock.now() });
      await callSlack(deps, 'response_url', () =>
        respond({ response_type: 'ephemeral', replace_original: false, text: t(vote === 'up' ? 'feedback.thanks-up' : 'feedback.thanks-down', lang) }),
      );
    });
  }
}
