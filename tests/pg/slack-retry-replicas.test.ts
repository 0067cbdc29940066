import { expect, it } from 'vitest';
import { FakeSlackApi } from '../support/fake-slack-api.js';
import { freshSchema, Replica } from '../support/replicas.js';
import { SIGNING_SECRET, postToSlackEvents } from '../support/sign-slack-request.js';

/** An Events API callback as Slack posts it, signed; `retry` adds Slack's retry headers. */
function sendEvent(replica: Replica, eventId: string, event: Record<string, unknown>, retry?: number, secondsAgo = 0): Promise<Response> {
  const body = JSON.stringify({ type: 'event_callback', token: 'legacy', team_id: 'T0001', api_app_id: 'A0001', event_id: eventId, event_time: 1, event });
  const headers: Record<string, string> = retry ? { 'x-slack-retry-num': String(retry), 'x-slack-retry-reason': 'http_timeout' } : {};
  return postToSlackEvents(replica.url, body, { contentType: 'application/json', timestamp: Math.floor(Date.now() / 1000) - secondsAgo, headers });
}

// Runs in .ci/run, which starts a PostgreSQL server and sets DATABASE_URL; skipped elsewhere.
it.skipIf(!process.env.DATABASE_URL)(
  'a Slack retry that lands on the other replica is answered once',
  async () => {
    const api = await new FakeSlackApi().start();
    const schema = await freshSchema();
    const env = { SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: api.apiUrl, DATABASE_URL: schema.url, LOG_LEVEL: 'info' };
    const replicas = [await Replica.create(0, env), await Replica.create(1, env)];
    try {
      await Promise.all(replicas.map((r) => r.start()));
      const [first, second] = replicas as [Replica, Replica];
      const event = { type: 'message', channel_type: 'im', channel: 'D0ASKER', user: 'U0ASKER', text: 'regel 8', ts: '1700000000.000300' };
      const answers = () => api.callsOf('chat.postMessage').filter((c) => c.body.channel === 'D0ASKER');

      // Slack signs each delivery anew: the first one a few seconds before its retry.
      expect((await sendEvent(first, 'Ev0CROSS', event, undefined, 4)).status).toBe(200);
      await api.waitUntil(
        () => answers().length >= 1,
        10_000,
        () => 'the first delivery was not answered',
      );
      // Slack thought the first acknowledgement late and retries; the load balancer picks the other replica.
      expect((await sendEvent(second, 'Ev0CROSS', event, 1)).status).toBe(200);
      // Done when the second replica has either answered again or logged the event it let pass.
      const settled = () => answers().length > 1 || second.output().includes('Ev0CROSS');
      for (const deadline = Date.now() + 10_000; !settled() && Date.now() < deadline; ) {
        await api.waitUntil(settled, 250, () => '').catch(() => undefined);
      }
      expect(answers()).toHaveLength(1);
    } finally {
      await Promise.all(replicas.map((r) => r.stop()));
      await api.stop();
      await schema.drop();
    }
  },
  60_000,
);
