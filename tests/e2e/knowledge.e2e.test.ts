import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkIn } from '../support/console-client.js';
import type { Platforms } from '../support/platform-harness.js';
import { axe, type AxeResult } from './browser.js';
import { signIn, startConsoleBench } from './console-bench.js';
import { editAnswerAndPublish, NEW_ANSWER } from './knowledge-flow.js';

/**
 * Issue 19 in a real browser, against one bot process: the communication department signs in
 * (a Slack `beheer`), edits an item's Dutch answer (an invalid edit first: the error next to the
 * field), sees the review, publishes, and asks the bot the item's question in the console's
 * Speeltuin and in Slack: both answer with the new text. Screenshots of every step go to
 * artifacts/e2e/knowledge/; axe-core runs on every page (no violation at all).
 */
const OUT = join(import.meta.dirname, '../../artifacts/e2e/knowledge');

let browser: Browser;
let bot: Platforms;
const results: AxeResult[] = [];

beforeAll(async () => {
  await mkdir(OUT, { recursive: true });
  ({ browser, bot } = await startConsoleBench());
});

afterAll(async () => {
  await browser?.close();
  await bot?.close();
  await writeFile(join(OUT, 'axe.json'), `${JSON.stringify(results, null, 2)}\n`);
});

/** axe-core finds nothing on the page as it is now, and a full-page screenshot of it. */
async function step(page: Page, name: string) {
  await page.waitForLoadState('load');
  const result = await axe(page, name);
  results.push(result);
  expect(result.violations, name).toEqual([]);
  await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
}

/** What the bot answers in Slack to `text`, as the fake Slack API received it. */
async function askInSlack(text: string): Promise<string> {
  const before = bot.slackApi.callsOf('response_url').length;
  await bot.command(text, 'U0CAROL');
  return JSON.stringify((await bot.slackApi.waitFor('response_url', before + 1))[before]?.body);
}

describe('editing the knowledge in a browser', () => {
  it('edits an answer (an invalid edit first), sees the review, publishes and the bot answers with it', async () => {
    await bot.command('beheer', 'U0COMMS1', 'C0COMMS');
    const answers = await bot.slackApi.waitFor('response_url', 1);
    const link = linkIn(JSON.stringify(answers.at(-1)?.body), bot.url) as string;
    const { page, watch } = await signIn(browser, link);
    expect(await page.textContent('header')).toContain('communicatieafdeling');

    const { question, version } = await editAnswerAndPublish(page, (name) => step(page, name));
    expect(version).toBe(2);
    expect((await bot.knowledge.versions.list()).length).toBe(2);

    // The bot answers the item's question with the new text: in the Speeltuin (the card Teams would show) and in Slack.
    await page.getByRole('link', { name: 'Speeltuin' }).click();
    await page.getByLabel('Vraag of concept').fill(question);
    await page.getByRole('button', { name: 'Bekijk het antwoord' }).click();
    const card = page.locator('#teams-card .ac-adaptiveCard');
    await card.waitFor();
    expect(await card.innerText()).toContain(NEW_ANSWER);
    expect(await page.locator('section[aria-labelledby="h-slack"]').innerText()).toContain(NEW_ANSWER);
    await step(page, 'k07-speeltuin');
    expect(await askInSlack(question)).toContain(NEW_ANSWER);

    // The browser reports the invalid edit's 422 (the page that shows the errors), and nothing else.
    expect(watch).toEqual({ external: [], problems: ['Failed to load resource: the server responded with a status of 422 (Unprocessable Entity)'] });
    await page.context().close();
  });
});
