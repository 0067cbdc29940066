import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSlackBot, type SlackBot } from '../../support/slack-harness.js';

let slack: SlackBot;
beforeEach(async () => {
  slack = await startSlackBot();
});
afterEach(async () => {
  await slack.stop();
});

const mention = (text: string, extra: Record<string, unknown> = {}) => ({
  type: 'app_mention',
  user: 'U0ASKER',
  text: `<@UBOT> ${text}`,
  ts: '1700000000.000100',
  channel: 'C0GENERAL',
  event_ts: '1700000000.000100',
  ...extra,
});

describe('mentions and direct messages', () => {
  it('answers @Richtlijnenbot <vraag> in the thread of the question', async () => {
    const res = await slack.event(mention('mag ik een foto van een collega posten?'));
    expect(res.status).toBe(200);
    const [post] = await slack.api.waitFor('chat.postMessage');
    expect(post?.body).toMatchObject({ channel: 'C0GENERAL', thread_ts: '1700000000.000100' });
    expect(JSON.stringify(post?.body.blocks)).toContain('auteursrecht');
  });

  it('keeps answering in an existing thread', async () => {
    await slack.event(mention('regel 7', { ts: '1700000000.000200', thread_ts: '1700000000.000001' }));
    const [post] = await slack.api.waitFor('chat.postMessage');
    expect(post?.body.thread_ts).toBe('1700000000.000001');
  });

  it('answers a check in a channel mention privately, never in the thread', async () => {
    await slack.event(mention('check Vertrouwelijk: de fusie met Bedrijf X gaat door'));
    const [ephemeral] = await slack.api.waitFor('chat.postEphemeral');
    expect(ephemeral?.body).toMatchObject({ channel: 'C0GENERAL', user: 'U0ASKER' });
    expect(JSON.stringify(ephemeral?.body.blocks)).toContain('🔴 *Rood: plaats dit zo niet');
    expect(slack.api.callsOf('chat.postMessage')).toEqual([]);
  });

  it('answers a direct message in the direct message', async () => {
    await slack.event({ type: 'message', channel_type: 'im', channel: 'D0ASKER', user: 'U0ASKER', text: 'regel 8', ts: '1700000000.000300' });
    const [post] = await slack.api.waitFor('chat.postMessage');
    expect(post?.body.channel).toBe('D0ASKER');
    expect(JSON.stringify(post?.body.blocks)).toContain('Regel 8');
  });

  it('ignores its own messages and edits in a direct message', async () => {
    await slack.event({ type: 'message', channel_type: 'im', channel: 'D0ASKER', user: 'U0ASKER', subtype: 'message_changed', ts: '1' });
    await slack.event({ type: 'message', channel_type: 'im', channel: 'D0ASKER', bot_id: 'BBOT', user: 'UBOT', text: 'regel 8', ts: '2' });
    await slack.settled();
    expect(slack.api.callsOf('chat.postMessage')).toEqual([]);
  });

  it('answers a retried event once (X-Slack-Retry-Num)', async () => {
    const event = mention('regel 3');
    await slack.event(event, 'Ev0RETRY');
    await slack.event(event, 'Ev0RETRY', { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
    await slack.event(event, 'Ev0RETRY', { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' });
    await slack.settled();
    expect(slack.api.callsOf('chat.postMessage')).toHaveLength(1);
  });

  it('waits for Retry-After when Slack answers 429, then posts once', async () => {
    slack.api.failNext('chat.postMessage', { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } });
    await slack.event(mention('regel 5'));
    const posts = await slack.api.waitFor('chat.postMessage', 2, 8_000);
    expect(posts).toHaveLength(2);
    await slack.settled();
    expect(slack.api.callsOf('chat.postMessage')).toHaveLength(2);
  }, 15_000);

  it('logs a failing Web API call with its method and keeps answering others', async () => {
    slack.api.failNext('chat.postMessage', { status: 200, body: { ok: false, error: 'channel_not_found' } });
    await slack.event(mention('regel 1'));
    await slack.settled();
    expect(slack.logger.lines).toContainEqual(expect.objectContaining({ event: 'slack.api-error', method: 'chat.postMessage', error: 'channel_not_found' }));
    await slack.event(mention('regel 2'));
    await slack.api.waitFor('chat.postMessage', 2);
  });

  it('answers Slack’s url_verification challenge', async () => {
    const res = await slack.send({ type: 'url_verification', challenge: 'abc123', token: 'legacy' });
    expect(await res.text()).toContain('abc123');
  });
});
