import type { KnowledgeSource, SourceError } from '../../../core/knowledge/source.js';
import type { Lang } from '../../../core/lang.js';
import type { ConsoleDeps, Ctx } from '../deps.js';
import { html, type SafeHtml } from '../html.js';
import { page } from '../layout.js';
import { kt } from './knowledge.js';

/** Dutch first, English second: a label or hint in both languages. */
export type Both = Readonly<Record<Lang, string>>;

/**
 * One field of a knowledge form: its form name, where its value sits in the knowledge (so that
 * a validation error at that path is shown next to it) and how it is typed.
 */
export interface Field {
  name: string;
  label: Both;
  value: string;
  /** The path in the edited knowledge, e.g. `tips.tips[3].text.nl`; errors at or under it land here. */
  path: string;
  kind?: 'text' | 'area' | 'select' | 'check';
  options?: ReadonlyArray<{ value: string; label: string }>;
  hint?: Both;
}

/** A refused value in a form of the notes, shown next to its field. */
export interface NoteProblem {
  field: string;
  value: string;
  message: string;
}

/** A group of fields: one tip, one word list. */
export interface Group {
  legend?: string;
  fields: readonly Field[];
}

/** Lines of a text area as a list: trimmed, empty lines dropped. */
export const lines = (text: string | null) =>
  (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

/** A text field that is optional in the knowledge: empty is "not set". */
export const optional = (text: string | null) => {
  const value = (text ?? '').trim();
  return value === '' ? undefined : value;
};

/** Each problem next to its field (the deepest field whose path holds it); the rest listed above the form. */
export function placeErrors(groups: readonly Group[], errors: readonly SourceError[]): { byField: Record<string, string>; general: string[] } {
  const inOrder = groups.flatMap((g) => g.fields);
  const deepest = [...inOrder].sort((a, b) => b.path.length - a.path.length);
  const under = (path: string, parent: string) => path === parent || path.startsWith(`${parent}[`) || path.startsWith(`${parent}.`);
  const byField: Record<string, string> = {};
  const general: string[] = [];
  for (const e of errors) {
    // The field the error is in; else, for an error about a whole list, its first field.
    const field = deepest.find((f) => under(e.path, f.path)) ?? inOrder.find((f) => under(f.path, e.path));
    if (!field) general.push(`${e.path}: ${e.message}`);
    else byField[field.name] = byField[field.name] ? `${byField[field.name]}; ${e.message}` : e.message;
  }
  return { byField, general };
}

function input(field: Field, error: string | undefined, lang: Lang): SafeHtml {
  const id = `f-${field.name}`;
  const described = [error ? `e-${field.name}` : '', field.hint ? `h-${field.name}` : ''].filter((d) => d).join(' ');
  const aria = html`${error ? html` aria-invalid="true"` : ''}${described ? html` aria-describedby="${described}"` : ''}`;
  const hint = field.hint ? html`<span class="muted" id="h-${field.name}">${field.hint[lang]}</span>` : '';
  const message = error ? html`<span class="field-error" id="e-${field.name}">${error}</span>` : '';
  if (field.kind === 'check') {
    return html`<p><label class="check"><input type="checkbox" id="${id}" name="${field.name}" value="ja"${field.value === 'ja' ? ' checked' : ''}${aria}> ${field.label[lang]}</label>${hint}${message}</p>`;
  }
  const control =
    field.kind === 'area'
      ? html`<textarea id="${id}" name="${field.name}" rows="${Math.min(12, Math.max(3, field.value.split('\n').length + 1))}"${aria}>${field.value}</textarea>`
      : field.kind === 'select'
        ? html`<select id="${id}" name="${field.name}"${aria}>${(field.options ?? []).map(
            (o) => html`<option value="${o.value}"${o.value === field.value ? ' selected' : ''}>${o.label}</option>`,
          )}</select>`
        : html`<input id="${id}" name="${field.name}" value="${field.value}"${aria}>`;
  return html`<p><label for="${id}">${field.label[lang]}</label>${control}${hint}${message}</p>`;
}

export interface FormPage {
  title: string;
  intro?: string;
  action: string;
  hidden: Readonly<Record<string, string>>;
  groups: readonly Group[];
  errors?: readonly SourceError[];
  /** The review panel of a saved draft, or more of the page. */
  extra?: SafeHtml | string;
}

/** A knowledge form in the console's pattern: labels, each error next to its field, nothing saved when anything is wrong. */
export function formPage(ctx: Ctx, form: FormPage): SafeHtml {
  const { lang } = ctx;
  const { byField, general } = placeErrors(form.groups, form.errors ?? []);
  const invalid = (form.errors ?? []).length > 0;
  const problems = invalid
    ? html`<div class="flash" role="alert"><p>${kt('invalid', lang)}</p>${general.length > 0 ? html`<ul>${general.map((g) => html`<li>${g}</li>`)}</ul>` : ''}</div>`
    : '';
  const hidden = Object.entries(form.hidden).map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`);
  const groups = form.groups.map((g) => {
    const fields = g.fields.map((f) => input(f, byField[f.name], lang));
    return g.legend ? html`<fieldset><legend>${g.legend}</legend>${fields}</fieldset>` : html`${fields}`;
  });
  const body = html`<h1>${form.title}</h1>${form.intro ? html`<p>${form.intro}</p>` : ''}${problems}
<form method="post" action="${form.action}" class="panel"><input type="hidden" name="csrf" value="${ctx.signed.session.csrf}">${hidden}
${groups}<p><button class="primary" type="submit">${kt('review', lang)}</button></p></form>${form.extra ?? ''}
<p><a href="/console/kennis">${kt('title', lang)}</a></p>`;
  return page(ctx.frame, form.title, body, ctx.flash);
}

/**
 * One kind of knowledge the console edits besides items (tips, a department, a word list, the
 * allow-lists): its form's fields from the knowledge, and the knowledge with the form applied.
 */
export interface EditKind {
  /** The page's path, e.g. `/console/kennis/tips`. */
  path: string;
  /** The query parameter naming which one (a department's id, a word list's code), if any. */
  param?: string;
  /** The page's title, or undefined when `id` names nothing. */
  title(source: KnowledgeSource, id: string, lang: Lang): string | undefined;
  intro?: Both;
  /** The fields as they are in `source`, or as `body` sent them after `apply`. */
  groups(source: KnowledgeSource, id: string, lang: Lang, body?: URLSearchParams): Group[];
  /** `source` with the form applied; problems that are no schema's (a word where a number goes) come back as errors. */
  apply(source: KnowledgeSource, id: string, body: URLSearchParams): { source: KnowledgeSource; errors: SourceError[] };
  /** More of the page below the form, read live (a department's bound channels); `problem` is a field error of its own forms. */
  notes?(deps: ConsoleDeps, ctx: Ctx, id: string, problem?: NoteProblem): Promise<SafeHtml | string>;
}
