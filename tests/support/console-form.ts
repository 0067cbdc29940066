import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ConsoleClient, linkIn } from './console-client.js';
import { startPlatforms, type Platforms } from './platform-harness.js';

/**
 * The bot for the knowledge-editing tests: the communication department's channel C0COMMS (with
 * U0COMMS1), the legal department's C0JURIDISCH (with U0JURIST), the console's public address,
 * and no training questions (an empty folder), so that a review answers only what people asked.
 */
export async function startConsoleBot(env: Record<string, string> = {}): Promise<Platforms> {
  const bot = await startPlatforms({
    ESCALATION_SLACK_CHANNEL: 'C0COMMS',
    PUBLIC_URL: 'https://console.example.nl',
    KNOWLEDGE_DIR: mkdtempSync(join(tmpdir(), 'rb-no-training-')),
    ...env,
  });
  bot.slackApi.channelMembers.set('C0COMMS', ['U0COMMS1']);
  bot.slackApi.channelMembers.set('C0JURIDISCH', ['U0JURIST']);
  return bot;
}

const decode = (s: string) =>
  s
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const attr = (attrs: string, name: string) => {
  const found = new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];
  return found === undefined ? undefined : decode(found);
};

/**
 * What a browser would send for the form posting to `action` on a page, as it stands, with
 * `changes` typed over it: text inputs, text areas, the selected options, checked boxes
 * (`'ja'` ticks a box, `undefined` unticks it).
 */
export function formOf(html: string, action: string, changes: Record<string, string | undefined> = {}): Record<string, string> {
  const start = html.indexOf(`<form method="post" action="${action}"`);
  expect(start, `a form posting to ${action}`).toBeGreaterThanOrEqual(0);
  const form = html.slice(start, html.indexOf('</form>', start));
  const fields: Record<string, string> = {};
  for (const [, attrs = ''] of form.matchAll(/<input ([^>]*)>/g)) {
    const name = attr(attrs, 'name');
    if (!name) continue;
    if (attr(attrs, 'type') === 'checkbox' && !/\bchecked\b/.test(attrs)) continue;
    fields[name] = attr(attrs, 'value') ?? '';
  }
  for (const [, attrs = '', text = ''] of form.matchAll(/<textarea ([^>]*)>([\s\S]*?)<\/textarea>/g)) fields[attr(attrs, 'name') as string] = decode(text);
  for (const [, attrs = '', options = ''] of form.matchAll(/<select ([^>]*)>([\s\S]*?)<\/select>/g)) {
    const selected = /<option value="([^"]*)" selected>/.exec(options)?.[1] ?? /<option value="([^"]*)"/.exec(options)?.[1] ?? '';
    fields[attr(attrs, 'name') as string] = decode(selected);
  }
  // `undefined` unticks a box: the browser sends nothing for it.
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) delete fields[name];
    else fields[name] = value;
  }
  return fields;
}

/** A console session for a Slack user, signed in through "beheer" as a person would. */
export async function signedIn(bot: Platforms, user: string): Promise<ConsoleClient> {
  const before = bot.slackApi.callsOf('response_url').length;
  await bot.command('beheer', user);
  const answers = await bot.slackApi.waitFor('response_url', before + 1);
  const client = new ConsoleClient(bot.url);
  const text = JSON.stringify(answers[before]?.body);
  expect(linkIn(text, bot.url), text).toBeDefined();
  expect((await client.signIn(linkIn(text, bot.url) as string)).status).toBe(303);
  return client;
}

/** What the bot answers in Slack to `text` (a slash command), as JSON text. */
export async function ask(bot: Platforms, text: string): Promise<string> {
  const before = bot.slackApi.callsOf('response_url').length;
  await bot.command(text, 'U0CAROL');
  return JSON.stringify((await bot.slackApi.waitFor('response_url', before + 1))[before]?.body);
}

/** Saves the form as a draft (its review comes back) and publishes it; returns the review page. */
export async function saveAndPublish(client: ConsoleClient, action: string, fields: Record<string, string>): Promise<string> {
  const reviewed = await client.post(action, fields);
  expect(reviewed.status, reviewed.html.slice(0, 2000)).toBe(200);
  expect(reviewed.html).toContain('Effect op de antwoorden');
  const draft = /name="concept" value="([^"]+)"/.exec(reviewed.html)?.[1] as string;
  const published = await client.post('/console/kennis/publiceer', { concept: draft, toelichting: `via ${action}` });
  expect(published.status).toBe(303);
  return reviewed.html;
}
