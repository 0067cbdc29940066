import { t } from '../../../core/messages.js';
import type { Reply } from '../../../core/reply-model.js';
import { buttonText, oneLine } from './card-elements.js';
import { INPUT_ID, TEAMS_LIMITS, type CardAction, type ExecuteAction, type SubmitAction } from './card-types.js';

/**
 * The follow-ups as buttons. A button whose answer belongs on the card (`inPlace`: a note for
 * the one who pressed it) is an `Action.Execute`; any other posts its command with plain data
 * and gets a new message. One that needs a text first opens a small form inside the card.
 */
export function followUpActions(reply: Pick<Reply, 'followUps' | 'lang'>): CardAction[] {
  const { lang } = reply;
  return reply.followUps
    .filter((f) => oneLine(f.label) && f.command.trim() && f.command.length <= TEAMS_LIMITS.command)
    .slice(0, TEAMS_LIMITS.followUpActions)
    .map((f): CardAction => {
      const style = f.style === 'primary' ? { style: 'positive' as const } : f.style === 'danger' ? { style: 'destructive' as const } : {};
      const title = buttonText(f.label, TEAMS_LIMITS.actionTitle);
      const data = { command: f.command, lang };
      const button: SubmitAction | ExecuteAction = f.inPlace
        ? { type: 'Action.Execute', title, verb: 'command', ...style, data }
        : { type: 'Action.Submit', title, ...style, data };
      if (!f.input) return button;
      return {
        type: 'Action.ShowCard',
        title,
        card: {
          type: 'AdaptiveCard',
          body: [{ type: 'Input.Text', id: INPUT_ID, label: buttonText(f.input.label, 200), isMultiline: true, maxLength: 500 }],
          actions: [button],
        },
      };
    });
}

/** "Deel in kanaal" for guideline content sent privately: shares it in `to`, where it was asked. */
export function shareActions(reply: Reply, to: string | undefined): SubmitAction[] {
  if (!reply.shareable || !to) return [];
  return [{ type: 'Action.Submit', title: buttonText(t('share.button', reply.lang), TEAMS_LIMITS.actionTitle), data: { share: reply.shareable, to } }];
}

/** 👍 / 👎 for an answer from the guidelines, answered in place: the card then says thanks. */
export function feedbackActions(reply: Reply, enabled: boolean): ExecuteAction[] {
  const itemId = reply.feedbackFor;
  if (!enabled || !itemId || reply.voted) return [];
  return (['up', 'down'] as const).map((vote) => ({
    type: 'Action.Execute',
    title: vote === 'up' ? '👍' : '👎',
    verb: 'vote',
    tooltip: t(vote === 'up' ? 'feedback.up' : 'feedback.down', reply.lang),
    data: { feedback: vote, itemId, lang: reply.lang, alternatives: reply.alternatives ?? [], ...(reply.asked ? { asked: reply.asked } : {}) },
  }));
}
