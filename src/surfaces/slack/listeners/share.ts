import type { App, BlockButtonAction } from '@slack/bolt';
import { t } from '../../../core/messages.js';
import { callSlack } from '../slack-api.js';
import type { SlackDeps } from '../deps.js';
import { SLACK_IDS } from '../ids.js';
import { renderBlocks } from '../render-blocks.js';
import { slackInbound } from '../to-inbound.js';

/** Button values hold at most 2000 characters; a longer question is simply not shareable. */
const MAX_VALUE = 2000;

/** The value of the share button: the command the core gave, so the answer can be made again; too long for a button, no button. */
export function shareValue(text: string): string | undefined {
  const value = text.trim();
  return value !== '' && value.length <= MAX_VALUE ? value : undefined;
}

/** "Deel in kanaal": answers the same question again, this time for the whole channel. */
export function registerShare(app: App, deps: SlackDeps): void {
  app.action<BlockButtonAction>(SLACK_IDS.actions.share, async ({ ack, action, body, respond }) => {
    await ack();
    const inbound = slackInbound({ text: action.value ?? '', user: body.user.id, channel: body.channel?.id ?? '', kind: 'channel' });
    const { reply } = await deps.bot.handle(inbound);
    if (!reply.shareable) return; // a draft or anything private is never shown to others, whatever the button says
    const rendered = renderBlocks(reply, { feedback: true });
    const sharedBy = { type: 'context' as const, elements: [{ type: 'mrkdwn' as const, text: t('slack.shared-by', reply.lang, { user: `<@${body.user.id}>` }) }] };
    await callSlack(deps, 'response_url', () =>
      respond({ response_type: 'in_channel', replace_original: false, text: rendered.text, blocks: [...rendered.blocks, sharedBy] }),
    );
  });
}
