import type { ModalView } from '@slack/types';
import { categoryName } from '../../core/escalate/escalation-replies.js';
import { URGENCIES } from '../../core/escalate/model.js';
import type { KnowledgeBase } from '../../core/knowledge/knowledge-base.js';
import { t } from '../../core/messages.js';
import type { Lang } from '../../core/lang.js';
import { plainTextSafe, truncatePlain } from './mrkdwn.js';

export const ESCALATE_MODAL = 'escalate_modal';
export const INPUT_MODAL = 'follow_up_input_modal';

const plain = (text: string, max = 75) => ({ type: 'plain_text' as const, text: truncatePlain(plainTextSafe(text), max) });

/** The report form: link (filled in), category, urgency, description. */
export function escalateModal(kb: KnowledgeBase, lang: Lang, link: string | undefined, metadata: string): ModalView {
  const categories = kb.departments.categories.map((c) => ({ text: plain(categoryName(kb, c.id, lang)), value: c.id }));
  const urgencies = URGENCIES.map((u) => ({ text: plain(t(`esc.urgency.${u}`, lang)), value: u }));
  return {
    type: 'modal',
    callback_id: ESCALATE_MODAL,
    private_metadata: metadata,
    title: plain(t('esc.form.title', lang), 24),
    submit: plain(t('esc.form.submit', lang), 24),
    close: plain(t('slack.cancel', lang), 24),
    blocks: [
      { type: 'context', elements: [{ type: 'mrkdwn', text: t('esc.form.intro', lang) }] },
      {
        type: 'input',
        block_id: 'link',
        optional: true,
        label: plain(t('esc.field.link', lang)),
        element: { type: 'url_text_input', action_id: 'value', ...(link ? { initial_value: link } : {}) },
      },
      {
        type: 'input',
        block_id: 'category',
        label: plain(t('esc.field.category', lang)),
        element: { type: 'static_select', action_id: 'value', options: categories, ...(categories[0] ? { initial_option: categories[0] } : {}) },
      },
      {
        type: 'input',
        block_id: 'urgency',
        label: plain(t('esc.field.urgency', lang)),
        element: { type: 'static_select', action_id: 'value', options: urgencies, ...(urgencies[0] ? { initial_option: urgencies[0] } : {}) },
      },
      {
        type: 'input',
        block_id: 'description',
        label: plain(t('esc.field.description', lang)),
        element: { type: 'plain_text_input', action_id: 'value', multiline: true, max_length: 1000, placeholder: plain(t('esc.form.placeholder', lang), 150) },
      },
    ],
  };
}

/** A one-field form for follow-ups that need a text, such as the outcome of an escalation. */
export function inputModal(label: string, metadata: string, lang: Lang): ModalView {
  return {
    type: 'modal',
    callback_id: INPUT_MODAL,
    private_metadata: metadata,
    title: plain('Richtlijnenbot', 24),
    submit: plain(t('slack.send', lang), 24),
    close: plain(t('slack.cancel', lang), 24),
    blocks: [
      {
        type: 'input',
        block_id: 'text',
        label: plain(label, 2000),
        element: { type: 'plain_text_input', action_id: 'value', multiline: true, max_length: 500 },
      },
    ],
  };
}
