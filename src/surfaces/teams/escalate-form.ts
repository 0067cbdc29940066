import { categoryName } from '../../core/escalate/escalation-replies.js';
import { URGENCIES, type Urgency } from '../../core/escalate/model.js';
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
        { type: 'Input.ChoiceSet', id: 'urgency', label: plainCardText(t('esc.field.urgency', lang)), value: 'normaal', choices: URGENCIES.map((u) => choice(t(`esc.urgency.${u}`, lang), u)) },
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

/** The submitted form, checked: nothing from Teams is trusted as is. */
export function readEscalateForm(data: unknown): { link: string | undefined; category: string | undefined; urgency: Urgency; description: string } | undefined {
  if (data === null || typeof data !== 'object') return undefined;
  const d = data as Record<string, unknown>;
  const text = (v: unknown, max: number) => (typeof v === 'string' ? v.trim().slice(0, max) : '');
  const description = text(d.description, 1000);
  if (description === '') return undefined;
  const link = text(d.link, 1000);
  const urgency = URGENCIES.includes(d.urgency as Urgency) ? (d.urgency as Urgency) : 'normaal';
  return { link: /^https?:\/\//i.test(link) ? link : undefined, category: text(d.category, 100) || undefined, urgency, description };
}
