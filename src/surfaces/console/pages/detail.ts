import { canSee } from '../../../core/console/access.js';
import { maskPersonalData } from '../../../core/check/mask.js';
import { ESCALATION_ACTIONS, type Escalation, type EscalationAction } from '../../../core/escalate/model.js';
import { t } from '../../../core/messages.js';
import type { Reply } from '../../../core/reply-model.js';
import { toPlainText } from '../../../core/reply-model.js';
import type { ConsoleDeps, Ctx } from '../deps.js';
import { category, department, moment, statusBadge, urgency } from '../format.js';
import { html, type SafeHtml } from '../html.js';
import { query } from '../http.js';
import { page } from '../layout.js';
import { tx } from '../texts.js';

/** The actions that fit a state, in the order the card shows them. */
const NEXT: Record<Escalation['status'], EscalationAction[]> = { open: ['claim', 'resolve'], claimed: ['resolve', 'unclaim'], resolved: ['reopen'] };
const BUTTON: Record<EscalationAction, string> = {
  claim: 'esc.button.claim',
  unclaim: 'esc.button.unclaim',
  resolve: 'esc.button.resolve',
  reopen: 'esc.button.reopen',
};

/** The escalation when it exists and the person may see its department; otherwise undefined (no difference shown). */
export async function visibleEscalation(deps: ConsoleDeps, ctx: Ctx, id: string): Promise<Escalation | undefined> {
  const e = /^E-[A-Z0-9]{3,10}$/i.test(id) ? await deps.escalations.get(id) : undefined;
  return e && canSee(ctx.signed.access, e.department) ? e : undefined;
}

function actionForm(e: Escalation, action: EscalationAction, ctx: Ctx): SafeHtml {
  const { lang, signed } = ctx;
  const label = t(BUTTON[action] as Parameters<typeof t>[0], lang);
  const outcome =
    action === 'resolve'
      ? html`<div><label for="uitkomst">${tx('esc.outcome', lang)}</label><input type="text" id="uitkomst" name="uitkomst" maxlength="500"></div>`
      : '';
  return html`<form method="post" action="/console/escalatie" class="actions"><input type="hidden" name="csrf" value="${signed.session.csrf}"><input type="hidden" name="id" value="${e.id}"><input type="hidden" name="actie" value="${action}">${outcome}<button type="submit">${label}</button></form>`;
}

/** The detail page: every field of the card, the timeline, and the buttons of the next step. */
export async function detailPage(deps: ConsoleDeps, ctx: Ctx) {
  const { lang } = ctx;
  const e = await visibleEscalation(deps, ctx, query(ctx.req).get('id') ?? '');
  if (!e)
    return {
      status: 404,
      body: page(
        ctx.frame,
        tx('esc.title', lang),
        html`<h1>${tx('esc.title', lang)}</h1><p>${tx('esc.unknown', lang)}</p><p><a href="/console/escalaties">${tx('esc.back', lang)}</a></p>`,
        ctx.flash,
      ),
    };
  const history = await deps.escalations.history(e.id);
  const fields: Array<[string, string | SafeHtml]> = [
    [t('esc.field.status', lang), statusBadge(e, lang)],
    [t('esc.field.reporter', lang), e.reporter.name ?? '–'],
    [t('esc.field.when', lang), moment(e.createdAt, lang, deps.timeZone)],
    [tx('esc.col.department', lang), department(deps.kb, e.department, lang)],
    [t('esc.field.category', lang), category(deps.kb, e.category, lang)],
    [t('esc.field.urgency', lang), urgency(e, lang)],
    [
      t('esc.field.link', lang),
      e.link && /^https?:\/\//.test(e.link) ? html`<a href="${e.link}" rel="noopener noreferrer">${e.link}</a>` : (e.link ?? t('esc.no-link', lang)),
    ],
    ...(e.outcome ? [[t('esc.field.outcome', lang), e.outcome] as [string, string]] : []),
  ];
  const body = html`<p><a href="/console/escalaties">${tx('esc.back', lang)}</a></p>
<h1>${tx('esc.detail', lang, { ref: e.id })}</h1>
<div class="panel"><dl class="fields">${fields.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>
<blockquote><p>${e.description || '—'}</p></blockquote></div>
<h2>${tx('esc.actions', lang)}</h2>
<div class="actions">${NEXT[e.status].map((a) => actionForm(e, a, ctx))}</div>
<h2>${tx('esc.timeline', lang)}</h2>
<ol class="timeline">${history.map((h) => html`<li><time datetime="${h.at.toISOString()}">${moment(h.at, lang, deps.timeZone)}</time>: ${eventText(h.action, lang)}${h.actor ? ` · ${h.actor}` : ''}</li>`)}</ol>`;
  return { status: 200, body: page(ctx.frame, tx('esc.detail', lang, { ref: e.id }), body, ctx.flash) };
}

function eventText(action: string, lang: Ctx['lang']): string {
  const known = ['opened', 'claim', 'unclaim', 'resolve', 'reopen', 'reminded', 'forwarded'];
  return known.includes(action) ? tx(`esc.event.${action}` as Parameters<typeof tx>[0], lang) : action;
}

/**
 * Claim, release, resolve or reopen from the web: the escalation service's own path (the same
 * audit line and outbox jobs as a chat button, so the cards in Slack and Teams update), an
 * audit line of the console, and the service's answer as the next page's message.
 */
export async function act(deps: ConsoleDeps, ctx: Ctx, form: URLSearchParams): Promise<{ location: string; flash: string }> {
  const { lang, signed } = ctx;
  const id = (form.get('id') ?? '').toUpperCase();
  const action = form.get('actie') as EscalationAction;
  const e = await visibleEscalation(deps, ctx, id);
  if (!e || !ESCALATION_ACTIONS.includes(action)) return { location: '/console/escalaties', flash: tx('esc.unknown', lang) };
  const user = signed.session.user;
  const actor = { platform: user.platform, id: user.id, name: user.name };
  const outcome = form.get('uitkomst') ?? undefined;
  const reply: Reply = await deps.escalations.actAs(e.id, action, actor, outcome, lang, (d) => canSee(signed.access, d));
  await deps.store.audit({
    at: deps.clock.now(),
    actor: user,
    action: `escalation.${action}`,
    target: e.id,
    detail: outcome ? maskPersonalData(outcome).slice(0, 500) : undefined,
  });
  deps.logger.info({ event: 'console.action', action, id: e.id });
  return { location: `/console/escalatie?id=${e.id}`, flash: toPlainText(reply) };
}
