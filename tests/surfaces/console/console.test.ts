import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConsoleClient, linkIn } from '../../support/console-client.js';
import { startPlatforms, type Platforms } from '../../support/platform-harness.js';

let bot: Platforms;
beforeEach(async () => {
  bot = await startPlatforms({ ESCALATION_SLACK_CHANNEL: 'C0COMMS', PUBLIC_URL: 'https://console.example.nl', ADMIN_SLACK_USERS: 'U0ADMIN01' });
  bot.slackApi.channelMembers.set('C0COMMS', ['U0COMMS1']);
  bot.slackApi.channelMembers.set('C0JURIDISCH', ['U0JURIST']);
});
afterEach(async () => {
  await bot.close();
});

/** `beheer` from a user in a channel; the link in the private answer, on the test server's address. */
async function linkFor(user: string, channel = 'C0GENERAL'): Promise<{ link: string | undefined; text: string }> {
  const before = bot.slackApi.callsOf('response_url').length;
  await bot.command('beheer', user, channel);
  const answers = await bot.slackApi.waitFor('response_url', before + 1);
  const answer = answers[before];
  const text = JSON.stringify(answer?.body);
  expect(answer?.body.response_type).toBe('ephemeral');
  return { link: linkIn(text, bot.url), text };
}

async function signedIn(user: string): Promise<ConsoleClient> {
  const { link } = await linkFor(user);
  const client = new ConsoleClient(bot.url);
  const response = await client.signIn(link as string);
  expect(response.status).toBe(303);
  return client;
}

/** The communication department binds the legal department's own channel. */
const bindLegal = () => bot.command('afdeling koppel juridisch', 'U0COMMS1', 'C0JURIDISCH');

/** Two escalations: one for the communication department, one (a threat) for the legal department's own channel. */
async function twoEscalations(): Promise<{ comms: string; legal: string }> {
  await bindLegal();
  await bot.command('escaleer https://x.com/1 boze reacties onder onze post', 'U0CAROL');
  await bot.command('escaleer https://x.com/2 een collega wordt bedreigd', 'U0CAROL');
  await bot.slackApi.waitFor('response_url', 3);
  const rows = await bot.db.kysely.selectFrom('escalations').select(['id', 'department']).execute();
  return { comms: rows.find((r) => r.department === 'communicatie')?.id as string, legal: rows.find((r) => r.department === 'juridisch')?.id as string };
}

describe('beheer', () => {
  it('gives the communication department, an admin and a department member a private one-time link on PUBLIC_URL', async () => {
    for (const user of ['U0COMMS1', 'U0ADMIN01', 'U0JURIST']) {
      if (user === 'U0JURIST') await bindLegal();
      const { text } = await linkFor(user);
      expect(text, user).toMatch(/https:\/\/console\.example\.nl\/console\/login\?token=[\w-]{40,}/);
      expect(text).toContain('10 minuten');
    }
  });

  it('refuses anyone else, friendly and without a link', async () => {
    const { link, text } = await linkFor('U0CAROL');
    expect(link).toBeUndefined();
    // In the voice of every other refusal for lack of a role: what it is for, and whom to ask.
    expect(text).toContain('De webconsole is alleen voor de afdeling die de richtlijnen beheert');
    expect(text).toContain('Vraag een van hen');
  });
});

describe('signing in', () => {
  it('shows a continue page that does not use the link; its POST does, once', async () => {
    const { link } = await linkFor('U0COMMS1');
    const client = new ConsoleClient(bot.url);
    const preview = await client.get(link as string);
    expect(preview.status).toBe(200);
    expect((await client.get(link as string)).html).toContain('name="token"'); // a link scanner's fetch left it valid
    const first = await client.signIn(link as string);
    expect(first.status).toBe(303);
    expect(first.headers.get('set-cookie')).toMatch(/^rb_console=[\w-]+; Path=\/console; HttpOnly; SameSite=Lax; Max-Age=28800; Secure$/);
    const again = new ConsoleClient(bot.url);
    expect((await again.get(link as string)).status).toBe(403);
    const token = new URL(link as string).searchParams.get('token') as string;
    const reuse = await again.post('/console/login', { token }, { csrf: false });
    expect(reuse.status).toBe(403);
    expect(reuse.html).toContain('al gebruikt of verlopen');
    expect(again.cookie).toBe('');
  });

  it('refuses a link after CONSOLE_LINK_MINUTES', async () => {
    const { link } = await linkFor('U0COMMS1');
    bot.clock.advance(11);
    const client = new ConsoleClient(bot.url);
    expect((await client.signIn(link as string)).status).toBe(403);
    expect((await client.get('/console/')).status).toBe(303);
  });

  it('ends the session after 8 idle hours, and on sign-out', async () => {
    const client = await signedIn('U0COMMS1');
    expect((await client.get('/console/')).status).toBe(200);
    bot.clock.advance(8 * 60 + 1);
    expect((await client.get('/console/')).response.headers.get('location')).toBe('/console/aanmelden?waarom=verlopen');
    const other = await signedIn('U0COMMS1');
    await other.get('/console/');
    expect((await other.post('/console/logout', {})).response.headers.get('location')).toBe('/console/aanmelden?waarom=uit');
    expect((await other.get('/console/')).status).toBe(303);
  });
});

