import type { BlockButtonAction } from '@slack/bolt';
import { t } from '../../../core/messages.js';
import type { ShareRef } from '../../../core/reply-model.js';
import { callSlack } from '../slack-api.js';
import type { SlackDeps } from '../deps.js';
import { SLACK_IDS } from '../ids.js';
import { renderBlocks } from '../render-blocks.js';
import type { SlackListeners } from '../listener-routes.js';

/** The value of the share button: which guideline content, as JSON `{ kind, id, lang }`. */
export function shareValue(ref: ShareRef): string {
  return JSON.stringify({ kind: ref.kind, id: ref.id, lang: ref.lang });
}

/**
 * "Deel in kanaal": posts the guideline content the button names, made again from the
 * knowledge, for the whole channel. It runs no command: a value that is not exactly such a
 * reference (a command, free text) is refused, privately.
 */
export function registerShare(app: SlackListeners, deps: SlackDeps): void {
  app.action<BlockButtonAction>(SLACK_IDS.actions.share, async ({ ack, action, body, respond }) => {
    await ack();
    const reply = deps.bot.share(action.value);
    if (!reply) {
      await callSlack(deps, 'response_url', () =>
        respond({ response_type: 'ephemeral', replace_original: false, text: `${t('share.refused', 'nl')}\n_${t('share.refused', 'en')}_` }),
      );
      return;
    }
    const rendered = renderBlocks(reply, { feedback: true });
    const sharedBy = {
      type: 'context' as const,
      elements: [{ type: 'mrkdwn' as const, text: t('share.shared-by', reply.lang, { user: `<@${body.user.id}>` }) }],
    };
    await callSlack(deps, 'response_url', () =>
      respond({ response_type: 'in_channel', replace_original: false, text: rendered.text, blocks: [...rendered.blocks, sharedBy] }),
    );
  });
}
