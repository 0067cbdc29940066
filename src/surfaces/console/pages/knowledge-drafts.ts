import type { DraftInfo } from '../../../core/knowledge/versions.js';
import type { HttpRoute } from '../../../runtime/http/http-server.js';
import type { ConsoleDeps, Ctx } from '../deps.js';
import { html, type SafeHtml } from '../html.js';
import { query, redirect } from '../http.js';
import { page } from '../layout.js';
import { editingRoute, type SignedIn } from './knowledge-routes.js';
import { itemPage, kt, reviewPanel } from './knowledge.js';

const T = {
  nl: {
    title: 'Concepten',
    intro:
      'Elke keer dat je het effect van een bewerking bekijkt, wordt een concept bewaard. Publiceer het, of verwijder het als je het niet meer nodig hebt. Een gepubliceerd concept verdwijnt vanzelf.',
    none: 'Er zijn geen concepten.',
    at: 'Bewaard',
    author: 'Door',
    base: 'Op versie',
    open: 'Bekijken en publiceren',
    delete: 'Verwijderen',
    deleted: 'Het concept is verwijderd.',
    draft: 'Concept van {at}',
    stale: 'Let op: dit concept is gemaakt op versie {base}; sindsdien is versie {now} gepubliceerd. Publiceren vervangt de hele kennis door dit concept.',
  },
  en: {
    title: 'Drafts',
    intro:
      'Each time you look at the effect of an edit, a draft is kept. Publish it, or delete it when you no longer need it. A published draft goes by itself.',
    none: 'There are no drafts.',
    at: 'Saved',
    author: 'By',
    base: 'On version',
    open: 'Review and publish',
    delete: 'Delete',
    deleted: 'The draft was deleted.',
    draft: 'Draft of {at}',
    stale: 'Note: this draft was made on version {base}; version {now} has been published since. Publishing replaces the whole knowledge with this draft.',
  },
} as const;
type Key = keyof (typeof T)['nl'];
const dt = (key: Key, ctx: Ctx, values: Record<string, string | number> = {}) =>
  T[ctx.lang][key].replace(/\{(\w+)\}/g, (w, k: string) => (k in values ? String(values[k]) : w));

const when = (at: Date, ctx: Ctx, deps: ConsoleDeps) =>
  at.toLocaleString(ctx.lang === 'nl' ? 'nl-NL' : 'en-GB', { timeZone: deps.timeZone, dateStyle: 'medium', timeStyle: 'short' });

/** Concepten: every saved draft, newest first, to open (review, publish) or delete. */
export function draftsPage(deps: ConsoleDeps, ctx: Ctx, drafts: readonly DraftInfo[]): SafeHtml {
  const rows = drafts.map(
    (d) => html`<tr><td>${when(d.at, ctx, deps)}</td><td>${d.author}</td><td>${d.base}</td>
<td><a href="/console/kennis/concept?id=${d.id}">${dt('open', ctx)}</a></td>
<td><form method="post" action="/console/kennis/concept/verwijderen"><input type="hidden" name="csrf" value="${ctx.signed.session.csrf}"><input type="hidden" name="id" value="${d.id}"><button type="submit" aria-label="${dt('delete', ctx)}: ${when(d.at, ctx, deps)}">${dt('delete', ctx)}</button></form></td></tr>`,
  );
  const table =
    rows.length === 0
      ? html`<p>${dt('none', ctx)}</p>`
      : html`<table><thead><tr><th>${dt('at', ctx)}</th><th>${dt('author', ctx)}</th><th>${dt('base', ctx)}</th><th></th><th></th></tr></thead><tbody>${rows}</tbody></table>`;
  const body = html`<h1>${dt('title', ctx)}</h1><p>${dt('intro', ctx)}</p>${table}<p><a href="/console/kennis">${kt('title', ctx.lang)}</a></p>`;
  return page(ctx.frame, dt('title', ctx), body, ctx.flash);
}

/** The drafts list, one draft's review with its publish form, and delete. */
export function draftRoutes(deps: ConsoleDeps, signedIn: SignedIn): HttpRoute[] {
  const { editor } = deps.editing;
  const unknown = (ctx: Ctx) => ({ status: 404, body: itemPage(ctx, '?', {}, { answer_nl: kt('unknown', ctx.lang) }) });
  return [
    editingRoute(deps, signedIn, 'GET', '/console/kennis/concepten', async (ctx) => draftsPage(deps, ctx, await editor.drafts())),
    editingRoute(deps, signedIn, 'GET', '/console/kennis/concept', async (ctx) => {
      const draft = await editor.draft(query(ctx.req).get('id') ?? '');
      if (!draft) return unknown(ctx);
      const { review, changes, base } = await editor.review(draft.source);
      const title = dt('draft', ctx, { at: when(draft.at, ctx, deps) });
      const stale = base !== draft.base ? html`<p class="flash" role="status">${dt('stale', ctx, { base: draft.base, now: base })}</p>` : '';
      const body = html`<h1>${title}</h1>${stale}${reviewPanel(ctx, draft.id, review, changes)}<p><a href="/console/kennis/concepten">${dt('title', ctx)}</a></p>`;
      return page(ctx.frame, title, body, ctx.flash);
    }),
    editingRoute(deps, signedIn, 'POST', '/console/kennis/concept/verwijderen', async (ctx, body) => {
      if (!(await editor.deleteDraft(body.get('id') ?? ''))) return unknown(ctx);
      await deps.auth.setFlash(ctx.signed.session, dt('deleted', ctx));
      redirect(ctx.res, '/console/kennis/concepten');
      return undefined;
    }),
  ];
}
