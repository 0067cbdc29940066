import type { KnowledgeSource, SourceError } from '../../../core/knowledge/source.js';
import type { Review } from '../../../core/knowledge/review.js';
import type { Lang } from '../../../core/lang.js';
import type { ConsoleDeps, Ctx } from '../deps.js';
import { html, type SafeHtml } from '../html.js';
import { page } from '../layout.js';
import { moreToEdit } from './knowledge-index.js';

/** This page's texts, Dutch first (kept here: texts.ts is near its 250 lines). */
const T = {
  nl: {
    title: 'Kennis',
    intro:
      'Bewerk een antwoord, bekijk wat het met de antwoorden van de bot doet en publiceer het als nieuwe versie. Elke versie blijft bewaard; terugzetten maakt een nieuwe versie.',
    items: 'Onderwerpen',
    history: 'Geschiedenis',
    edit: 'Bewerken',
    version: 'Versie',
    kind: 'Soort',
    author: 'Door',
    message: 'Toelichting',
    at: 'Wanneer',
    diff: 'Verschil met de vorige',
    rollback: 'Terugzetten naar deze versie',
    titleNl: 'Titel (Nederlands)',
    titleEn: 'Titel (Engels)',
    answerNl: 'Antwoord (Nederlands)',
    answerEn: 'Antwoord (Engels)',
    sourceNl: 'Regeltekst (Nederlands)',
    sourceEn: 'Regeltekst (Engels)',
    examplesNl: 'Voorbeeldvragen (Nederlands), één per regel',
    examplesEn: 'Voorbeeldvragen (Engels), één per regel',
    review: 'Bekijk het effect',
    invalid: 'Niets opgeslagen: verbeter de velden met een melding.',
    reviewTitle: 'Effect op de antwoorden',
    reviewCounts: '{right} van {labelled} voorbeeldvragen goed (was {before}); {changed} van {questions} vragen krijgen een ander eerste antwoord.',
    worse: 'Deze versie maakt antwoorden slechter. Publiceer alleen als dat de bedoeling is.',
    confirm: 'Ik weet dat antwoorden slechter worden en publiceer toch',
    publish: 'Publiceren',
    published: 'Versie {number} is gepubliceerd en wordt binnen enkele seconden overal gebruikt.',
    rolledBack: 'Versie {number} zet versie {to} terug.',
    changes: 'Wijzigingen',
    question: 'Vraag',
    before: 'Was',
    after: 'Wordt',
    none: 'Geen verschil.',
    forbidden: 'Alleen de afdeling die de richtlijnen beheert kan de kennis bewerken.',
    unknown: 'Dat onderwerp of die versie bestaat niet.',
    asExample: 'Maak voorbeeld van {item}',
  },
  en: {
    title: 'Knowledge',
    intro: "Edit an answer, see what it does to the bot's answers and publish it as a new version. Every version is kept; a rollback makes a new version.",
    items: 'Topics',
    history: 'History',
    edit: 'Edit',
    version: 'Version',
    kind: 'Kind',
    author: 'By',
    message: 'Message',
    at: 'When',
    diff: 'Changes from the previous one',
    rollback: 'Roll back to this version',
    titleNl: 'Title (Dutch)',
    titleEn: 'Title (English)',
    answerNl: 'Answer (Dutch)',
    answerEn: 'Answer (English)',
    sourceNl: 'Rule text (Dutch)',
    sourceEn: 'Rule text (English)',
    examplesNl: 'Example questions (Dutch), one per line',
    examplesEn: 'Example questions (English), one per line',
    review: 'See the effect',
    invalid: 'Nothing saved: correct the fields with a message.',
    reviewTitle: 'Effect on the answers',
    reviewCounts: '{right} of {labelled} example questions right (was {before}); {changed} of {questions} questions get another first answer.',
    worse: 'This version makes answers worse. Publish only if that is intended.',
    confirm: 'I know answers get worse and publish anyway',
    publish: 'Publish',
    published: 'Version {number} is published and used everywhere within seconds.',
    rolledBack: 'Version {number} rolls back to version {to}.',
    changes: 'Changes',
    question: 'Question',
    before: 'Was',
    after: 'Becomes',
    none: 'No changes.',
    forbidden: 'Only the department that owns the guidelines can edit the knowledge.',
    unknown: 'That topic or version does not exist.',
    asExample: 'Make it an example of {item}',
  },
} as const;

type Key = keyof (typeof T)['nl'];
export const kt = (key: Key, lang: Lang, values: Record<string, string | number> = {}) =>
  T[lang][key].replace(/\{(\w+)\}/g, (w, k: string) => (k in values ? String(values[k]) : w));

