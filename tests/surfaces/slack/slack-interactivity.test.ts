import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSlackBot, type SlackBot } from '../../support/slack-harness.js';

let slack: SlackBot;
beforeEach(async () => {
  slack = await startSlackBot();
});
afterEach(async () => {
  await slack.stop();
});

const user = { id: 'U0ASKER', username: 'asker', team_id: 'T0001' };
const team = { id: 'T0001', domain: 'example' };
const channel = { id: 'C0GENERAL', name: 'general' };

const buttonClick = (actionId: string, value: string) => ({
  type: 'block_actions',
  user,
  team,
  channel,
  api_app_id: 'A0001',
  token: 'legacy',
  trigger_id: '1.2.3',
  response_url: slack.api.responseUrl('click'),
  container: { type: 'message', message_ts: '1700000000.000100', channel_id: 'C0GENERAL', is_ephemeral: true },
  actions: [{ type: 'button', action_id: actionId, block_id: 'b1', value, text: { type: 'plain_text', text: 'x' }, action_ts: '1700000001.0' }],
});

describe('the message shortcut "Check dit bericht"', () => {
  it('checks the message and shows the result only to whoever clicked', async () => {
    const res = await slack.interact({
      type: 'message_action',
      callback_id: 'check_message',
      user,
      team,
      channel,
      token: 'legacy',
      trigger_id: '1.2.3',
      action_ts: '1700000001.0',
      message_ts: '1700000000.000100',
      response_url: slack.api.responseUrl('shortcut'),
      message: { type: 'message', user: 'U0OTHER', ts: '1700000000.000100', text: 'WAT EEN SCHANDE!!!! Bel me op 06-12345678' },
    });
    expect(res.status).toBe(200);
    const [answer] = await slack.api.waitFor('response_url');
    expect(answer?.body.response_type).toBe('ephemeral');
    expect(JSON.stringify(answer?.body.blocks)).toContain('🔴 *Rood: plaats dit zo niet');
    expect(slack.api.callsOf('chat.postMessage')).toEqual([]);
  });
});

