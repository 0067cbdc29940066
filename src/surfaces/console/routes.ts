import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Lang } from '../../core/lang.js';
import { preloadCharts } from '../../runtime/charts/render-chart.js';
import type { HttpRoute } from '../../runtime/http/http-server.js';
import type { Signed } from './auth.js';
import type { ConsoleDeps, Ctx } from './deps.js';
import { html, type SafeHtml } from './html.js';
import { form, query, redirect, sendHtml, sendText } from './http.js';
import { page } from './layout.js';
import { boardFilter, boardPage } from './pages/board.js';
import { act, detailPage } from './pages/detail.js';
import { insightsCsv, insightsPage } from './pages/insights.js';
import { knowledgeEditRoutes } from './pages/knowledge-edit-routes.js';
import { knowledgeRoutes } from './pages/knowledge-routes.js';
import { overviewPage } from './pages/overview.js';
import { playgroundPage } from './pages/playground.js';
import { continuePage, signInPage } from './pages/sign-in.js';
import { tx } from './texts.js';

type Result = SafeHtml | { status: number; body: SafeHtml };
type Kind = 'page' | 'api';

const langOf = (value: string | null, fallback: Lang): Lang => (value === 'en' || value === 'nl' ? value : fallback);
const path = (req: IncomingMessage) => (req.url ?? '/').split('?')[0] ?? '/';

/**
 * Every console route but sign-in and assets goes through here: no session → a page gets 303
 * to the sign-in page (no data), an API call 401; a POST without the session's CSRF token → 403.
 */
function signedIn(deps: ConsoleDeps, kind: Kind, run: (ctx: Ctx, body: URLSearchParams | undefined) => Promise<void>): HttpRoute['handle'] {
  return async (req, res) => {
    const current = await deps.auth.current(req);
    if (current === 'none' || current === 'revoked') {
      if (kind === 'api') return sendText(res, 401, 'application/json; charset=utf-8', JSON.stringify({ error: 'sign in first: type "beheer" to the bot' }));
      return redirect(res, current === 'revoked' ? '/console/aanmelden?waarom=verlopen' : '/console/aanmelden');
    }
    preloadCharts();
    const lang = current.session.lang;
    let body: URLSearchParams | undefined;
    if (req.method === 'POST') {
      body = await form(req);
      if (!deps.auth.csrfOk(current.session, body.get('csrf'))) {
        deps.logger.warn({ event: 'console.csrf-refused', path: path(req) });
        return sendHtml(res, 403, page({ lang, path: path(req), kb: deps.kb }, '403', html`<h1>403</h1><p>${tx('csrf.refused', lang)}</p>`));
      }
    }
    const flash = current.session.flash;
    if (flash && req.method === 'GET' && kind === 'page') await deps.auth.setFlash(current.session, null);
    await run(context(deps, req, res, current, lang, flash), body);
  };
}

function context(deps: ConsoleDeps, req: IncomingMessage, res: ServerResponse, signed: Signed, lang: Lang, flash: string | undefined): Ctx {
  return { req, res, signed, lang, flash, frame: { lang, path: path(req), signed, kb: deps.kb } };
}

const show = (res: ServerResponse, result: Result) => ('status' in result ? sendHtml(res, result.status, result.body) : sendHtml(res, 200, result));

