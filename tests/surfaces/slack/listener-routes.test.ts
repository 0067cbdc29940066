import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import { expect, it } from 'vitest';
import { routeListeners } from '../../../src/surfaces/slack/listener-routes.js';

/** A real Bolt app whose listeners only say which of them ran. */
function appHearing() {
  const heard: string[] = [];
  const receiver = new HTTPReceiver({ signingSecret: 'unused', logLevel: LogLevel.ERROR, signatureVerification: false });
  const app = new App({ receiver, authorize: async () => ({ botToken: 'xoxb-test', botUserId: 'UBOT', botId: 'BBOT' }), logLevel: LogLevel.ERROR });
  routeListeners(app, (l) => {
    l.command('/socialmedia', async () => void heard.push('command'));
    l.event('app_mention', async () => void heard.push('mention'));
    l.message(async () => void heard.push('message'));
    l.action(/^follow_up_\d+$/, async () => void heard.push('follow-up'));
    l.action('share', async () => void heard.push('share'));
    l.shortcut('check_message', async () => void heard.push('shortcut'));
    l.view('escalate_modal', async () => void heard.push('view'));
  });
  const send = (body: Record<string, unknown>) => app.processEvent({ body, ack: async () => undefined } as never);
  return { heard, send };
}

const user = { id: 'U1', name: 'anna' };

it('hands each request to the listener Bolt would pick: by command, event type, action id, callback id', async () => {
  const { heard, send } = appHearing();
  await send({ command: '/socialmedia', text: 'regel 7', user_id: 'U1', channel_id: 'C1', team_id: 'T1' });
  await send({ type: 'event_callback', team_id: 'T1', event: { type: 'app_mention', user: 'U1', text: '<@UBOT> hoi', channel: 'C1', ts: '1.1' } });
  await send({ type: 'event_callback', team_id: 'T1', event: { type: 'message', user: 'U1', text: 'hoi', channel: 'D1', ts: '1.2' } });
  await send({ type: 'block_actions', user, team: { id: 'T1' }, actions: [{ type: 'button', action_id: 'follow_up_3', value: 'regel 3' }] });
  await send({ type: 'block_actions', user, team: { id: 'T1' }, actions: [{ type: 'button', action_id: 'share', value: '{}' }] });
  await send({ type: 'message_action', callback_id: 'check_message', user, team: { id: 'T1' }, message: { text: 'x' }, channel: { id: 'C1' } });
  await send({ type: 'view_submission', user, team: { id: 'T1' }, view: { id: 'V1', callback_id: 'escalate_modal', state: { values: {} } } });
  expect(heard).toEqual(['command', 'mention', 'message', 'follow-up', 'share', 'shortcut', 'view']);
});

it('leaves alone what no listener asked for: another command, an unknown button, a closed form, its own messages', async () => {
  const { heard, send } = appHearing();
  await send({ command: '/other', text: '', user_id: 'U1', channel_id: 'C1', team_id: 'T1' });
  await send({ type: 'block_actions', user, team: { id: 'T1' }, actions: [{ type: 'button', action_id: 'follow_up_x' }] });
  await send({ type: 'view_closed', user, team: { id: 'T1' }, view: { id: 'V1', callback_id: 'escalate_modal' } });
  await send({ type: 'event_callback', team_id: 'T1', event: { type: 'message', user: 'UBOT', bot_id: 'BBOT', text: 'mine', channel: 'D1', ts: '1.3' } });
  expect(heard).toEqual([]);
});
