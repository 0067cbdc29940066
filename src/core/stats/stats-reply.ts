import { citationFor, type KnowledgeBase } from '../knowledge/knowledge-base.js';
import { t } from '../messages.js';
import { baseReply } from '../reply-builders.js';
import { rich, type FollowUp, type Reply } from '../reply-model.js';
import type { Lang } from '../lang.js';
import { UNANSWERED_SHOWN, type Stats } from './stats.js';

const day = (d: Date, lang: Lang, timeZone: string) =>
  new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { timeZone, day: 'numeric', month: 'short' }).format(d);
const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${Math.round((part / whole) * 100)}%`);
const minutes = (m: number | undefined, lang: Lang) =>
  m === undefined ? '–' : m < 120 ? `${Math.round(m)} min` : `${(m / 60).toFixed(1).replace('.', lang === 'nl' ? ',' : '.')} ${lang === 'nl' ? 'uur' : 'h'}`;
/** A kept question inside restricted markdown: no bold, italics or links can form from it. */
const plain = (text: string) => text.replace(/[*_`]/g, ' ').replace(/\]\(/g, '] (').replace(/\s+/g, ' ').trim();

/** The figures of a period, compact: for the weekly digest and `stats [dagen]`. */
export function statsReply(kb: KnowledgeBase, stats: Stats, lang: Lang, timeZone: string): Reply {
  const { checks, escalations } = stats;
  const totalChecks = checks.groen + checks.oranje + checks.rood;
  const label = (itemId: string) => {
    const item = kb.byId(itemId);
    return item ? citationFor(item, lang).label : itemId;
  };
  const fields = [
    {
      label: t('stats.questions', lang),
      value: t('stats.questions-value', lang, { n: stats.questions, answered: stats.answered, pct: percent(stats.answered, stats.questions) }),
    },
    { label: t('stats.checks', lang), value: `${totalChecks} · 🟢 ${checks.groen} · 🟠 ${checks.oranje} · 🔴 ${checks.rood}` },
    {
      label: t('stats.findings', lang),
      value:
        stats.findings
          .slice(0, 3)
          .map((f) => `${f.code} (${f.count})`)
          .join(', ') || '–',
    },
    {
      label: t('stats.escalations', lang),
      value: t('stats.escalations-value', lang, {
        n: escalations.opened,
        claim: minutes(escalations.medianMinutesToClaim, lang),
        resolve: minutes(escalations.medianMinutesToResolve, lang),
      }),
    },
    { label: t('stats.stale', lang), value: escalations.staleOpen.join(', ') || '–' },
    { label: t('stats.unhelpful', lang), value: stats.unhelpful.map((u) => `${label(u.itemId)} (👎 ${u.down}, 👍 ${u.up})`).join(', ') || '–' },
  ];
  const unanswered = stats.unanswered.slice(0, UNANSWERED_SHOWN);
  const followUps: FollowUp[] = unanswered
    .filter((q) => q.length <= 400)
    .slice(0, 3)
    .map((q, i) => ({ label: t('stats.make-example', lang, { n: i + 1 }), command: `voorbeeldvraag ${q}` }));
  return {
    ...baseReply(lang),
    title: t('stats.title', lang, { from: day(stats.from, lang, timeZone), to: day(new Date(stats.to.getTime() - 1), lang, timeZone) }),
    parts: [
      { kind: 'fields', fields },
      {
        kind: 'text',
        text: rich(
          unanswered.length > 0
            ? `**${t('stats.unanswered', lang)}**\n${unanswered.map((q, i) => `- ${i + 1}. ${plain(q)}`).join('\n')}`
            : t('stats.unanswered-none', lang),
        ),
      },
    ],
    followUps,
  };
}