describe('without a session', () => {
  it('sends every page to a sign-in page that shows no data, and answers API calls with 401', async () => {
    const { comms } = await twoEscalations();
    const client = new ConsoleClient(bot.url);
    for (const path of ['/console/', '/console/escalaties', `/console/escalatie?id=${comms}`, '/console/inzichten', '/console/speeltuin']) {
      const response = await client.get(path);
      expect(response.status, path).toBe(303);
      expect(response.response.headers.get('location')).toBe('/console/aanmelden');
      expect(response.html).toBe('');
    }
    const signInPage = await client.get('/console/aanmelden');
    expect(signInPage.status).toBe(200);
    expect(signInPage.html).toContain('/socialmedia beheer');
    expect(signInPage.html).not.toMatch(/E-[A-Z0-9]{5}|boze reacties|bedreigd/);
    expect((await client.get('/console/api/escalaties')).status).toBe(401);
    expect((await client.get('/console/inzichten.csv?grafiek=vragen')).status).toBe(401);
    expect((await client.post('/console/escalatie', { id: comms, actie: 'claim' })).status).toBe(303);
    expect((await bot.escalations.get(comms))?.status).toBe('open');
  });
});

describe('CSRF', () => {
  it('refuses a POST without the session token with 403 and changes nothing', async () => {
    const { comms } = await twoEscalations();
    const client = await signedIn('U0COMMS1');
    await client.get('/console/escalaties');
    const forged = await client.post('/console/escalatie', { id: comms, actie: 'claim' }, { csrf: false });
    expect(forged.status).toBe(403);
    const wrong = await client.post('/console/escalatie', { id: comms, actie: 'claim', csrf: 'x'.repeat(43) }, { csrf: false });
    expect(wrong.status).toBe(403);
    expect((await client.post('/console/logout', {}, { csrf: false })).status).toBe(403);
    expect((await bot.escalations.get(comms))?.status).toBe('open');
  });
});

describe('roles', () => {
  it("lets a department member see and act on their department's escalations only", async () => {
    const { comms, legal } = await twoEscalations();
    const jurist = await signedIn('U0JURIST');
    const board = await jurist.get('/console/escalaties?status=open&status=claimed&status=resolved&afdeling=communicatie');
    expect(board.html).toContain(legal);
    expect(board.html).not.toContain(comms);
    const api = JSON.parse((await jurist.get('/console/api/escalaties')).html) as { escalations: Array<{ id: string }> };
    expect(api.escalations.map((e) => e.id)).toEqual([legal]);
    const detail = await jurist.get(`/console/escalatie?id=${comms}`);
    expect(detail.status).toBe(404);
    expect(detail.html).not.toContain('boze reacties');
    await jurist.post('/console/escalatie', { id: comms, actie: 'claim' });
    expect((await bot.escalations.get(comms))?.status).toBe('open');
    await jurist.post('/console/escalatie', { id: legal, actie: 'claim' });
    expect((await bot.escalations.get(legal))?.status).toBe('claimed');
  });

  it('lets the communication department see every department', async () => {
    const { comms, legal } = await twoEscalations();
    const board = await (await signedIn('U0COMMS1')).get('/console/escalaties');
    expect(board.html).toContain(comms);
    expect(board.html).toContain(legal);
  });
});

