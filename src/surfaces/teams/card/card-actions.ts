import { t } from '../../../core/messages.js';
import type { FollowUp, Reply } from '../../../core/reply-model.js';
import { buttonText, oneLine } from './card-elements.js';
import { INPUT_ID, TEAMS_LIMITS, type ShowCardAction, type SubmitAction } from './card-types.js';

/** The follow-ups as buttons; one that needs a text first opens a small form inside the card. */
export function followUpActions(followUps: readonly FollowUp[]): Array<SubmitAction | ShowCardAction> {
  return followUps
    .filter((f) => oneLine(f.label) && f.command.trim() && f.command.length <= TEAMS_LIMITS.command)
    .slice(0, TEAMS_LIMITS.followUpActions)
    .map((f): SubmitAction | ShowCardAction => {
      const style = f.style === 'primary' ? { style: 'positive' as const } : f.style === 'danger' ? { style: 'destructive' as const } : {};
      if (f.input) {
        return {
          type: 'Action.ShowCard',
          title: buttonText(f.label, TEAMS_LIMITS.actionTitle),
          card: {
            type: 'AdaptiveCard',
            body: [{ type: 'Input.Text', id: INPUT_ID, label: buttonText(f.input.label, 200), isMultiline: true, maxLength: 500 }],
            actions: [{ type: 'Action.Submit', title: buttonText(f.label, TEAMS_LIMITS.actionTitle), ...style, data: { command: f.command } }],
          },
        };
      }
      return {
        type: 'Action.Submit',
        title: buttonText(f.label, TEAMS_LIMITS.actionTitle),
        ...style,
        data: {
          command: f.command,
          msteams: { type: 'messageBack', text: f.command, displayText: buttonText(f.label, TEAMS_LIMITS.title) },
        },
      };
    });
}

/** "Deel in kanaal" for guideline content sent privately: shares it in `to`, where it was asked. */
export function shareActions(reply: Reply, to: string | undefined): SubmitAction[] {
  if (!reply.shareable || !to) return [];
  return [{ type: 'Action.Submit', title: buttonText(t('share.button', reply.lang), TEAMS_LIMITS.actionTitle), data: { share: reply.shareable, to } }];
}

/** 👍 / 👎 for an answer from the guidelines, when asked for. */
export function feedbackActions(reply: Reply, enabled: boolean): SubmitAction[] {
  const itemId = reply.feedbackFor;
  if (!enabled || !itemId) return [];
  return (['up', 'down'] as const).map((vote) => ({
    type: 'Action.Submit',
    title: vote === 'up' ? '👍' : '👎',
    tooltip: t(vote === 'up' ? 'feedback.up' : 'feedback.down', reply.lang),
    data: { feedback: vote, itemId, lang: reply.lang },
  }));
}
