import { categoryName, departmentName, formatMoment } from '../../core/escalate/escalation-replies.js';
import type { Escalation } from '../../core/escalate/model.js';
import { citationFor, type KnowledgeBase } from '../../core/knowledge/knowledge-base.js';
import type { Lang } from '../../core/lang.js';
import { t } from '../../core/messages.js';
import { html, type SafeHtml } from './html.js';
import { tx } from './texts.js';

/** Small pieces the pages share: names of things, moments, the status badge. */

export const itemLabel = (kb: KnowledgeBase, itemId: string, lang: Lang): string => {
  const item = kb.byId(itemId);
  return item ? citationFor(item, lang).label : itemId;
};

export const moment = (at: Date, lang: Lang, timeZone: string): string => formatMoment(at, lang, timeZone);

export function statusBadge(e: Pick<Escalation, 'status'>, lang: Lang): SafeHtml {
  return html`<span class="badge ${e.status}">${tx(`esc.status.${e.status}`, lang)}</span>`;
}

export const department = (kb: KnowledgeBase, id: string, lang: Lang) => departmentName(kb, id, lang);
export const category = (kb: KnowledgeBase, id: string, lang: Lang) => categoryName(kb, id, lang);
export const urgency = (e: Pick<Escalation, 'urgency'>, lang: Lang) => t(`esc.urgency.${e.urgency}`, lang);

/** A date input's value (YYYY-MM-DD) as the start of that day in UTC; undefined when not a date. */
export function dayStart(value: string | null): Date | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const d = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? undefined : d;
}