/** The fields of an item the page edits, by form name: where each sits in the item. */
export const FIELDS = [
  ['title_nl', 'title.nl', 'titleNl'],
  ['title_en', 'title.en', 'titleEn'],
  ['answer_nl', 'answer.nl', 'answerNl'],
  ['answer_en', 'answer.en', 'answerEn'],
  ['source_nl', 'source.nl', 'sourceNl'],
  ['source_en', 'source.en', 'sourceEn'],
  ['examples_nl', 'examples.nl', 'examplesNl'],
  ['examples_en', 'examples.en', 'examplesEn'],
] as const;

const csrf = (ctx: Ctx) => html`<input type="hidden" name="csrf" value="${ctx.signed.session.csrf}">`;
const when = (at: Date, ctx: Ctx, deps: ConsoleDeps) =>
  at.toLocaleString(ctx.lang === 'nl' ? 'nl-NL' : 'en-GB', { timeZone: deps.timeZone, dateStyle: 'medium', timeStyle: 'short' });

export function forbidden(ctx: Ctx): { status: number; body: SafeHtml } {
  return { status: 403, body: page(ctx.frame, '403', html`<h1>403</h1><p>${kt('forbidden', ctx.lang)}</p>`) };
}

/** Kennis: the items to edit and the history, each version with its diff and a rollback. */
export async function knowledgePage(deps: ConsoleDeps, ctx: Ctx): Promise<SafeHtml> {
  const { lang } = ctx;
  const versions = await deps.editing.editor.versions();
  const items = deps.kb.items.map((i) => html`<li><a href="/console/kennis/item?id=${i.id}">${i.title[lang]}</a> <span class="muted">${i.id}</span></li>`);
  const rows = versions.map(
    (v) => html`<tr><td>${v.number}</td><td>${v.kind}</td><td>${v.author}</td><td>${v.message}</td><td>${when(v.at, ctx, deps)}</td>
<td>${v.number > 1 ? html`<a href="/console/kennis/verschil?from=${v.number - 1}&amp;to=${v.number}">${kt('diff', lang)}</a>` : ''}</td>
<td>${v.number === versions[0]?.number ? '' : html`<form method="post" action="/console/kennis/terugzetten">${csrf(ctx)}<input type="hidden" name="versie" value="${v.number}"><button type="submit">${kt('rollback', lang)}</button></form>`}</td></tr>`,
  );
  const body = html`<h1>${kt('title', lang)}</h1><p>${kt('intro', lang)}</p>
<section aria-labelledby="h-items"><h2 id="h-items">${kt('items', lang)}</h2><ul>${items}</ul></section>${moreToEdit(deps.kb, lang)}
<section aria-labelledby="h-history"><h2 id="h-history">${kt('history', lang)}</h2>
<table><thead><tr><th>${kt('version', lang)}</th><th>${kt('kind', lang)}</th><th>${kt('author', lang)}</th><th>${kt('message', lang)}</th><th>${kt('at', lang)}</th><th></th><th></th></tr></thead><tbody>${rows}</tbody></table></section>`;
  return page(ctx.frame, kt('title', lang), body, ctx.flash);
}

/** The values an item's form shows: from the knowledge, or as typed. */
export function itemValues(source: KnowledgeSource, id: string): Record<string, string> | undefined {
  const item = source.items.find((i) => i.id === id);
  if (!item) return undefined;
  return {
    title_nl: item.title.nl,
    title_en: item.title.en,
    answer_nl: item.answer.nl,
    answer_en: item.answer.en,
    source_nl: item.source.nl,
    source_en: item.source.en,
    examples_nl: item.examples.nl.join('\n'),
    examples_en: item.examples.en.join('\n'),
  };
}

/** The edit form, with each problem next to its field (and linked to it for screen readers). */
export function itemPage(
  ctx: Ctx,
  id: string,
  values: Record<string, string>,
  errors: Record<string, string>,
  extra: SafeHtml | string = '',
  question = '',
): SafeHtml {
  const { lang } = ctx;
  const fields = FIELDS.map(([name, , label]) => {
    const error = errors[name];
    const input = name.startsWith('title')
      ? html`<input id="f-${name}" name="${name}" value="${values[name] ?? ''}"${error ? html` aria-invalid="true" aria-describedby="e-${name}"` : ''}>`
      : html`<textarea id="f-${name}" name="${name}" rows="5"${error ? html` aria-invalid="true" aria-describedby="e-${name}"` : ''}>${values[name] ?? ''}</textarea>`;
    return html`<p><label for="f-${name}">${kt(label, lang)}</label>${input}${error ? html`<span class="field-error" id="e-${name}">${error}</span>` : ''}</p>`;
  });
  const problems = Object.keys(errors).length > 0 ? html`<p class="flash" role="alert">${kt('invalid', lang)}</p>` : '';
  const body = html`<h1>${kt('edit', lang)}: ${id}</h1>${problems}
<form method="post" action="/console/kennis/item" class="panel">${csrf(ctx)}<input type="hidden" name="id" value="${id}">${question ? html`<input type="hidden" name="vraag" value="${question}">` : ''}${values.vorige ? html`<input type="hidden" name="vorige" value="${values.vorige}">` : ''}
${fields}<p><button class="primary" type="submit">${kt('review', lang)}</button></p></form>${extra}`;
  return page(ctx.frame, `${kt('edit', lang)}: ${id}`, body, ctx.flash);
}

