import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkIn } from '../support/console-client.js';
import type { Platforms } from '../support/platform-harness.js';
import { startProgram } from '../support/program.js';
import { axe, shot, SHOTS, watchedPage, type AxeResult } from './browser.js';
import { signIn, startConsoleBench } from './console-bench.js';

/**
 * The console in a real browser (Debian's chromium through playwright-core): signs in with a
 * link from the terminal chat and from a Slack `beheer`, walks every page, acts on an
 * escalation and sees the Slack card updated, runs axe-core on every page, takes screenshots.
 */
let browser: Browser;
let bot: Platforms;
const results: AxeResult[] = [];
const DOCS = join(import.meta.dirname, '../../docs/console');

beforeAll(async () => {
  ({ browser, bot } = await startConsoleBench());
});

afterAll(async () => {
  await browser?.close();
  await bot?.close();
  const serious = results.flatMap((r) => r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${r.page}: ${v.id}`));
  await writeFile(join(SHOTS, 'axe.json'), `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(
    `axe-core: ${results.length} pages, ${results.reduce((n, r) => n + r.violations.length, 0)} violations (${serious.length} serious or critical)\n`,
  );
});

async function checked(page: import('playwright-core').Page, name: string) {
  await page.waitForLoadState('load');
  const result = await axe(page, name);
  results.push(result);
  expect(
    result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
    name,
  ).toEqual([]);
  await shot(page, name);
}

describe('the web console in a browser', () => {
  it('signs in from the terminal chat', async () => {
    const run = startProgram([], {});
    try {
      run.stdin.write('beheer\n');
      const link = /http:\/\/127\.0\.0\.1:\d+\/console\/login\?token=[\w-]+/.exec(await run.waitForOutput(/console\/login\?token=[\w-]{40}/))?.[0] as string;
      const { page, watch } = await signIn(browser, link, (p) => checked(p, '00-terminal-continue'));
      expect(await page.textContent('header')).toContain('lokale beheerder');
      await checked(page, '01-terminal-overview');
      expect(watch).toEqual({ external: [], problems: [] });
      await page.context().close();
    } finally {
      run.stdin.end();
      await run.exited;
    }
  });

  it('signs in from Slack, walks every page, acts on an escalation and the Slack card follows', async () => {
    await bot.command('escaleer https://x.com/1 boze reacties onder onze post over de cao', 'U0CAROL');
    await bot.command('escaleer https://x.com/2 journalist vraagt om een reactie', 'U0DAVE');
    await bot.command('mag ik een foto van een collega posten?', 'U0CAROL');
    await bot.command('wat is het wifi-wachtwoord?', 'U0CAROL');
    await bot.command('beheer', 'U0COMMS1', 'C0COMMS');
    const answers = await bot.slackApi.waitFor('response_url', 5);
    await bot.worker.runOnce();
    const link = linkIn(JSON.stringify(answers.at(-1)?.body), bot.url) as string;
    const { page, watch } = await signIn(browser, link, (p) => checked(p, '02-continue'));
    await checked(page, '03-overzicht');

    // Keyboard: the skip link is the first stop and moves focus to the content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Naar de inhoud');
    await page.keyboard.press('Enter');
    expect(await page.evaluate('document.activeElement?.id')).toBe('inhoud');

    await page.getByRole('link', { name: 'Escalaties', exact: true }).click();
    await checked(page, '04-escalaties');
    const ref = (await page.locator('table a').first().textContent()) as string;
    await page.getByRole('link', { name: ref }).click();
    await checked(page, '05-escalatie');
    const updatesBefore = bot.slackApi.callsOf('chat.update').length;
    await page.getByRole('button', { name: 'Ik pak dit op' }).click();
    await expect.poll(() => page.locator('.flash').textContent()).toContain(ref);
    await checked(page, '06-escalatie-opgepakt');
    await bot.worker.runOnce();
    const update = bot.slackApi.callsOf('chat.update').slice(updatesBefore).at(-1);
    expect(JSON.stringify(update?.body)).toContain('Opgepakt door');

    await page.getByRole('link', { name: 'Inzichten' }).click();
    await checked(page, '07-inzichten');
    expect(await page.locator('figure svg').count()).toBeGreaterThan(0);

    await page.getByRole('link', { name: 'Speeltuin' }).click();
    await page.getByLabel('Vraag of concept').fill('check Vertrouwelijk: bel me op 06-12345678, jammer van die klant!');
    await page.getByRole('button', { name: 'Bekijk het antwoord' }).click();
    await page.locator('#teams-card .ac-adaptiveCard').waitFor();
    await checked(page, '08-speeltuin');

    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForURL(/speeltuin/);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await checked(page, '09-playground-english');
    await page.getByRole('button', { name: 'Nederlands' }).click();

    const mobile = await watchedPage(browser, 390);
    await mobile.page.context().addCookies(await page.context().cookies());
    await mobile.page.goto(`${bot.url}/console/escalaties?status=open&status=claimed&status=resolved`);
    await checked(mobile.page, '10-escalaties-mobiel');
    expect(await mobile.page.evaluate('document.documentElement.scrollWidth <= window.innerWidth + 1')).toBe(true);

    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.waitForURL(/aanmelden/);
    await checked(page, '11-afgemeld');
    expect(watch).toEqual({ external: [], problems: [] });
    expect(mobile.watch).toEqual({ external: [], problems: [] });

    if (process.env.UPDATE_DOCS !== '1') return; // UPDATE_DOCS=1 npm run test:e2e:console refreshes the README's screenshots
    await mkdir(DOCS, { recursive: true });
    for (const name of ['03-overzicht', '05-escalatie', '07-inzichten', '08-speeltuin', '10-escalaties-mobiel'])
      await copyFile(join(SHOTS, `${name}.png`), join(DOCS, `${name}.png`));
  });
});
