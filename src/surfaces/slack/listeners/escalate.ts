import type { BlockButtonAction, MessageShortcut, ViewSubmitAction } from '@slack/bolt';
import { checkOutcome, checkReportForm } from '../../../core/escalate/check-form.js';
import { callSlack } from '../slack-api.js';
import type { SlackDeps } from '../deps.js';
import { SLACK_IDS } from '../ids.js';
import { renderBlocks } from '../render-blocks.js';
import { ESCALATE_MODAL, escalateModal, INPUT_MODAL, inputModal } from '../render-modals.js';
import { slackInbound } from '../to-inbound.js';
import type { SlackListeners } from '../listener-routes.js';

const FOLLOW_UP_INPUT = new RegExp(`^${SLACK_IDS.actions.followUpInputPrefix}\\d+$`);

/** Reads a JSON object that came back from Slack; anything else is nothing. */
function parseObject(text: string | undefined): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text ?? '');
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Rule 7 in Slack: "Escaleer deze discussie" on any message opens the report form with the
 * message's link filled in; buttons that need a text (the outcome) ask for it in a form.
 */
export function registerEscalate(app: SlackListeners, deps: SlackDeps): void {
  const lang = deps.lang;
  app.shortcut<MessageShortcut>(SLACK_IDS.shortcuts.escalateMessage, async ({ ack, shortcut, client }) => {
    await ack();
    const permalink = await callSlack(deps, 'chat.getPermalink', () =>
      client.chat.getPermalink({ channel: shortcut.channel.id, message_ts: shortcut.message_ts }),
    );
    const view = escalateModal(deps.kb, lang, permalink?.permalink, JSON.stringify({ channel: shortcut.channel.id }));
    await callSlack(deps, 'views.open', () => client.views.open({ trigger_id: shortcut.trigger_id, view }));
  });

  // Checked here whatever the modal allowed (the payload is Slack's, the values are the user's);
  // what is wrong is shown beside its field and nothing is reported.
  app.view<ViewSubmitAction>(ESCALATE_MODAL, async ({ ack, body, view, client }) => {
    const values = view.state.values;
    const checked = checkReportForm(
      deps.kb,
      {
        link: values.link?.value?.value,
        category: values.category?.value?.selected_option?.value,
        urgency: values.urgency?.value?.selected_option?.value,
        description: values.description?.value?.value,
      },
      lang,
    );
    if (!checked.ok) {
      await ack({ response_action: 'errors', errors: checked.errors });
      return;
    }
    await ack();
    if (!deps.escalations) return;
    const reply = await deps.escalations.report({ reporter: { platform: 'slack', id: body.user.id, name: body.user.name }, ...checked.report }, lang);
    await callSlack(deps, 'chat.postMessage', () => client.chat.postMessage({ channel: body.user.id, ...renderBlocks(reply) }));
  });

  app.action<BlockButtonAction>(FOLLOW_UP_INPUT, async ({ ack, action, body, client }) => {
    await ack();
    const value = parseObject(action.value);
    if (typeof value?.command !== 'string' || typeof value.label !== 'string') return;
    const metadata = JSON.stringify({ command: value.command, channel: body.channel?.id ?? '' });
    if (metadata.length > 3000) return;
    await callSlack(deps, 'views.open', () => client.views.open({ trigger_id: body.trigger_id, view: inputModal(value.label as string, metadata, lang) }));
  });

  app.view<ViewSubmitAction>(INPUT_MODAL, async ({ ack, body, view, client }) => {
    const text = view.state.values.text?.value?.value ?? '';
    const tooLong = checkOutcome(text, lang);
    if (tooLong) {
      await ack({ response_action: 'errors', errors: { text: tooLong } });
      return;
    }
    await ack();
    const meta = parseObject(view.private_metadata);
    if (typeof meta?.command !== 'string' || typeof meta.channel !== 'string') return;
    const inbound = slackInbound({ text: `${meta.command} ${text}`, user: body.user.id, name: body.user.name, channel: meta.channel, kind: 'channel' });
    const { reply } = await deps.bot.handle(inbound);
    await callSlack(deps, 'chat.postEphemeral', () =>
      client.chat.postEphemeral({ channel: meta.channel as string, user: body.user.id, ...renderBlocks(reply) }),
    );
  });
}
