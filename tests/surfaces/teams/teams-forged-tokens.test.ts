import { generateKeyPairSync } from 'node:crypto';
import { ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { FakeOpenId } from '../../support/fake-openid.js';
import { startTeamsBot, teamsActivity, type TeamsBot } from '../../support/teams-harness.js';

// Issue 14 item 7: the real CloudAdapter with an app id, its signing keys published by a fake
// OpenID endpoint on 127.0.0.1 (the way botbuilder's ToBotFromChannelOpenIdMetadataUrl points
// elsewhere), replying to the fake connector with credentials that need no Azure AD.

const APP_ID = '11111111-2222-3333-4444-555555555555';

/** Outbound calls sign with a fixed token instead of asking login.microsoftonline.com. */
class FixedCredentials extends ConfigurationServiceClientCredentialFactory {
  constructor() {
    super({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'unused', MicrosoftAppType: 'MultiTenant' });
  }
  override async createCredentials() {
    const signRequest = async (request: { headers: { set(name: string, value: string): void } }) => {
      request.headers.set('authorization', 'Bearer fixed');
      return request;
    };
    return { signRequest } as never;
  }
}

let openId: FakeOpenId;
let teams: TeamsBot;
let printed: string[];
beforeEach(async () => {
  openId = await new FakeOpenId().start();
  teams = await startTeamsBot(
    { mode: 'authenticated', appId: APP_ID, appPassword: 'unused', appType: 'MultiTenant', tenantId: undefined },
    { openIdMetadataUrl: openId.metadataUrl, credentials: new FixedCredentials() },
  );
  // botbuilder prints some failures with console.error, stack and all: none may appear.
  printed = [];
  for (const method of ['error', 'warn', 'log'] as const)
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void printed.push(args.map(String).join(' ')));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await teams.stop();
  await openId.stop();
});

const inAnHour = () => Math.floor(Date.now() / 1000) + 3600;
const claimsFor = (serviceUrl: string) => ({
  aud: APP_ID,
  iss: 'https://api.botframework.com',
  serviceurl: serviceUrl,
  nbf: Math.floor(Date.now() / 1000) - 60,
  exp: inAnHour(),
});

it('answers a request with a token signed by the published key (the fake is set up right)', async () => {
  const activity = teamsActivity(teams.connector.url, 'regel 7');
  const res = await teams.post(activity, { authorization: `Bearer ${openId.token(claimsFor(teams.connector.url))}` });
  expect(res.status).toBe(200);
  const [reply] = await teams.connector.waitForActivities(1);
  expect(JSON.stringify(reply?.body)).toContain('Regel 7');
});

it('refuses forged tokens of the right shape with 401, no stack trace, and no request but the cached key fetch', async () => {
  const serviceUrl = teams.connector.url;
  const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const forged = {
    'signed with another key': openId.token(claimsFor(serviceUrl), { key: otherKey }),
    'naming a key that does not exist': openId.token(claimsFor(serviceUrl), { kid: 'no-such-key', key: otherKey }),
    'signed with HS256 and the public key as secret': openId.token(claimsFor(serviceUrl), { alg: 'HS256', hmacSecret: openId.publicPem() }),
    'from another issuer': openId.token({ ...claimsFor(serviceUrl), iss: 'https://evil.example' }),
    expired: openId.token({ ...claimsFor(serviceUrl), exp: Math.floor(Date.now() / 1000) - 3600 }),
    'with alg none': `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify(claimsFor(serviceUrl))).toString('base64url')}.`,
    'with a valid signature whose payload was changed': (() => {
      const [head, , signature] = openId.token(claimsFor(serviceUrl)).split('.');
      return `${head}.${Buffer.from(JSON.stringify({ ...claimsFor(serviceUrl), aud: APP_ID, admin: true })).toString('base64url')}.${signature}`;
    })(),
  };
  for (const [name, token] of Object.entries(forged)) {
    for (let i = 0; i < 3; i++) {
      const res = await teams.post(teamsActivity(serviceUrl, 'regel 7'), { authorization: `Bearer ${token}` });
      expect(res.status, name).toBe(401);
      const body = await res.text();
      expect(body, name).toBe('{"error":"unauthorized"}');
    }
  }
  expect(teams.connector.calls).toEqual([]);
  // The OpenID metadata and the keys, each fetched once, for all 21 requests.
  expect(openId.requests).toEqual(['/.well-known/openidconfiguration', '/keys']);
  expect(printed).toEqual([]);
  const logged = JSON.stringify(teams.logger.lines);
  expect(logged).not.toMatch(/\bat .+:\d+:\d+/);
  expect(teams.logger.lines.filter((l) => l.event === 'teams.refused').map((l) => l.reason)).toEqual(
    expect.arrayContaining(['bad signature', 'unknown signing key', 'signing algorithm not allowed', 'unknown issuer', 'expired token', 'no bearer token']),
  );
});

it('refuses a token it cannot check while the keys cannot be fetched (503), and says Teams is not ready', async () => {
  openId.failWith = 500;
  const res = await teams.post(teamsActivity(teams.connector.url, 'regel 7'), { authorization: `Bearer ${openId.token(claimsFor(teams.connector.url))}` });
  expect(res.status).toBe(503);
  expect(teams.health.readiness()).toMatchObject({ ready: false });
  expect(teams.health.readiness().detail).toContain('fetching the signing keys failed');
  expect(teams.connector.calls).toEqual([]);
  expect(printed).toEqual([]);
});

it('refuses with 401, calling nobody, a valid token issued for another service URL than the activity names', async () => {
  // The request guard lets it through (its signature holds); botbuilder refuses it: the claim must match the activity.
  const token = openId.token(claimsFor('https://smba.trafficmanager.net/emea/'));
  const res = await teams.post(teamsActivity(teams.connector.url, 'regel 7'), { authorization: `Bearer ${token}` });
  expect(res.status).toBe(401);
  expect(teams.connector.calls).toEqual([]);
  expect(printed).toEqual([]);
  // Logged as a refusal, as the request guard's are, not as an error of the bot's.
  expect(teams.logger.lines.filter((l) => l.event === 'teams.refused' && l.status === 401)).toHaveLength(1);
  expect(teams.logger.lines.filter((l) => l.level === 'error')).toEqual([]);
});
