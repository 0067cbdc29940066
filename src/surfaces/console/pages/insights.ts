import { canSee } from '../../../core/console/access.js';
import type { Insights } from '../../../core/console/ports.js';
import type { Lang } from '../../../core/lang.js';
import { toCsv } from '../../../core/stats/csv.js';
import { barChart, type ChartRow } from '../../../runtime/charts/chart-spec.js';
import { chartSvg } from '../../../runtime/charts/render-chart.js';
import type { ConsoleDeps, Ctx } from '../deps.js';
import { itemLabel } from '../format.js';
import { escapeHtml, html, trusted, type SafeHtml } from '../html.js';
import { query } from '../http.js';
import { page } from '../layout.js';
import { tx, type TextId } from '../texts.js';

export const CHARTS = ['vragen', 'stemmen', 'escalaties', 'tips'] as const;
export type ChartId = (typeof CHARTS)[number];

interface ChartData {
  title: TextId;
  xTitle: TextId;
  yTitle: TextId;
  series: string[];
  rows: ChartRow[];
  grouped?: boolean;
  horizontal?: boolean;
}

const rounded = (m: number | undefined) => (m === undefined ? 0 : Math.round(m));

/** Each chart's rows, labelled in the page's language; escalations only of departments the person may see. */
export function chartData(deps: Pick<ConsoleDeps, 'kb'>, insights: Insights, chart: ChartId, lang: Lang, maysee: (department: string) => boolean): ChartData {
  const l = (id: TextId) => tx(id, lang);
  switch (chart) {
    case 'vragen':
      return {
        title: 'chart.questions',
        xTitle: 'chart.day',
        yTitle: 'chart.count',
        series: [l('chart.answered'), l('chart.fallback')],
        rows: insights.questions.flatMap((q) => [
          { x: q.day, series: l('chart.answered'), value: q.answered },
          { x: q.day, series: l('chart.fallback'), value: q.fallback },
        ]),
      };
    case 'stemmen':
      return {
        title: 'chart.votes',
        xTitle: 'chart.item',
        yTitle: 'chart.count',
        series: [l('chart.up'), l('chart.down')],
        grouped: true,
        horizontal: true,
        rows: insights.votes.slice(0, 15).flatMap((v) => [
          { x: itemLabel(deps.kb, v.itemId, lang), series: l('chart.up'), value: v.up },
          { x: itemLabel(deps.kb, v.itemId, lang), series: l('chart.down'), value: v.down },
        ]),
      };
    case 'escalaties':
      return {
        title: 'chart.escalations',
        xTitle: 'chart.escalation',
        yTitle: 'chart.minutes',
        series: [l('chart.claim'), l('chart.resolve')],
        grouped: true,
        rows: insights.escalations
          .filter((e) => maysee(e.department))
          .slice(-40)
          .flatMap((e) => [
            { x: e.id, series: l('chart.claim'), value: rounded(e.minutesToClaim) },
            { x: e.id, series: l('chart.resolve'), value: rounded(e.minutesToResolve) },
          ]),
      };
    case 'tips':
      return {
        title: 'chart.tips',
        xTitle: 'chart.day',
        yTitle: 'chart.count',
        series: [l('chart.count')],
        rows: insights.tips.map((t) => ({ x: t.day, series: l('chart.count'), value: t.count })),
      };
  }
}

/** The chart's Vega-Lite spec, for the SVG here and the PNG in the digest. */
export function chartSpec(data: ChartData, lang: Lang) {
  return barChart({
    title: tx(data.title, lang),
    xTitle: tx(data.xTitle, lang),
    yTitle: tx(data.yTitle, lang),
    series: data.series,
    rows: data.rows,
    grouped: data.grouped ?? false,
    horizontal: data.horizontal ?? false,
  });
}

export function period(ctx: Ctx): number {
  const days = Number(query(ctx.req).get('dagen') ?? 30);
  return [7, 30, 90, 365].includes(days) ? days : 30;
}

async function figure(data: ChartData, chart: ChartId, days: number, lang: Lang): Promise<SafeHtml> {
  const title = tx(data.title, lang);
  const id = `chart-${chart === 'vragen' ? 'questions' : chart}`;
  if (data.rows.length === 0) return html`<figure id="${id}"><figcaption>${title}</figcaption><p>${tx('chart.empty', lang)}</p></figure>`;
  // One picture with one name: vega's own roles on the marks would each need a name of their own.
  const svg = (await chartSvg(chartSpec(data, lang)))
    .replace(/\s(?:role|aria-roledescription|aria-label)="[^"]*"/g, '')
    .replace('<svg ', `<svg role="img" aria-label="${escapeHtml(title)}" focusable="false" `);
  const byX = [...new Set(data.rows.map((r) => r.x))];
  const table = html`<details><summary>${tx('insights.data', lang)}</summary><div class="table-wrap"><table><thead><tr><th scope="col">${tx(data.xTitle, lang)}</th>${data.series.map((s) => html`<th scope="col">${s}</th>`)}</tr></thead><tbody>${byX.map((x) => html`<tr><th scope="row">${x}</th>${data.series.map((s) => html`<td>${data.rows.find((r) => r.x === x && r.series === s)?.value ?? 0}</td>`)}</tr>`)}</tbody></table></div></details>`;
  return html`<figure id="${id}"><figcaption id="${id}-cap">${title}</figcaption>${trusted(svg)}${table}<p><a href="/console/inzichten.csv?grafiek=${chart}&amp;dagen=${days}" download>${tx('insights.csv', lang)}: ${title}</a></p></figure>`;
}

/** Inzichten: four charts as inline SVG rendered on the server, each with its data as a table and as CSV. */
export async function insightsPage(deps: ConsoleDeps, ctx: Ctx) {
  const { lang, signed } = ctx;
  const days = period(ctx);
  const now = deps.clock.now();
  const insights = await deps.store.insights(new Date(now.getTime() - days * 86_400_000), now);
  const figures: SafeHtml[] = [];
  for (const chart of CHARTS)
    figures.push(
      await figure(
        chartData(deps, insights, chart, lang, (d) => canSee(signed.access, d)),
        chart,
        days,
        lang,
      ),
    );
  const body = html`<h1>${tx('insights.title', lang)}</h1>
<p>${[7, 30, 90, 365].map((d) => (d === days ? html`<strong aria-current="true">${tx('insights.period', lang, { days: d })}</strong> ` : html`<a href="/console/inzichten?dagen=${d}">${tx('insights.period', lang, { days: d })}</a> `))}</p>
${figures}`;
  return page(ctx.frame, tx('insights.title', lang), body, ctx.flash);
}

/** One chart's data as CSV (Excel-safe, like the chat's export). */
export async function insightsCsv(deps: ConsoleDeps, ctx: Ctx): Promise<{ filename: string; csv: string } | undefined> {
  const chart = query(ctx.req).get('grafiek') as ChartId;
  if (!CHARTS.includes(chart)) return undefined;
  const days = period(ctx);
  const now = deps.clock.now();
  const data = chartData(deps, await deps.store.insights(new Date(now.getTime() - days * 86_400_000), now), chart, ctx.lang, (d) =>
    canSee(ctx.signed.access, d),
  );
  const rows = data.rows.map((r) => ({ [tx(data.xTitle, ctx.lang)]: r.x, serie: r.series, [tx(data.yTitle, ctx.lang)]: String(r.value) }));
  return { filename: `${chart}-${now.toISOString().slice(0, 10)}.csv`, csv: toCsv(rows) || 'x\r\n' };
}
