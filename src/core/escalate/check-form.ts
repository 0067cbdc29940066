import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { Lang } from '../lang.js';
import { t } from '../messages.js';
import { MAX_DESCRIPTION, MAX_LINK, MAX_OUTCOME, URGENCIES, type Urgency } from './model.js';

/** The fields of the report form, as Slack's modal and Teams' dialog name them. */
export type ReportField = 'link' | 'category' | 'urgency' | 'description';

/** A report form as submitted: every value untrusted, any may be missing. */
export interface ReportForm {
  link?: unknown;
  category?: unknown;
  urgency?: unknown;
  description?: unknown;
}

/** A form fit to report, or what is wrong with it per field. */
export type CheckedReport =
  | { ok: true; report: { link: string | undefined; category: string | undefined; urgency: Urgency; description: string } }
  | { ok: false; errors: Partial<Record<ReportField, string>> };

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** An http(s) link of at most MAX_LINK characters, without spaces; anything else is not a link to a discussion. */
function isDiscussionLink(link: string): boolean {
  if (link.length > MAX_LINK || /\s/.test(link)) return false;
  try {
    const url = new URL(link);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * Checks a submitted report form on the server, whatever the form itself allowed: the link is
 * http(s) and short, the description is there and not too long, category and urgency are ones
 * the bot offered. Errors are per field, in `lang`, for the form to show beside the field.
 */
export function checkReportForm(kb: KnowledgeBase, form: ReportForm, lang: Lang): CheckedReport {
  const errors: Partial<Record<ReportField, string>> = {};
  const link = text(form.link);
  if (link !== '' && !isDiscussionLink(link)) errors.link = t('esc.form.link-invalid', lang, { max: MAX_LINK });
  const description = text(form.description);
  if (description === '') errors.description = t('esc.form.required', lang);
  else if (description.length > MAX_DESCRIPTION) errors.description = t('esc.form.too-long', lang, { max: MAX_DESCRIPTION });
  const category = text(form.category);
  if (category !== '' && !kb.departments.categories.some((c) => c.id === category)) errors.category = t('esc.form.choose', lang);
  const urgency = text(form.urgency) || 'normaal';
  if (!URGENCIES.includes(urgency as Urgency)) errors.urgency = t('esc.form.choose', lang);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, report: { link: link || undefined, category: category || undefined, urgency: urgency as Urgency, description } };
}

/** The outcome typed when resolving: at most MAX_OUTCOME characters; an error to show beside the field otherwise. */
export function checkOutcome(value: unknown, lang: Lang): string | undefined {
  return text(value).length > MAX_OUTCOME ? t('esc.form.too-long', lang, { max: MAX_OUTCOME }) : undefined;
}