/** The review of a saved draft and the form that publishes it (with a confirmation when worse). */
export function reviewPanel(ctx: Ctx, draftId: string, review: Review, changes: ReadonlyArray<{ path: string }>, question = ''): SafeHtml {
  const { lang } = ctx;
  const counts = kt('reviewCounts', lang, {
    right: review.rightAfter,
    labelled: review.labelled,
    before: review.rightBefore,
    changed: review.changedCount,
    questions: review.questions,
  });
  const lines = review.changed.map((c) => html`<tr><td>${c.text}</td><td>${c.before}</td><td>${c.after}</td></tr>`);
  return html`<section aria-labelledby="h-review" class="panel"><h2 id="h-review">${kt('reviewTitle', lang)}</h2>
<p>${kt('changes', lang)}: ${changes.map((c) => c.path).join(', ') || kt('none', lang)}</p><p>${counts}</p>
${review.isWorse ? html`<p class="flash" role="alert">${kt('worse', lang)}</p>` : ''}
${lines.length > 0 ? html`<table><thead><tr><th>${kt('question', lang)}</th><th>${kt('before', lang)}</th><th>${kt('after', lang)}</th></tr></thead><tbody>${lines}</tbody></table>` : ''}
<form method="post" action="/console/kennis/publiceer">${csrf(ctx)}<input type="hidden" name="concept" value="${draftId}">${question ? html`<input type="hidden" name="vraag" value="${question}">` : ''}
<p><label for="f-message">${kt('message', lang)}</label><input id="f-message" name="toelichting"></p>
${review.isWorse ? html`<p><label><input type="checkbox" name="bevestig" value="ja" required> ${kt('confirm', lang)}</label></p>` : ''}
<p><button class="primary" type="submit">${kt('publish', lang)}</button></p></form></section>`;
}

/** Verschil: what changed between two versions, field by field. */
export function diffPage(ctx: Ctx, from: number, to: number, changes: ReadonlyArray<{ path: string; before: unknown; after: unknown }>): SafeHtml {
  const { lang } = ctx;
  const show = (v: unknown) => (v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v));
  const rows = changes.map((c) => html`<tr><th scope="row">${c.path}</th><td><del>${show(c.before)}</del></td><td><ins>${show(c.after)}</ins></td></tr>`);
  const table = changes.length === 0 ? html`<p>${kt('none', lang)}</p>` : html`<table><tbody>${rows}</tbody></table>`;
  return page(
    ctx.frame,
    kt('diff', lang),
    html`<h1>${kt('version', lang)} ${from} → ${to}</h1>${table}<p><a href="/console/kennis">${kt('history', lang)}</a></p>`,
  );
}

/**
 * From the field to the knowledge: an unanswered question, one click from being an example of
 * the item the search finds closest (for those who may edit); publishing it takes the question
 * off the unanswered lists.
 */
export function asExample(deps: ConsoleDeps, ctx: Ctx, question: string): SafeHtml | string {
  if (ctx.signed.access.kind !== 'all') return '';
  const id = deps.bot.engine.explain(question).candidates[0]?.id;
  if (!id) return '';
  const item = deps.kb.byId(id);
  return html` · <a href="/console/kennis/item?id=${id}&amp;voorbeeld=${encodeURIComponent(question)}">${kt('asExample', ctx.lang, { item: item?.title[ctx.lang] ?? id })}</a>`;
}

/** A validation error's field on the form, when it is one of the item's: `items[3].answer.nl` → `answer_nl`. */
export function fieldErrors(errors: readonly SourceError[], index: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of errors) {
    const field = FIELDS.find(([, path]) => e.path === `items[${index}].${path}` || e.path.startsWith(`items[${index}].${path}[`));
    out[field ? field[0] : 'answer_nl'] = field ? e.message : `${e.path}: ${e.message}`;
  }
  return out;
}
