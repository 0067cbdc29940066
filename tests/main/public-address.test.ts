import { afterEach, describe, expect, it } from 'vitest';
import { startPlatforms, type Platforms } from '../support/platform-harness.js';
import { teamsActivity } from '../support/teams-harness.js';

// Issue 14 items 15 and 16: the whole bot listening on 0.0.0.0, as for Slack in HTTP mode
// behind a load balancer (the tests still reach it on 127.0.0.1).

const TOKEN = 'metrics-token-0123456789abcdef';
let bot: Platforms | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

const get = (path: string, token?: string) => fetch(`${bot?.url}${path}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});

describe('on a public address', () => {
  it('/metrics needs METRICS_TOKEN as a bearer token; /readyz tells the rest only ready or not', async () => {
    bot = await startPlatforms({ HOST: '0.0.0.0', METRICS_TOKEN: TOKEN });
    expect((await get('/metrics')).status).toBe(401);
    expect((await get('/metrics', 'wrong-token-0123456789abcdef')).status).toBe(401);
    const metrics = await get('/metrics', TOKEN);
    expect(metrics.status).toBe(200);
    expect(await metrics.text()).toContain('richtlijnenbot_questions_total');

    expect(await (await get('/readyz')).json()).toEqual({ status: 'ready' });
    expect(await (await get('/readyz', TOKEN)).json()).toEqual({
      status: 'ready',
      database: 'sqlite ok',
      slack: 'connected',
      teams: 'off (Emulator endpoint not served on a public address)',
    });
  });

  it('/readyz tells others only "not ready" when Slack is down, and the token holder which platform and why', async () => {
    const retry = { firstMs: 20, maxMs: 100, recheckMs: 60_000, timeoutMs: 3_000 };
    bot = await startPlatforms(
      { HOST: '0.0.0.0', METRICS_TOKEN: TOKEN },
      { waitForSlack: false, retry, before: (api) => api.failAlways('auth.test', { status: 503 }) },
    );
    await bot.slackApi.waitFor('auth.test', 2, 10_000);
    const anonymous = await get('/readyz');
    expect(anonymous.status).toBe(503);
    expect(await anonymous.json()).toEqual({ status: 'not ready' });
    const detailed = await get('/readyz', TOKEN);
    expect(detailed.status).toBe(503);
    expect(await detailed.json()).toMatchObject({ status: 'not ready', database: 'sqlite ok', slack: expect.stringMatching(/auth\.test failed/) });
  });

  it('without METRICS_TOKEN refuses /metrics to everyone, and says so at start-up', async () => {
    bot = await startPlatforms({ HOST: '0.0.0.0' });
    const res = await get('/metrics');
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('METRICS_TOKEN');
    expect(bot.logger.lines).toContainEqual(expect.objectContaining({ event: 'metrics.closed' }));
  });

  it('refuses the Emulator endpoint (no MicrosoftAppId), and says so at start-up', async () => {
    bot = await startPlatforms({ HOST: '0.0.0.0' });
    const res = await bot.teams(teamsActivity(bot.connector.url, 'regel 7'));
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('TEAMS_EMULATOR=1');
    expect(bot.connector.calls).toEqual([]);
    expect(bot.logger.lines).toContainEqual(expect.objectContaining({ event: 'teams.emulator-off', host: '0.0.0.0' }));
    expect(bot.logger.lines.find((l) => l.event === 'started')?.teams).toContain('off: /api/messages refuses the Bot Framework Emulator');
  });

  it('serves the Emulator endpoint when TEAMS_EMULATOR=1 says so on purpose', async () => {
    bot = await startPlatforms({ HOST: '0.0.0.0', TEAMS_EMULATOR: '1' });
    const res = await bot.teams(teamsActivity(bot.connector.url, 'regel 7'));
    expect(res.status).toBe(200);
    await bot.connector.waitForActivities(1);
  });
});

describe('on loopback', () => {
  it('/metrics and /readyz’s details are open, HEAD /healthz is 200', async () => {
    bot = await startPlatforms();
    expect((await get('/metrics')).status).toBe(200);
    expect(await (await get('/readyz')).json()).toMatchObject({ status: 'ready', database: 'sqlite ok', slack: 'connected', teams: 'connected' });
    const head = await fetch(`${bot.url}/healthz`, { method: 'HEAD' });
    expect(head.status).toBe(200);
  });
});
