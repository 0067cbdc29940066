import { citationFor, type KnowledgeBase } from '../knowledge/knowledge-base.js';
import { t } from '../messages.js';
import { baseReply } from '../reply-builders.js';
import { rich, type Citation, type FollowUp, type Reply } from '../reply-model.js';
import type { Lang } from '../lang.js';
import { contactParts } from '../contact.js';
import { literal } from '../text.js';
import type { EscalationAction, Escalation } from './model.js';

/** How moments are shown on cards: in the organisation's time zone, day and time. */
export function formatMoment(at: Date, lang: Lang, timeZone: string): string {
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { timeZone, day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(
    at,
  );
}

function rule7(kb: KnowledgeBase, lang: Lang): Citation[] {
  const item = kb.byId('regel-7');
  return item ? [citationFor(item, lang)] : [];
}

export function departmentName(kb: KnowledgeBase, id: string, lang: Lang): string {
  return kb.departments.departments.find((d) => d.id === id)?.name[lang] ?? id;
}

export function categoryName(kb: KnowledgeBase, id: string, lang: Lang): string {
  return kb.departments.categories.find((c) => c.id === id)?.name[lang] ?? id;
}

const nameOf = (person: { name?: string | undefined } | undefined, lang: Lang): string => person?.name?.trim() || t('esc.someone', lang);

function statusLine(e: Escalation, lang: Lang, timeZone: string): string {
  if (e.status === 'claimed')
    return t('esc.status.claimed', lang, { name: nameOf(e.claimedBy, lang), at: formatMoment(e.claimedAt ?? e.createdAt, lang, timeZone) });
  if (e.status === 'resolved')
    return t('esc.status.resolved', lang, { name: nameOf(e.resolvedBy, lang), at: formatMoment(e.resolvedAt ?? e.createdAt, lang, timeZone) });
  return t('esc.status.open', lang);
}

/** The action words in each language, as the router knows them. */
const ACTION_WORD: Record<Lang, Record<EscalationAction, string>> = {
  nl: { claim: 'oppakken', unclaim: 'loslaten', resolve: 'afhandelen', reopen: 'heropenen' },
  en: { claim: 'claim', unclaim: 'release', resolve: 'resolve', reopen: 'reopen' },
};

/** The buttons of a ticket's life, as commands the router knows, in the card's language. */
function actions(e: Escalation, lang: Lang): FollowUp[] {
  const command = (action: EscalationAction) => `${lang === 'nl' ? 'escalatie' : 'escalation'} ${e.id} ${ACTION_WORD[lang][action]}`;
  // Each answers on the card: a note for the one who pressed; the card itself is updated for everyone.
  const resolve: FollowUp = {
    label: t('esc.button.resolve', lang),
    command: command('resolve'),
    input: { label: t('esc.outcome.label', lang) },
    inPlace: true,
  };
  switch (e.status) {
    case 'open':
      return [{ label: t('esc.button.claim', lang), command: command('claim'), style: 'primary', inPlace: true }, resolve];
    case 'claimed':
      return [
        { ...resolve, style: 'primary' },
        { label: t('esc.button.unclaim', lang), command: command('unclaim'), inPlace: true },
      ];
    case 'resolved':
      return [{ label: t('esc.button.reopen', lang), command: command('reopen'), inPlace: true }];
  }
}

export interface CardOptions {
  timeZone: string;
  /** A reminder: how long it has waited. */
  waitedMinutes?: number | undefined;
  /** Sent to a backup department on behalf of this one. */
  backupFor?: string | undefined;
}

/**
 * The department's card: who, when, where, what, how urgent, and the buttons for the next step.
 * Everything the reporter typed is plain text (fields and a quote), never markup.
 */
export function departmentCard(kb: KnowledgeBase, e: Escalation, lang: Lang, options: CardOptions): Reply {
  const fields = [
    { label: t('esc.field.reporter', lang), value: nameOf(e.reporter, lang) },
    { label: t('esc.field.when', lang), value: formatMoment(e.createdAt, lang, options.timeZone) },
    { label: t('esc.field.link', lang), value: e.link ?? t('esc.no-link', lang) },
    { label: t('esc.field.category', lang), value: categoryName(kb, e.category, lang) },
    { label: t('esc.field.urgency', lang), value: t(`esc.urgency.${e.urgency}`, lang) },
    { label: t('esc.field.status', lang), value: statusLine(e, lang, options.timeZone) },
    ...(e.outcome ? [{ label: t('esc.field.outcome', lang), value: e.outcome }] : []),
  ];
  const notes = [
    ...(options.waitedMinutes !== undefined ? [t('esc.card.reminder', lang, { minutes: options.waitedMinutes })] : []),
    ...(options.backupFor !== undefined ? [t('esc.card.backup', lang, { department: literal(departmentName(kb, options.backupFor, lang)) })] : []),
  ];
  return {
    ...baseReply(lang),
    title: `${e.urgency === 'urgent' ? '🚨 ' : ''}${t('esc.card.title', lang, { ref: e.id, category: categoryName(kb, e.category, lang) })}`,
    parts: [
      ...notes.map((note) => ({ kind: 'text' as const, text: rich(note) })),
      { kind: 'fields', fields },
      { kind: 'quote', text: e.description || '—', source: t('esc.field.description', lang) },
    ],
    citations: rule7(kb, lang),
    followUps: actions(e, lang),
  };
}

/** The reporter's confirmation, with the reference and what happens next. */
export function confirmationReply(kb: KnowledgeBase, e: Escalation, lang: Lang, hasChannel: boolean): Reply {
  const department = literal(departmentName(kb, e.department, lang));
  return {
    ...baseReply(lang, 'asker'),
    title: t('esc.confirm.title', lang, { ref: e.id }),
    parts: [
      { kind: 'text', text: rich(t(hasChannel ? 'esc.confirm.body' : 'esc.confirm.no-channel', lang, { department })) },
      ...(hasChannel ? [] : contactParts(kb, e.department, lang)),
    ],
    citations: rule7(kb, lang),
  };
}

export type NoticeEvent = 'claimed' | 'unclaimed' | 'resolved' | 'reopened';

export const NOTICE_FOR: Record<EscalationAction, NoticeEvent> = { claim: 'claimed', unclaim: 'unclaimed', resolve: 'resolved', reopen: 'reopened' };

/** What the reporter is told privately at each step. */
export function noticeReply(kb: KnowledgeBase, e: Escalation, event: NoticeEvent, lang: Lang): Reply {
  const id = event === 'resolved' && !e.outcome ? 'esc.notice.resolved-plain' : (`esc.notice.${event}` as const);
  const text = t(id, lang, {
    ref: e.id,
    name: literal(nameOf(e.claimedBy, lang)),
    department: literal(departmentName(kb, e.department, lang)),
    outcome: literal(e.outcome ?? ''),
  });
  return { ...baseReply(lang, 'asker'), parts: [{ kind: 'text', text: rich(text) }], citations: rule7(kb, lang) };
}

/** The open escalations of a department, for `/socialmedia escalaties`. */
export function listReply(kb: KnowledgeBase, department: string, open: readonly Escalation[], lang: Lang, timeZone: string): Reply {
  const lines = open.map(
    (e) =>
      `- ${t('esc.list.line', lang, {
        ref: e.id,
        urgency: t(`esc.urgency.${e.urgency}`, lang),
        category: literal(categoryName(kb, e.category, lang)),
        status: literal(statusLine(e, lang, timeZone)),
        at: formatMoment(e.createdAt, lang, timeZone),
      })}`,
  );
  return {
    ...baseReply(lang, 'asker'),
    title: t('esc.list.title', lang, { department: departmentName(kb, department, lang) }),
    parts: [{ kind: 'text', text: rich(lines.length > 0 ? lines.join('\n') : t('esc.list.empty', lang)) }],
    citations: rule7(kb, lang),
  };
}
