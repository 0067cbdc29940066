import { canSee } from '../../../core/console/access.js';
import type { EscalationStatus } from '../../../core/escalate/model.js';
import type { ConsoleDeps, Ctx } from '../deps.js';
import { category, dayStart, department, moment, statusBadge, urgency } from '../format.js';
import { html } from '../html.js';
import { query } from '../http.js';
import { page } from '../layout.js';
import { tx } from '../texts.js';

const STATUSES: readonly EscalationStatus[] = ['open', 'claimed', 'resolved'];

/** The board's filter from the address; by default every open escalation the person may see. */
export function boardFilter(deps: ConsoleDeps, ctx: Ctx) {
  const q = query(ctx.req);
  const asked = q.getAll('status').filter((s): s is EscalationStatus => (STATUSES as readonly string[]).includes(s));
  const statuses = asked.length > 0 ? asked : (['open', 'claimed'] as EscalationStatus[]);
  const wanted = q.get('afdeling') ?? '';
  const allowed = deps.kb.departments.departments.map((d) => d.id).filter((id) => canSee(ctx.signed.access, id));
  const departments = wanted && allowed.includes(wanted) ? [wanted] : ctx.signed.access.kind === 'all' ? undefined : allowed;
  const from = dayStart(q.get('van'));
  const until = dayStart(q.get('tot'));
  const to = until ? new Date(until.getTime() + 86_400_000) : undefined;
  return { statuses, departments, from, to, limit: 500, wanted, allowed, raw: { van: q.get('van') ?? '', tot: q.get('tot') ?? '' } };
}

/** Escalaties: the board (open, claimed, resolved), filterable by department and date. */
export async function boardPage(deps: ConsoleDeps, ctx: Ctx) {
  const { lang } = ctx;
  const filter = boardFilter(deps, ctx);
  const rows = await deps.store.board(filter);
  const body = html`<h1>${tx('esc.title', lang)}</h1>
<form class="filters" method="get" action="/console/escalaties" aria-label="${tx('esc.filter', lang)}">
  <fieldset><legend>${tx('esc.filter.status', lang)}</legend>
  ${STATUSES.map((s) => html`<label class="check"><input type="checkbox" name="status" value="${s}"${filter.statuses.includes(s) ? html` checked` : ''}> ${tx(`esc.status.${s}`, lang)}</label>`)}
  </fieldset>
  <div><label for="f-afdeling">${tx('esc.filter.department', lang)}</label>
  <select id="f-afdeling" name="afdeling"><option value="">${tx('esc.filter.all', lang)}</option>${filter.allowed.map((id) => html`<option value="${id}"${id === filter.wanted ? html` selected` : ''}>${department(deps.kb, id, lang)}</option>`)}</select></div>
  <div><label for="f-van">${tx('esc.filter.from', lang)}</label><input type="date" id="f-van" name="van" value="${filter.raw.van}"></div>
  <div><label for="f-tot">${tx('esc.filter.to', lang)}</label><input type="date" id="f-tot" name="tot" value="${filter.raw.tot}"></div>
  <button class="primary" type="submit">${tx('esc.filter.apply', lang)}</button>
</form>
${STATUSES.filter((s) => filter.statuses.includes(s)).map((status) => {
  const list = rows.filter((e) => e.status === status);
  return html`<h2 id="status-${status}">${tx(`esc.status.${status}`, lang)} (${list.length})</h2>
${
  list.length === 0
    ? html`<p>${tx('esc.empty', lang)}</p>`
    : html`<div class="table-wrap"><table>
<thead><tr><th scope="col">${tx('esc.col.ref', lang)}</th><th scope="col">${tx('esc.col.created', lang)}</th><th scope="col">${tx('esc.col.department', lang)}</th><th scope="col">${tx('esc.col.category', lang)}</th><th scope="col">${tx('esc.col.urgency', lang)}</th><th scope="col">${tx('esc.col.who', lang)}</th></tr></thead>
<tbody>${list.map((e) => html`<tr><td><a href="/console/escalatie?id=${e.id}">${e.id}</a> ${statusBadge(e, lang)}</td><td>${moment(e.createdAt, lang, deps.timeZone)}</td><td>${department(deps.kb, e.department, lang)}</td><td>${category(deps.kb, e.category, lang)}</td><td>${urgency(e, lang)}</td><td>${(e.resolvedBy ?? e.claimedBy)?.name ?? '–'}</td></tr>`)}</tbody>
</table></div>`
}`;
})}`;
  return page(ctx.frame, tx('esc.title', lang), body, ctx.flash);
}