/** The console's routes under /console, for the bot's one HTTP server. */
export function consoleRoutes(deps: ConsoleDeps): HttpRoute[] {
  const pageRoute = (p: string, render: (ctx: Ctx) => Promise<Result>): HttpRoute => ({
    method: 'GET',
    path: p,
    handle: signedIn(deps, 'page', async (ctx) => show(ctx.res, await render(ctx))),
  });
  const audit = (ctx: Ctx, action: string, target?: string) =>
    deps.store.audit({ at: deps.clock.now(), actor: ctx.signed.session.user, action, target, detail: undefined });
  return [
    ...knowledgeRoutes(deps, signedIn),
    ...knowledgeEditRoutes(deps, signedIn),
    pageRoute('/console', (ctx) => overviewPage(deps, ctx)),
    pageRoute('/console/', (ctx) => overviewPage(deps, ctx)),
    pageRoute('/console/escalaties', (ctx) => boardPage(deps, ctx)),
    pageRoute('/console/escalatie', (ctx) => detailPage(deps, ctx)),
    pageRoute('/console/inzichten', (ctx) => insightsPage(deps, ctx)),
    pageRoute('/console/speeltuin', (ctx) => playgroundPage(deps, ctx, undefined)),
    {
      method: 'GET',
      path: '/console/aanmelden',
      handle: (req, res) => {
        const why = query(req).get('waarom');
        sendHtml(
          res,
          200,
          signInPage(deps.kb, langOf(query(req).get('lang'), deps.defaultLang), why === 'uit' ? 'signed-out' : why === 'verlopen' ? 'expired' : 'none'),
        );
      },
    },
    {
      method: 'GET',
      path: '/console/login',
      handle: async (req, res) => {
        const token = query(req).get('token') ?? '';
        const valid = await deps.auth.linkIsValid(token);
        sendHtml(res, valid ? 200 : 403, continuePage(deps.kb, langOf(query(req).get('lang'), deps.defaultLang), token, valid));
      },
    },
    {
      method: 'POST',
      path: '/console/login',
      handle: async (req, res) => {
        const body = await form(req);
        const lang = langOf(body.get('lang'), deps.defaultLang);
        const signed = await deps.auth.signIn(body.get('token') ?? '', lang);
        if (!signed) return sendHtml(res, 403, continuePage(deps.kb, lang, '', false));
        await deps.store.audit({ at: deps.clock.now(), actor: signed.user, action: 'signed-in', target: undefined, detail: undefined });
        deps.logger.info({ event: 'console.signed-in', platform: signed.user.platform });
        redirect(res, '/console/', { 'set-cookie': signed.cookie });
      },
    },
    {
      method: 'POST',
      path: '/console/logout',
      handle: signedIn(deps, 'page', async (ctx) => {
        await audit(ctx, 'signed-out');
        redirect(ctx.res, '/console/aanmelden?waarom=uit', { 'set-cookie': await deps.auth.signOut(ctx.signed.session) });
      }),
    },
    {
      method: 'POST',
      path: '/console/taal',
      handle: signedIn(deps, 'page', async (ctx, body) => {
        await deps.auth.setFlash(ctx.signed.session, null, langOf(body?.get('lang') ?? null, ctx.lang));
        const back = body?.get('terug') ?? '';
        redirect(ctx.res, /^\/console(\/[a-z]*)?$/.test(back) ? back : '/console/');
      }),
    },
    {
      method: 'POST',
      path: '/console/escalatie',
      handle: signedIn(deps, 'page', async (ctx, body) => {
        const done = await act(deps, ctx, body ?? new URLSearchParams());
        await deps.auth.setFlash(ctx.signed.session, done.flash);
        redirect(ctx.res, done.location);
      }),
    },
    {
      method: 'POST',
      path: '/console/speeltuin',
      handle: signedIn(deps, 'page', async (ctx, body) => show(ctx.res, await playgroundPage(deps, ctx, body?.get('tekst') ?? ''))),
    },
    {
      method: 'GET',
      path: '/console/inzichten.csv',
      handle: signedIn(deps, 'api', async (ctx) => {
        const file = await insightsCsv(deps, ctx);
        if (!file) return sendText(ctx.res, 404, 'application/json', JSON.stringify({ error: 'unknown chart' }));
        await audit(ctx, 'csv-downloaded', file.filename);
        sendText(ctx.res, 200, 'text/csv; charset=utf-8', `\uFEFF${file.csv}`, { 'content-disposition': `attachment; filename="${file.filename}"` });
      }),
    },
    {
      method: 'GET',
      path: '/console/api/escalaties',
      handle: signedIn(deps, 'api', async (ctx) => {
        const rows = await deps.store.board(boardFilter(deps, ctx));
        const out = rows.map((e) => ({
          id: e.id,
          status: e.status,
          department: e.department,
          category: e.category,
          urgency: e.urgency,
          createdAt: e.createdAt.toISOString(),
        }));
        sendText(ctx.res, 200, 'application/json; charset=utf-8', JSON.stringify({ escalations: out }));
      }),
    },
  ];
}
