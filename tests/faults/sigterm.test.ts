import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { FakeSlackApi } from '../support/fake-slack-api.js';
import { freePort, spawnBot, waitForHealthy } from '../support/spawn-bot.js';
import { SIGNING_SECRET, postToSlackEvents } from '../support/sign-slack-request.js';

it('stops cleanly on SIGTERM in the middle of traffic, and the outbox resumes after a restart', async () => {
  const api = await new FakeSlackApi().start();
  api.failRate = 1; // Slack is down while the reports come in: everything waits in the outbox
  const dataDir = mkdtempSync(join(tmpdir(), 'richtlijnenbot-sigterm-'));
  const metricsToken = 'metrics-token-0123456789abcdef';
  // On 0.0.0.0 (Slack's HTTP mode) /metrics needs the token.
  const env = {
    SLACK_BOT_TOKEN: 'xoxb-test',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: api.apiUrl,
    DATA_DIR: dataDir,
    ESCALATION_SLACK_CHANNEL: 'C0COMMS',
    METRICS_TOKEN: metricsToken,
  };
  const port = await freePort();
  const first = spawnBot({ ...env, PORT: String(port) });
  const send = (i: number) => {
    const body = new URLSearchParams({
      command: '/socialmedia',
      text: `escaleer https://x.com/${i} discussie ${i}`,
      user_id: `U${i}`,
      channel_id: 'C0GENERAL',
      response_url: api.responseUrl(`r${i}`),
    }).toString();
    return postToSlackEvents(`http://127.0.0.1:${port}`, body).then(
      async (r) => (await api.showAcknowledgement(r)).status,
      () => 0,
    );
  };
  try {
    await waitForHealthy(`http://127.0.0.1:${port}/readyz`, 20_000); // ready: Slack answered auth.test
    let answered = 0;
    const traffic = Array.from({ length: 60 }, (_, i) => new Promise<number>((resolve) => setTimeout(() => resolve(send(i)), i * 10)));
    for (const request of traffic) void request.then(() => answered++);
    await expect.poll(() => answered, { timeout: 10_000, interval: 5 }).toBeGreaterThan(5); // in the middle of the traffic
    const started = Date.now();
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
    const statuses = await Promise.all(traffic);
    const confirmed = api
      .callsOf('response_url')
      .map((c) => /E-[A-Z0-9]{5}/.exec(JSON.stringify(c.body))?.[0])
      .filter((x): x is string => x !== undefined);
    expect(confirmed.length).toBeGreaterThan(0);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(confirmed.length);

    api.failRate = 0; // Slack is back
    const secondPort = await freePort();
    const second = spawnBot({ ...env, PORT: String(secondPort) });
    try {
      const delivered = () => api.callsOf('chat.postMessage').filter((c) => !c.failed && c.body.channel === 'C0COMMS');
      const allDelivered = () => confirmed.every((id) => delivered().some((c) => JSON.stringify(c.body).includes(id)));
      await expect.poll(allDelivered, { timeout: 30_000, interval: 100 }).toBe(true);
      // An empty outbox delivers nothing more: then any double would be there to see.
      const outboxPending = async () =>
        /richtlijnenbot_outbox_pending (\d+)/.exec(
          await (await fetch(`http://127.0.0.1:${secondPort}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } })).text(),
        )?.[1];
      await expect.poll(outboxPending, { timeout: 10_000, interval: 100 }).toBe('0');
      for (const id of confirmed)
        expect(
          delivered().filter((c) => JSON.stringify(c.body).includes(id)),
          id,
        ).toHaveLength(1);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  } finally {
    first.child.kill('SIGKILL');
    await api.stop();
  }
}, 90_000);
