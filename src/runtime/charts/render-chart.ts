import type { TopLevelSpec } from 'vega-lite';

/**
 * vega, vega-lite and resvg are loaded on the first chart, not at start-up: together they cost
 * some 40 MB of memory and a third of a second, for a page a few people open and a weekly digest.
 */
let loading: Promise<[typeof import('vega'), typeof import('vega-lite')]> | undefined;
const libraries = () => (loading ??= Promise.all([import('vega'), import('vega-lite')]));

/**
 * Starts loading the chart libraries in the background (the console calls it when someone is
 * signed in: its charts are a click away). A failure is reported by the chart that needs them.
 */
export function preloadCharts(): void {
  libraries().catch(() => {
    loading = undefined;
  });
}

/**
 * A Vega-Lite spec rendered on the server as SVG markup: vega's headless renderer, no canvas,
 * no browser. The spec holds its data inline, so nothing is fetched.
 */
export async function chartSvg(spec: TopLevelSpec): Promise<string> {
  const [{ parse, View }, { compile }] = await libraries();
  const view = new View(parse(compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** The same chart as a PNG (twice the size, for sharp display), for Slack and Teams. */
export async function chartPng(spec: TopLevelSpec): Promise<Buffer> {
  const svg = await chartSvg(spec);
  const { Resvg } = await import('@resvg/resvg-js');
  const png = new Resvg(svg, { fitTo: { mode: 'zoom', value: 2 }, background: 'white', font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } })
    .render()
    .asPng();
  return Buffer.from(png);
}
