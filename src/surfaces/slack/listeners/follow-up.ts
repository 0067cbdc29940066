import type { BlockAction, BlockButtonAction } from '@slack/bolt';
import type { Lang } from '../../../core/lang.js';
import { t } from '../../../core/messages.js';
import { votedReply } from '../../../core/reply-builders.js';
import { callSlack } from '../slack-api.js';
import type { SlackDeps } from '../deps.js';
import { SLACK_IDS } from '../ids.js';
import { renderBlocks } from '../render-blocks.js';
import { shareValue } from './share.js';
import { slackInbound } from '../to-inbound.js';
import type { SlackListeners } from '../listener-routes.js';

const FOLLOW_UP = new RegExp(`^${SLACK_IDS.actions.followUpPrefix}\\d+$`);
const ITEM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A follow-up button's value: `{"command","lang"}`, or (older messages) the command alone. */
export function readFollowUpValue(value: string): { command: string; lang?: Lang } {
  if (!value.startsWith('{')) return { command: value };
  try {
    const { command, lang } = JSON.parse(value) as { command?: unknown; lang?: unknown };
    if (typeof command !== 'string') return { command: '' };
    return lang === 'nl' || lang === 'en' ? { command, lang } : { command };
  } catch {
    return { command: '' };
  }
}

/** A vote button's value `<lang>:<item>:<alternatives>:<question, masked>`, checked against the knowledge. */
function readVote(value: string, has: (id: string) => boolean): { itemId: string; lang: Lang; alternatives: string[]; asked: string } | undefined {
  const [langValue = '', itemId = '', also = '', ...question] = value.split(':');
  if (!ITEM_ID.test(itemId) || !has(itemId)) return undefined;
  const alternatives = also
    .split(',')
    .filter((id) => ITEM_ID.test(id) && has(id))
    .slice(0, 3);
  return { itemId, lang: langValue === 'en' ? 'en' : 'nl', alternatives, asked: question.join(':') };
}

/** Whether a button sat on a message only the clicker sees: an ephemeral one, or a direct message. */
function isPrivate(body: BlockAction): boolean {
  const container = body.container as { is_ephemeral?: boolean; channel_id?: string } | undefined;
  return container?.is_ephemeral === true || (container?.channel_id ?? body.channel?.id ?? '').startsWith('D');
}

/** Follow-up buttons feed their command back to the bot; 👍 / 👎 are counted, once per person per card. */
export function registerFollowUps(app: SlackListeners, deps: SlackDeps): void {
  app.action<BlockButtonAction>(FOLLOW_UP, async ({ ack, action, body, respond }) => {
    await ack();
    const { command, lang } = readFollowUpValue(action.value ?? '');
    const inbound = slackInbound({ text: command, user: body.user.id, name: body.user.name, channel: body.channel?.id ?? '', kind: 'channel' });
    const { reply } = await deps.bot.handle(lang ? { ...inbound, lang } : inbound);
    await callSlack(deps, 'response_url', () => respond({ response_type: 'ephemeral', replace_original: false, ...renderBlocks(reply, { feedback: true }) }));
  });

  for (const [actionId, vote] of [
    [SLACK_IDS.actions.feedbackUp, 'up'],
    [SLACK_IDS.actions.feedbackDown, 'down'],
  ] as const) {
    app.action<BlockButtonAction>(actionId, async ({ ack, action, body, respond }) => {
      await ack();
      const ref = readVote(action.value ?? '', (id) => deps.kb.has(id));
      const reply = ref && votedReply(deps.kb, ref, vote);
      if (!ref || !reply) return;
      const container = body.container as { message_ts?: string } | undefined;
      const card = `${body.channel?.id ?? ''}/${container?.message_ts ?? ''}`;
      await deps.feedback.record({
        itemId: ref.itemId,
        vote,
        platform: 'slack',
        at: deps.clock.now(),
        voter: { userId: body.user.id, card },
        asked: ref.asked,
      });
      // The clicker's own answer says thanks where the buttons were; a message the whole channel sees stays as it is.
      if (isPrivate(body)) {
        const share = reply.shareable ? { share: shareValue(reply.shareable) } : {};
        await callSlack(deps, 'response_url', () => respond({ replace_original: true, ...renderBlocks(reply, { feedback: true, ...share }) }));
        return;
      }
      const thanks = t(vote === 'up' ? 'feedback.thanks-up' : 'feedback.thanks-down', ref.lang);
      await callSlack(deps, 'response_url', () => respond({ response_type: 'ephemeral', replace_original: false, text: thanks }));
    });
  }
}
