import { afterEach, describe, expect, it } from 'vitest';
import { startTeamsBot, teamsActivity, type TeamsBot } from '../../support/teams-harness.js';

const APP_ID = '11111111-2222-3333-4444-555555555555';
let teams: TeamsBot | undefined;
afterEach(async () => {
  await teams?.stop();
  teams = undefined;
});

const jwt = (claims: Record<string, unknown>) =>
  [{ alg: 'RS256', typ: 'JWT', kid: 'k1' }, claims, 'signature']
    .map((part) => Buffer.from(typeof part === 'string' ? part : JSON.stringify(part)).toString('base64url'))
    .join('.');

describe('with an app id, every request needs a Bot Framework token', () => {
  it.each([
    ['no Authorization header', {}],
    ['a token that is not a JWT', { authorization: 'Bearer hello' }],
    ['a token for another app', { authorization: `Bearer ${jwt({ aud: 'someone-else', iss: 'https://api.botframework.com', exp: Date.now() / 1000 + 600 })}` }],
    ['an expired token', { authorization: `Bearer ${jwt({ aud: APP_ID, iss: 'https://api.botframework.com', exp: Date.now() / 1000 - 3600 })}` }],
    ['a token from an unknown issuer', { authorization: `Bearer ${jwt({ aud: APP_ID, iss: 'https://evil.example', exp: Date.now() / 1000 + 600 })}` }],
  ])('refuses %s with 401 at once, calling nobody', async (_name, headers) => {
    teams = await startTeamsBot({ mode: 'authenticated', appId: APP_ID, appPassword: 'secret', appType: 'MultiTenant', tenantId: undefined });
    const started = Date.now();
    const res = await teams.post(teamsActivity(teams.connector.url, 'regel 7'), headers as Record<string, string>);
    expect(res.status).toBe(401);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(teams.connector.calls).toEqual([]); // refused before botbuilder saw it: nothing can follow
  });
});

describe('without an app id (Bot Framework Emulator on this machine only)', () => {
  it('refuses a serviceUrl that is not on this machine, calling nobody', async () => {
    teams = await startTeamsBot();
    const res = await teams.post(teamsActivity('https://smba.trafficmanager.net/emea/', 'regel 7'));
    expect(res.status).toBe(403);
  });

  it('answers malformed requests with 400 and keeps working', async () => {
    teams = await startTeamsBot();
    for (const body of ['{broken', '[]', '{"type":"message"}', '{"type":"message","serviceUrl":"ftp://x","conversation":{"id":"1"}}']) {
      const res = await fetch(`${teams.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(res.status, body).toBe(400);
    }
    await teams.say('regel 8');
    await teams.connector.waitForActivities(1);
  });
});
