import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const SHOTS = join(import.meta.dirname, '../../test-results/console');

/** Debian's chromium (or CHROMIUM); no browser download. */
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Headless in a container, nothing fetched in the background, and no host but this machine resolvable. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

/** Debian's chromium, headless, resolving no host name but the loopback ones (see the probe recipe). */
export async function launch(): Promise<Browser> {
  await mkdir(SHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/** What a page did that it must not: requests to another host, CSP violations, script errors. */
export interface Watch {
  external: string[];
  problems: string[];
}

/** A page that records (and blocks) every request that is not to 127.0.0.1, and every CSP report or error. */
export async function watchedPage(browser: Browser, width = 1280): Promise<{ page: Page; watch: Watch }> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'nl-NL' });
  const watch: Watch = { external: [], problems: [] };
  await context.route(
    (url) => url.hostname !== '127.0.0.1' && url.protocol !== 'data:',
    (route) => {
      watch.external.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy|Refused to/.test(m.text())) watch.problems.push(m.text());
  });
  page.on('pageerror', (e) => watch.problems.push(e.message));
  return { page, watch };
}

export interface AxeResult {
  page: string;
  violations: Array<{ id: string; impact: string | null; nodes: number }>;
}

/** axe-core on the page as it is now (evaluated by the browser's debugger, so the page's CSP does not stop it). */
export async function axe(page: Page, name: string): Promise<AxeResult> {
  await page.evaluate(`${AXE}\n;0`);
  // A string, run in the page (which has a DOM; this file's types do not).
  const violations =
    (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
    .then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })))`)) as AxeResult['violations'];
  return { page: name, violations };
}

export async function shot(page: Page, name: string): Promise<string> {
  const file = join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
