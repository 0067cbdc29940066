import type { KnowledgeSource, SourceError } from '../../../core/knowledge/source.js';
import type { HttpRoute } from '../../../runtime/http/http-server.js';
import type { ConsoleDeps, Ctx } from '../deps.js';
import { html, type SafeHtml } from '../html.js';
import { query } from '../http.js';
import { draftRoutes } from './knowledge-drafts.js';
import { departmentKind } from './knowledge-departments.js';
import { formPage, type EditKind } from './knowledge-form.js';
import { editingRoute, type Result, type SignedIn } from './knowledge-routes.js';
import { tipsKind } from './knowledge-tips.js';
import { lexiconKind, organisationKind } from './knowledge-wordlists.js';
import { itemPage, kt, reviewPanel } from './knowledge.js';

/** What the console edits besides items, each a plain form that saves a draft to review and publish. */
export const EDIT_KINDS: readonly EditKind[] = [tipsKind, departmentKind, lexiconKind, organisationKind];

const notFound = (ctx: Ctx): Result => ({ status: 404, body: itemPage(ctx, '?', {}, { answer_nl: kt('unknown', ctx.lang) }) });

/**
 * GET shows the form with the published values; POST applies it to the published knowledge,
 * validates the whole as the YAML is and saves a draft, or shows every error next to its field
 * and saves nothing (422). A saved draft comes back with its review and the publish form.
 */
function kindRoutes(deps: ConsoleDeps, signedIn: SignedIn, kind: EditKind): HttpRoute[] {
  const { editor } = deps.editing;
  const render = async (ctx: Ctx, source: KnowledgeSource, id: string, errors: readonly SourceError[], extra: SafeHtml | string = '') => {
    const title = kind.title(source, id, ctx.lang) as string;
    const notes = kind.notes ? await kind.notes(deps, id, ctx.lang) : '';
    const hidden = kind.param ? { [kind.param]: id } : {};
    const groups = kind.groups(source, id, ctx.lang);
    return formPage(ctx, { title, intro: kind.intro?.[ctx.lang], action: kind.path, hidden, groups, errors, extra: html`${extra}${notes}` });
  };
  return [
    editingRoute(deps, signedIn, 'GET', kind.path, async (ctx) => {
      const id = kind.param ? (query(ctx.req).get(kind.param) ?? '') : '';
      const { source } = await editor.published();
      if (kind.title(source, id, ctx.lang) === undefined) return notFound(ctx);
      return render(ctx, source, id, []);
    }),
    editingRoute(deps, signedIn, 'POST', kind.path, async (ctx, body, role) => {
      const id = kind.param ? (body.get(kind.param) ?? '') : '';
      const published = (await editor.published()).source;
      if (kind.title(published, id, ctx.lang) === undefined) return notFound(ctx);
      const applied = kind.apply(published, id, body);
      if (applied.errors.length > 0) return { status: 422, body: await render(ctx, applied.source, id, applied.errors) };
      const saved = await editor.saveDraft(applied.source, { role }, '');
      if (saved.kind === 'invalid') return { status: 422, body: await render(ctx, applied.source, id, saved.errors) };
      const { review, changes } = await editor.review(saved.draft.source);
      return render(ctx, saved.draft.source, id, [], reviewPanel(ctx, saved.draft.id, review, changes));
    }),
  ];
}

/** Tips, departments, word lists, allow-lists and the drafts: the console's knowledge beyond the items. */
export function knowledgeEditRoutes(deps: ConsoleDeps, signedIn: SignedIn): HttpRoute[] {
  return [...EDIT_KINDS.flatMap((kind) => kindRoutes(deps, signedIn, kind)), ...draftRoutes(deps, signedIn)];
}
