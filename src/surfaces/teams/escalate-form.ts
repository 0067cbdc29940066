import { categoryName } from '../../core/escalate/escalation-replies.js';
import { checkReportForm, type CheckedReport } from '../../core/escalate/check-form.js';
import { URGENCIES } from '../../core/escalate/model.js';
import type { KnowledgeBase } from '../../core/knowledge/knowledge-base.js';
import { t } from '../../core/messages.js';
import type { Lang } from '../../core/lang.js';
import { plainCardText } from './card/card-text.js';
import { ADAPTIVE_CARD_CONTENT_TYPE, ADAPTIVE_CARD_SCHEMA } from './card/card-types.js';

/** The message extension's command id; the same id is in manifests/teams/manifest.json. */
export const ESCALATE_COMMAND = 'escaleer';

/**
 * The report form in a Teams dialog: link (filled in from the message), category, urgency and
 * description. An Adaptive Card 1.5 with inputs; Teams returns their values in `action.data`.
 */
export function escalateForm(kb: KnowledgeBase, lang: Lang, link: string | undefined) {
  const choice = (title: string, value: string) => ({ title: plainCardText(title), value });
  return {
    contentType: ADAPTIVE_CARD_CONTENT_TYPE,
    content: {
      type: 'AdaptiveCard',
      $schema: ADAPTIVE_CARD_SCHEMA,
      version: '1.5',
      body: [
        { type: 'TextBlock', text: plainCardText(t('esc.form.intro', lang)), wrap: true },
        { type: 'Input.Text', id: 'link', label: plainCardText(t('esc.field.link', lang)), style: 'Url', value: link ?? '' },
        {
          type: 'Input.ChoiceSet',
          id: 'category',
          label: plainCardText(t('esc.field.category', lang)),
          value: kb.departments.categories[0]?.id ?? '',
          choices: kb.departments.categories.map((c) => choice(categoryName(kb, c.id, lang), c.id)),
        },
        {
          type: 'Input.ChoiceSet',
          id: 'urgency',
          label: plainCardText(t('esc.field.urgency', lang)),
          value: 'normaal',
          choices: URGENCIES.map((u) => choice(t(`esc.urgency.${u}`, lang), u)),
        },
        {
          type: 'Input.Text',
          id: 'description',
          label: plainCardText(t('esc.field.description', lang)),
          isMultiline: true,
          maxLength: 1000,
          isRequired: true,
          errorMessage: plainCardText(t('esc.form.placeholder', lang)),
        },
      ],
      actions: [{ type: 'Action.Submit', title: plainCardText(t('esc.form.submit', lang)) }],
    },
  };
}

/** The submitted form, checked like Slack's (core/escalate/check-form.ts): nothing from Teams is trusted as is. */
export function readEscalateForm(kb: KnowledgeBase, data: unknown, lang: Lang): CheckedReport {
  const form = data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  return checkReportForm(kb, { link: form.link, category: form.category, urgency: form.urgency, description: form.description }, lang);
}