describe('acting from the web', () => {
  it('updates the Slack card as the chat button does, tells the reporter, and writes the audit trail', async () => {
    const { comms } = await twoEscalations();
    await bot.worker.runOnce();
    const client = await signedIn('U0COMMS1');
    await client.get(`/console/escalatie?id=${comms}`);
    const done = await client.post('/console/escalatie', { id: comms, actie: 'resolve', uitkomst: 'Gereageerd, bel 06-12345678' });
    expect(done.response.headers.get('location')).toBe(`/console/escalatie?id=${comms}`);
    expect((await client.get(`/console/escalatie?id=${comms}`)).html).toContain(`${comms} is afgehandeld`);
    await bot.worker.runOnce();
    const update = bot.slackApi.callsOf('chat.update').at(-1);
    expect(JSON.stringify(update?.body)).toContain('Afgehandeld');
    expect(bot.slackApi.callsOf('chat.postMessage').some((c) => c.body.channel === 'U0CAROL' && JSON.stringify(c.body).includes(comms))).toBe(true);
    const audit = await bot.db.kysely.selectFrom('console_audit').selectAll().execute();
    const line = audit.find((a) => a.action === 'escalation.resolve');
    expect(line).toMatchObject({ target: comms });
    expect(line?.actor).toContain('U0COMMS1');
    expect(line?.detail).toBe('Gereageerd, bel [telefoon]');
    expect(audit.map((a) => a.action)).toContain('signed-in');
  });
});

describe('no request leaves for another host', () => {
  it("serves pages with a strict CSP whose scripts, styles, images and forms are all the bot's own", async () => {
    await twoEscalations();
    const client = await signedIn('U0COMMS1');
    const { comms } = { comms: (await bot.db.kysely.selectFrom('escalations').select('id').executeTakeFirstOrThrow()).id };
    await client.post('/console/speeltuin', { tekst: 'mag ik een foto van een collega posten?' });
    for (const path of [
      '/console/',
      '/console/escalaties',
      `/console/escalatie?id=${comms}`,
      '/console/inzichten',
      '/console/speeltuin',
      '/console/aanmelden',
    ]) {
      const { html, response } = await client.get(path);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("default-src 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      const fetched = [...html.matchAll(/<(?:script|img|link|iframe|source|form)\b[^>]*\b(?:src|href|action)="([^"]*)"/g)].map((m) => m[1] as string);
      expect(fetched.length).toBeGreaterThan(0);
      for (const url of fetched) expect(url, `${path}: ${url}`).toMatch(/^(\/console\/|data:)/);
      expect(html, path).not.toMatch(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>/);
      expect(html).not.toMatch(/\sstyle=|\son[a-z]+=/i);
    }
    for (const asset of ['/console/assets/console.css', '/console/assets/console.js', '/console/assets/adaptivecards.js']) {
      const { status, html } = await client.get(asset);
      expect(status, asset).toBe(200);
      expect(html).not.toMatch(/url\(\s*['"]?https?:/);
    }
  });
});

describe('the playground', () => {
  it('shows the Teams card and the Slack message for a draft, and stores and logs nothing of it', async () => {
    const draft = 'check Vertrouwelijk: Pietje Puk van Bakkerij Zwaluw, bel 06-12345678';
    const client = await signedIn('U0COMMS1');
    await client.get('/console/speeltuin');
    const shown = await client.post('/console/speeltuin', { tekst: draft });
    expect(shown.status).toBe(200);
    const card = JSON.parse(/<script type="application\/json" id="card-json">([\s\S]*?)<\/script>/.exec(shown.html)?.[1] ?? '{}') as {
      type?: string;
      version?: string;
    };
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    expect(shown.html).toContain('class="sk-section"');
    expect(shown.html).toContain('&quot;blocks&quot;');
    expect(shown.html).toMatch(/🔴 <strong>Rood: plaats dit zo niet/);
    const refused = await client.post('/console/speeltuin', { tekst: 'escaleer https://x.com/9 test' });
    expect(refused.html).toContain('opdrachten die iets veranderen niet');
    expect(await bot.db.kysely.selectFrom('escalations').selectAll().execute()).toEqual([]);
    await bot.signals.flush();
    expect(await bot.db.kysely.selectFrom('check_signals').selectAll().execute()).toEqual([]);
    expect(JSON.stringify(await bot.db.kysely.selectFrom('console_audit').selectAll().execute())).not.toContain('Pietje');
    expect(JSON.stringify(bot.logger.lines)).not.toMatch(/Pietje|Zwaluw|12345678/);
  });
});