describe('buttons', () => {
  it('"Deel in kanaal" posts the answer the button names for everyone, saying who shared it', async () => {
    await slack.interact(buttonClick('share_answer', JSON.stringify({ kind: 'rule', id: 'regel-7', lang: 'nl' })));
    const [shared] = await slack.api.waitFor('response_url');
    expect(shared?.body).toMatchObject({ response_type: 'in_channel', replace_original: false });
    expect(JSON.stringify(shared?.body.blocks)).toContain('Regel 7');
    expect(JSON.stringify(shared?.body.blocks)).toContain('Gedeeld door <@U0ASKER>');
  });

  it.each([
    ['a draft check', 'check Vertrouwelijk: geheim plan'],
    ['a command, as the button used to carry', 'regel 7'],
    ['free text dressed as a reference', JSON.stringify({ kind: 'answer', id: 'regel-7', lang: 'nl', text: 'De bot zegt: iedereen is ontslagen' })],
    ['an id that is no guideline content', JSON.stringify({ kind: 'answer', id: 'ik-ben-de-baas', lang: 'nl' })],
  ])('never posts %s to the channel: the clicker is told privately', async (_what, value) => {
    await slack.interact(buttonClick('share_answer', value));
    const [answer] = await slack.api.waitFor('response_url');
    expect(answer?.body.response_type).toBe('ephemeral');
    expect(String(answer?.body.text)).toContain('Dat kan ik niet delen');
    await slack.settled();
    expect(slack.api.callsOf('response_url').filter((c) => c.body.response_type === 'in_channel')).toEqual([]);
  });

  it('a follow-up button answers its command privately', async () => {
    await slack.interact(buttonClick('follow_up_0', 'regel 8'));
    const [answer] = await slack.api.waitFor('response_url');
    expect(answer?.body.response_type).toBe('ephemeral');
    expect(JSON.stringify(answer?.body.blocks)).toContain('Regel 8');
  });

  it('a vote turns the private answer into a thanked one in place, one vote per person per card', async () => {
    await slack.interact(buttonClick('feedback_down', 'en:regel-3:'));
    const [first] = await slack.api.waitFor('response_url');
    expect(first?.body).toMatchObject({ replace_original: true });
    const blocks = JSON.stringify(first?.body.blocks);
    expect(blocks).toContain('Rule 3: Extra careful with clients and competitors');
    expect(blocks).toContain('Thanks for your feedback. The communications department will look at it.');
    expect(blocks).not.toContain('feedback_up');
    // "Share in channel" still works on the thanked card.
    const share = ((first?.body.blocks ?? []) as Array<{ elements?: Array<{ action_id?: string; value?: string }> }>)
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.action_id === 'share_answer');
    await slack.interact(buttonClick('share_answer', share?.value ?? ''));
    const [, shared] = await slack.api.waitFor('response_url', 2);
    expect(shared?.body.response_type).toBe('in_channel');
    expect(JSON.stringify(shared?.body.blocks)).toContain('Rule 3');
    await slack.interact(buttonClick('feedback_up', 'en:regel-3:'));
    await slack.api.waitFor('response_url', 3);
    expect(await slack.feedback.counts()).toEqual([{ itemId: 'regel-3', up: 1, down: 0 }]);
    await slack.interact({ ...buttonClick('feedback_up', 'en:regel-3:'), user: { ...user, id: 'U0OTHER' } });
    await slack.interact({
      ...buttonClick('feedback_up', 'en:regel-3:'),
      container: { type: 'message', message_ts: '1700000009.000100', channel_id: 'C0GENERAL', is_ephemeral: true },
    });
    await slack.api.waitFor('response_url', 5);
    expect(await slack.feedback.counts()).toEqual([{ itemId: 'regel-3', up: 3, down: 0 }]);
  });

  it('thanks a vote on an answer the whole channel sees privately, leaving that answer as it is', async () => {
    await slack.interact({
      ...buttonClick('feedback_up', 'nl:regel-7:regel-8'),
      container: { type: 'message', message_ts: '1700000000.000100', channel_id: 'C0GENERAL', is_ephemeral: false },
    });
    const [thanks] = await slack.api.waitFor('response_url');
    expect(thanks?.body).toMatchObject({ response_type: 'ephemeral', replace_original: false, text: 'Bedankt, fijn dat je er iets aan had!' });
    expect(await slack.feedback.counts()).toEqual([{ itemId: 'regel-7', up: 1, down: 0 }]);
  });

  it('a follow-up on an English answer answers in English, even without a language word', async () => {
    await slack.interact(buttonClick('follow_up_1', JSON.stringify({ command: 'tip', lang: 'en' })));
    const [answer] = await slack.api.waitFor('response_url');
    expect(JSON.stringify(answer?.body.blocks)).toContain('Tip of the day');
  });

  it('ignores feedback on an item that does not exist', async () => {
    await slack.interact(buttonClick('feedback_up', 'nl:bestaat-niet'));
    await slack.settled();
    expect(await slack.feedback.counts()).toEqual([]);
  });
});

describe('App Home', () => {
  it('publishes what the bot does, the eight rules, today’s tip and the disclaimer', async () => {
    await slack.event({ type: 'app_home_opened', user: 'U0ASKER', channel: 'D0ASKER', tab: 'home', event_ts: '1' });
    const [publish] = await slack.api.waitFor('views.publish');
    expect(publish?.body.user_id).toBe('U0ASKER');
    const view = JSON.stringify(publish?.body.view);
    for (let n = 1; n <= 8; n++) expect(view).toContain(`Regel ${n}`);
    expect(view).toContain('Tip van vandaag');
    expect(view).toContain('© 2026');
  });

  it('expands a rule when its button is clicked', async () => {
    await slack.interact({
      ...buttonClick('home_toggle_rule_regel-7', 'regel-7'),
      container: { type: 'view', view_id: 'V1' },
      view: { id: 'V1', type: 'home' },
    });
    const [publish] = await slack.api.waitFor('views.publish');
    expect(JSON.stringify(publish?.body.view)).toContain('dreigt te ontsporen');
  });
});
