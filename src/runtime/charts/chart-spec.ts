import type { TopLevelSpec } from 'vega-lite';

/** One value of a bar chart: where on the axis, which series, how much. */
export interface ChartRow {
  x: string;
  series: string;
  value: number;
}

export interface BarChartOptions {
  /** Shown above the chart and read by screen readers as its name. */
  title: string;
  xTitle: string;
  yTitle: string;
  rows: readonly ChartRow[];
  /** The series in legend order (their colours follow this order). */
  series: readonly string[];
  /** Bars side by side per x (votes, times) instead of stacked (answered + fallback). */
  grouped?: boolean;
  /** Horizontal bars, for long labels such as rule titles. */
  horizontal?: boolean;
}

/** Two colours apart for most colour-blind people, each 4.5:1 or more against white. */
const COLOURS = ['#0b4f8a', '#b34700', '#1d6b35', '#6b3fa0'];

/**
 * A bar chart as a Vega-Lite spec: the one declarative description behind the console's SVG
 * and the digest's PNG. Data inline, nothing loaded, no ARIA from vega (the page names it).
 */
export function barChart(options: BarChartOptions): TopLevelSpec {
  const category = { field: 'x', type: 'nominal' as const, title: options.xTitle, sort: null, axis: { labelLimit: 220 } };
  const amount = { field: 'value', type: 'quantitative' as const, title: options.yTitle, ...(options.grouped ? {} : { stack: 'zero' as const }) };
  const colour = {
    field: 'series',
    type: 'nominal' as const,
    title: null,
    scale: { domain: [...options.series], range: COLOURS.slice(0, options.series.length) },
    legend: { orient: 'top' as const },
  };
  const offset = options.grouped ? { [options.horizontal ? 'yOffset' : 'xOffset']: { field: 'series', sort: [...options.series] } } : {};
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: options.horizontal ? 420 : Math.max(240, Math.min(640, options.rows.length * 18)),
    height: options.horizontal ? { step: 14 } : 220,
    data: { values: options.rows.map((r) => ({ ...r })) },
    mark: { type: 'bar', tooltip: false },
    encoding: options.horizontal ? { y: category, x: amount, color: colour, ...offset } : { x: category, y: amount, color: colour, ...offset },
    config: {
      aria: false,
      font: 'DejaVu Sans, Verdana, sans-serif',
      view: { stroke: null },
      axis: { labelFontSize: 11, titleFontSize: 12 },
      legend: { labelFontSize: 12 },
    },
  } as TopLevelSpec;
}
