import type { KnowledgeSource, SourceError } from '../../../core/knowledge/source.js';
import { toPlainText } from '../../../core/reply-model.js';
import type { HttpRoute } from '../../../runtime/http/http-server.js';
import type { ConsoleDeps, Ctx } from '../deps.js';
import { html, type SafeHtml } from '../html.js';
import { query, redirect } from '../http.js';
import { draftRoutes } from './knowledge-drafts.js';
import { departmentKind } from './knowledge-departments.js';
import { formPage, type EditKind, type NoteProblem } from './knowledge-form.js';
import { editingRoute, replaced, type Result, type SignedIn } from './knowledge-routes.js';
import { tipsKind } from './knowledge-tips.js';
import { lexiconKind, organisationKind } from './knowledge-wordlists.js';
import { itemPage, kt, reviewPanel } from './knowledge.js';

/** What the console edits besides items, each a plain form that saves a draft to review and publish. */
export const EDIT_KINDS: readonly EditKind[] = [tipsKind, departmentKind, lexiconKind, organisationKind];

/** A kind's page: its form with the errors by their fields, then the extra (a review) and the kind's notes. */
async function renderKind(
  deps: ConsoleDeps,
  ctx: Ctx,
  kind: EditKind,
  page: {
    source: KnowledgeSource;
    id: string;
    errors: readonly SourceError[];
    extra?: SafeHtml | string;
    problem?: NoteProblem;
    previous?: string | undefined;
  },
): Promise<SafeHtml> {
  const { source, id, errors } = page;
  const title = kind.title(source, id, ctx.lang) as string;
  const notes = kind.notes ? await kind.notes(deps, ctx, id, page.problem) : '';
  const hidden = { ...(kind.param ? { [kind.param]: id } : {}), ...(page.previous ? { vorige: page.previous } : {}) };
  const groups = kind.groups(source, id, ctx.lang);
  return formPage(ctx, { title, intro: kind.intro?.[ctx.lang], action: kind.path, hidden, groups, errors, extra: html`${page.extra ?? ''}${notes}` });
}

const notFound = (ctx: Ctx): Result => ({ status: 404, body: itemPage(ctx, '?', {}, { answer_nl: kt('unknown', ctx.lang) }) });

/**
 * GET shows the form with the published values; POST applies it to the published knowledge,
 * validates the whole as the YAML is and saves a draft, or shows every error next to its field
 * and saves nothing (422). A saved draft comes back with its review and the publish form.
 */
function kindRoutes(deps: ConsoleDeps, signedIn: SignedIn, kind: EditKind): HttpRoute[] {
  const { editor } = deps.editing;
  const render = (ctx: Ctx, source: KnowledgeSource, id: string, errors: readonly SourceError[], extra: SafeHtml | string = '', previous?: string | null) =>
    renderKind(deps, ctx, kind, { source, id, errors, extra, previous: previous ?? undefined });
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
      const previous = body.get('vorige');
      if (applied.errors.length > 0) return { status: 422, body: await render(ctx, applied.source, id, applied.errors, '', previous) };
      const saved = await editor.saveDraft(applied.source, { role }, '');
      if (saved.kind === 'invalid') return { status: 422, body: await render(ctx, applied.source, id, saved.errors, '', previous) };
      await replaced(editor, body, saved.draft.id);
      const { review, changes } = await editor.review(saved.draft.source);
      return render(ctx, saved.draft.source, id, [], reviewPanel(ctx, saved.draft.id, review, changes), saved.draft.id);
    }),
  ];
}

/** Tips, departments, word lists, allow-lists and the drafts: the console's knowledge beyond the items. */
export function knowledgeEditRoutes(deps: ConsoleDeps, signedIn: SignedIn): HttpRoute[] {
  return [...EDIT_KINDS.flatMap((kind) => kindRoutes(deps, signedIn, kind)), ...channelRoutes(deps, signedIn), ...draftRoutes(deps, signedIn)];
}

/** A channel id as the platforms write them (C0123ABCDEF, 19:…@thread.tacv2); anything else is refused before the platform is asked. */
const CHANNEL_ID = /^[A-Za-z0-9][A-Za-z0-9:@._-]{2,199}$/;
const CHANNEL_REFUSED = {
  nl: 'Dat is geen kanaal-ID: in Slack zoiets als C0123ABCDEF (kanaalgegevens, onderaan), in Teams 19:…@thread.tacv2 (Koppeling naar kanaal ophalen).',
  en: "That is no channel id: in Slack something like C0123ABCDEF (the channel's details, at the bottom), in Teams 19:…@thread.tacv2 (Get link to channel).",
};

/**
 * A department's channels bound and unbound from its page, through the same escalation service
 * as "afdeling koppel" (the platform is asked whether it is a real channel with the bot in it);
 * live state, not knowledge, so no version. The answer is the chat's, as a flash.
 */
function channelRoutes(deps: ConsoleDeps, signedIn: SignedIn): HttpRoute[] {
  const back = async (ctx: Ctx, id: string, flash: string, action: string) => {
    await deps.store.audit({ at: deps.clock.now(), actor: ctx.signed.session.user, action, target: id, detail: undefined });
    await deps.auth.setFlash(ctx.signed.session, flash);
    redirect(ctx.res, `/console/kennis/afdeling?id=${encodeURIComponent(id)}`);
    return undefined;
  };
  const platformOf = (body: URLSearchParams) => (body.get('platform') === 'teams' ? 'teams' : 'slack');
  return [
    editingRoute(deps, signedIn, 'POST', '/console/kennis/afdeling/koppel', async (ctx, body) => {
      const id = body.get('id') ?? '';
      const { source } = await deps.editing.editor.published();
      if (departmentKind.title(source, id, ctx.lang) === undefined) return notFound(ctx);
      const channel = (body.get('kanaal') ?? '').trim();
      if (!CHANNEL_ID.test(channel)) {
        const problem = { field: 'kanaal', value: channel.slice(0, 200), message: CHANNEL_REFUSED[ctx.lang] };
        return { status: 422, body: await renderKind(deps, ctx, departmentKind, { source, id, errors: [], problem }) };
      }
      const reply = await deps.escalations.bind(id, platformOf(body), channel, ctx.lang);
      return back(ctx, id, `${channel}: ${toPlainText(reply)}`, 'channel-bound');
    }),
    editingRoute(deps, signedIn, 'POST', '/console/kennis/afdeling/ontkoppel', async (ctx, body) => {
      const id = body.get('id') ?? '';
      const channel = (body.get('kanaal') ?? '').trim();
      const reply = await deps.escalations.unbind(platformOf(body), channel, ctx.lang);
      return back(ctx, id, `${channel}: ${toPlainText(reply)}`, 'channel-unbound');
    }),
  ];
}
