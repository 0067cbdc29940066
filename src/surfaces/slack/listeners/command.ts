import { Readable } from 'node:stream';
import type { Outcome } from '../../../core/bot.js';
import { t } from '../../../core/messages.js';
import { callSlack } from '../slack-api.js';
import type { SlackDeps } from '../deps.js';
import { SLACK_IDS } from '../ids.js';
import { renderBlocks } from '../render-blocks.js';
import { conversationKind, slackInbound } from '../to-inbound.js';
import { shareValue } from './share.js';
import type { SlackListeners } from '../listener-routes.js';

/**
 * Slack wants a slash command acknowledged within 3 s. An answer that is ready well before that
 * (nearly all: the answer engine and the draft check take milliseconds) goes back in the
 * acknowledgement itself, which Slack shows at once, privately, without a second request.
 * Otherwise the command is acknowledged empty and answered through its response_url.
 */
export const ANSWER_IN_ACK_WITHIN_MS = 2_000;

/** The streamed file as bytes, which Slack's client reads (it needs the length, so it gathers them). */
async function* bytes(chunks: AsyncIterable<string>): AsyncIterable<Buffer> {
  for await (const chunk of chunks) yield Buffer.from(chunk);
}

/** `/socialmedia …`: answered privately; what the core marks shareable gets "Deel in kanaal". */
export function registerCommand(app: SlackListeners, deps: SlackDeps): void {
  app.command(SLACK_IDS.command, async ({ ack, command, respond, client }) => {
    const inbound = slackInbound({
      text: command.text,
      user: command.user_id,
      name: command.user_name,
      channel: command.channel_id,
      kind: conversationKind(command.channel_id, command.channel_name === 'directmessage' ? 'im' : undefined),
    });
    const handling = deps.bot.handle(inbound);
    handling.catch(() => undefined); // handled below; this only keeps a late failure from going unobserved
    const message = (outcome: Outcome) => {
      const share = outcome.reply.shareable && shareValue(outcome.reply.shareable);
      return { response_type: 'ephemeral' as const, ...renderBlocks(outcome.reply, { feedback: true, ...(share ? { share } : {}) }) };
    };

    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(resolve, deps.answerInAckWithinMs ?? ANSWER_IN_ACK_WITHIN_MS, 'late')));
    let early: Outcome | 'late';
    try {
      early = await Promise.race([handling, late]);
    } catch (error) {
      clearTimeout(timer);
      // Slack must hear back even when the bot failed: a friendly word now, Bolt logs the error.
      await ack({ response_type: 'ephemeral', text: `${t('error.generic', 'nl')}\n_${t('error.generic', 'en')}_` });
      throw error;
    }
    clearTimeout(timer);
    if (early !== 'late' && early.effects.length === 0) {
      await ack(message(early));
      return;
    }

    await ack();
    const outcome = early === 'late' ? await handling : early;
    for (const effect of outcome.effects) {
      await callSlack(deps, 'files.uploadV2', () =>
        client.files.uploadV2({ channel_id: command.channel_id, filename: effect.filename, title: effect.title, file: Readable.from(bytes(effect.content)) }),
      );
    }
    await callSlack(deps, 'response_url', () => respond(message(outcome)));
  });
}
