import type { Browser, Page } from 'playwright-core';
import { startPlatforms, type Platforms } from '../support/platform-harness.js';
import { launch, watchedPage, type Watch } from './browser.js';

/**
 * What the console's browser tests start from: Debian's chromium and one bot whose escalations go
 * to the communication department's Slack channel C0COMMS (member U0COMMS1: the console's user).
 */
export async function startConsoleBench(): Promise<{ browser: Browser; bot: Platforms }> {
  const browser = await launch();
  const bot = await startPlatforms({ ESCALATION_SLACK_CHANNEL: 'C0COMMS', PUBLIC_URL: 'https://console.example.nl' });
  bot.slackApi.channelMembers.set('C0COMMS', ['U0COMMS1']);
  return { browser, bot };
}

/**
 * Follows a console sign-in link in a new watched page and signs in ("Aanmelden"); `onContinue`
 * sees the page that asks for it. Resolves on the overview.
 */
export async function signIn(browser: Browser, link: string, onContinue?: (page: Page) => Promise<void>): Promise<{ page: Page; watch: Watch }> {
  const { page, watch } = await watchedPage(browser);
  await page.goto(link);
  await onContinue?.(page);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await page.waitForURL(/\/console\/$/);
  return { page, watch };
}
