import type { ServerResponse } from 'node:http';
import type { KnowledgeEditor } from '../../../core/knowledge/editor.js';
import type { KnowledgeSource } from '../../../core/knowledge/source.js';
import type { HttpRoute } from '../../../runtime/http/http-server.js';
import { detectLang } from '../../../core/lang.js';
import { roleOf } from '../api-http.js';
import type { ConsoleDeps, Ctx } from '../deps.js';
import type { SafeHtml } from '../html.js';
import { query, redirect, sendHtml } from '../http.js';
import { diffPage, fieldErrors, forbidden, itemPage, itemValues, kt, knowledgePage, reviewPanel } from './knowledge.js';

export type SignedIn = (deps: ConsoleDeps, kind: 'page' | 'api', run: (ctx: Ctx, body: URLSearchParams | undefined) => Promise<void>) => HttpRoute['handle'];
export type Result = SafeHtml | { status: number; body: SafeHtml };

const show = (res: ServerResponse, result: Result) => ('status' in result ? sendHtml(res, result.status, result.body) : sendHtml(res, 200, result));
const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

/** The published knowledge with one item's fields as the form sent them. */
function edited(source: KnowledgeSource, id: string, body: URLSearchParams): { source: KnowledgeSource; index: number } {
  const next = structuredClone(source);
  const index = next.items.findIndex((i) => i.id === id);
  const item = next.items[index];
  if (item) {
    item.title = { nl: body.get('title_nl') ?? '', en: body.get('title_en') ?? '' };
    item.answer = { nl: body.get('answer_nl') ?? '', en: body.get('answer_en') ?? '' };
    item.examples = { nl: lines(body.get('examples_nl') ?? ''), en: lines(body.get('examples_en') ?? '') };
    item.source = { nl: body.get('source_nl') ?? '', en: body.get('source_en') ?? '' };
  }
  return { source: next, index };
}

/**
 * Reviewing an edit again replaces the draft the form saved before (its id comes back as
 * `vorige`), so trying a wording three times leaves one draft, not three.
 */
export async function replaced(editor: KnowledgeEditor, body: URLSearchParams, saved: string): Promise<void> {
  const previous = body.get('vorige');
  if (previous && previous !== saved) await editor.deleteDraft(previous);
}

export type EditingRun = (ctx: Ctx, body: URLSearchParams, role: string) => Promise<Result | undefined>;

/** A knowledge page: only for those who may edit (403 for anyone else), with the role the history keeps. */
export function editingRoute(deps: ConsoleDeps, signedIn: SignedIn, method: 'GET' | 'POST', path: string, run: EditingRun): HttpRoute {
  return {
    method,
    path,
    handle: signedIn(deps, 'page', async (ctx, body) => {
      const { access } = ctx.signed;
      if (access.kind !== 'all') return show(ctx.res, forbidden(ctx));
      const result = await run(ctx, body ?? new URLSearchParams(), roleOf(deps, access.why));
      if (result) show(ctx.res, result);
    }),
  };
}

/** Kennis: edit an item, review, publish; history with diffs and rollback. Only for those who may edit. */
export function knowledgeRoutes(deps: ConsoleDeps, signedIn: SignedIn): HttpRoute[] {
  const { editor } = deps.editing;
  const editing = (method: 'GET' | 'POST', path: string, run: EditingRun) => editingRoute(deps, signedIn, method, path, run);
  const done = async (ctx: Ctx, flash: string) => {
    await deps.auth.setFlash(ctx.signed.session, flash);
    redirect(ctx.res, '/console/kennis');
  };
  const unknown = (ctx: Ctx) => ({ status: 404, body: itemPage(ctx, '?', {}, { answer_nl: kt('unknown', ctx.lang) }) });
  return [
    editing('GET', '/console/kennis', (ctx) => knowledgePage(deps, ctx)),
    editing('GET', '/console/kennis/item', async (ctx) => {
      const id = query(ctx.req).get('id') ?? '';
      const values = itemValues((await editor.published()).source, id);
      if (!values) return unknown(ctx);
      // From the field: the unanswered question added as an example, in its own language.
      const question = (query(ctx.req).get('voorbeeld') ?? '').trim().slice(0, 500);
      if (question) {
        const field = detectLang(question, 'nl') === 'en' ? 'examples_en' : 'examples_nl';
        values[field] = [values[field], question].filter((v) => v).join('\n');
      }
      return itemPage(ctx, id, values, {}, '', question);
    }),
    editing('POST', '/console/kennis/item', async (ctx, body, role) => {
      const id = body.get('id') ?? '';
      const { source, index } = edited((await editor.published()).source, id, body);
      if (index < 0) return unknown(ctx);
      const values = Object.fromEntries([...body.entries()]);
      const saved = await editor.saveDraft(source, { role }, '');
      const question = body.get('vraag') ?? '';
      if (saved.kind === 'invalid') return { status: 422, body: itemPage(ctx, id, values, fieldErrors(saved.errors, index), '', question) };
      await replaced(editor, body, saved.draft.id);
      const { review, changes } = await editor.review(saved.draft.source);
      return itemPage(ctx, id, { ...values, vorige: saved.draft.id }, {}, reviewPanel(ctx, saved.draft.id, review, changes, question), question);
    }),
    editing('POST', '/console/kennis/publiceer', async (ctx, body, role) => {
      const draft = await editor.draft(body.get('concept') ?? '');
      if (!draft) return unknown(ctx);
      const message = (body.get('toelichting') ?? '').slice(0, 500);
      const result = await editor.publish(draft.source, { role }, message, { confirm: body.get('bevestig') === 'ja' });
      if (result.kind === 'invalid') return unknown(ctx);
      if (result.kind === 'needs-confirmation') {
        const { changes } = await editor.review(draft.source);
        return { status: 409, body: itemPage(ctx, kt('review', ctx.lang), {}, {}, reviewPanel(ctx, draft.id, result.review, changes)) };
      }
      await deps.editing.published();
      await editor.deleteDraft(draft.id); // published: no longer a draft
      const question = body.get('vraag');
      if (question) await deps.store.forgetUnanswered(question);
      await deps.store.audit({
        at: deps.clock.now(),
        actor: ctx.signed.session.user,
        action: 'knowledge-published',
        target: String(result.version.number),
        detail: undefined,
      });
      await done(ctx, kt('published', ctx.lang, { number: result.version.number }));
      return undefined;
    }),
    editing('GET', '/console/kennis/verschil', async (ctx) => {
      const from = Number(query(ctx.req).get('from'));
      const to = Number(query(ctx.req).get('to'));
      const changes = Number.isInteger(from) && Number.isInteger(to) ? await editor.diff(from, to) : undefined;
      return changes ? diffPage(ctx, from, to, changes) : unknown(ctx);
    }),
    editing('POST', '/console/kennis/terugzetten', async (ctx, body, role) => {
      const to = Number(body.get('versie'));
      const version = Number.isInteger(to) ? await editor.rollback(to, { role }, `rollback to version ${to}`) : undefined;
      if (!version) return unknown(ctx);
      await deps.editing.published();
      await deps.store.audit({
        at: deps.clock.now(),
        actor: ctx.signed.session.user,
        action: 'knowledge-rolled-back',
        target: String(version.number),
        detail: undefined,
      });
      await done(ctx, kt('rolledBack', ctx.lang, { number: version.number, to }));
      return undefined;
    }),
  ];
}
