import { canSee } from '../../../core/console/access.js';
import type { ConsoleDeps, Ctx } from '../deps.js';
import { itemLabel, moment, statusBadge } from '../format.js';
import { html } from '../html.js';
import { page } from '../layout.js';
import { tx } from '../texts.js';
import { asExample } from './knowledge.js';

/** Overzicht: open escalations the person may see, this week's questions and fallback rate, the most asked rules, unanswered questions (masked). */
export async function overviewPage(deps: ConsoleDeps, ctx: Ctx) {
  const { lang, signed } = ctx;
  const now = deps.clock.now();
  const weekAgo = new Date(now.getTime() - 7 * 86_400_000);
  const departments = signed.access.kind === 'all' ? undefined : signed.access.departments;
  const open = await deps.store.board({ statuses: ['open', 'claimed'], departments, from: undefined, to: undefined, limit: 200 });
  const insights = await deps.store.insights(weekAgo, now);
  const asked = insights.questions.reduce((n, q) => n + q.answered + q.fallback, 0);
  const fallback = insights.questions.reduce((n, q) => n + q.fallback, 0);
  const rate = asked === 0 ? '–' : `${Math.round((fallback / asked) * 100)}%`;
  const mine = open.filter((e) => canSee(signed.access, e.department));
  const body = html`<h1>${tx('overview.title', lang)}</h1>
<div class="tiles">
  <div class="tile"><span class="n">${mine.length}</span><a href="/console/escalaties">${tx('overview.open', lang)}</a></div>
  <div class="tile"><span class="n">${asked}</span><a href="/console/inzichten">${tx('overview.questions', lang)}</a></div>
  <div class="tile"><span class="n">${rate}</span><a href="/console/inzichten#chart-questions">${tx('overview.fallback', lang)}</a></div>
</div>
<h2 id="open">${tx('overview.open', lang)}</h2>
${mine.length === 0 ? html`<p>${tx('overview.none', lang)}</p>` : html`<ul>${mine.slice(0, 10).map((e) => html`<li><a href="/console/escalatie?id=${e.id}">${e.id}</a> ${statusBadge(e, lang)} · ${moment(e.createdAt, lang, deps.timeZone)}</li>`)}</ul>`}
<p><a href="/console/escalaties">${tx('overview.all-escalations', lang)}</a></p>
<h2>${tx('overview.top', lang)}</h2>
${insights.topItems.length === 0 ? html`<p>${tx('overview.none', lang)}</p>` : html`<ol>${insights.topItems.map((i) => html`<li>${itemLabel(deps.kb, i.itemId, lang)} (${i.count})</li>`)}</ol>`}
<h2>${tx('overview.unanswered', lang)}</h2>
${insights.unanswered.length === 0 ? html`<p>${tx('overview.none', lang)}</p>` : html`<ul>${insights.unanswered.map((q) => html`<li>${q}${asExample(deps, ctx, q)}</li>`)}</ul>`}
<h2>${tx('overview.downvoted', lang)}</h2>
${insights.downvoted.length === 0 ? html`<p>${tx('overview.none', lang)}</p>` : html`<ul>${insights.downvoted.map((d) => html`<li>${d.question} <span class="muted">(${tx('overview.downvoted-on', lang, { item: itemLabel(deps.kb, d.itemId, lang) })})</span>${asExample(deps, ctx, d.question, d.itemId)}</li>`)}</ul>`}
<p><a href="/console/inzichten">${tx('overview.all-insights', lang)}</a></p>`;
  return page(ctx.frame, tx('overview.title', lang), body, ctx.flash);
}
