import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { slackClick, slackSubmission, startPlatforms, type Platforms } from '../../support/platform-harness.js';

let bot: Platforms;
beforeEach(async () => {
  bot = await startPlatforms({ ESCALATION_SLACK_CHANNEL: 'C0COMMS' });
  bot.slackApi.members = ['U0COMMS1'];
});
afterEach(async () => {
  await bot.close();
});

const select = (value: string) => ({ type: 'static_select', selected_option: { value, text: { type: 'plain_text', text: value } } });

/** The report form submitted, as Slack posts a view_submission (signed, through the real Bolt app). */
function submitReport(values: { link?: string; category?: string; urgency?: string; description?: string }) {
  return bot.interact(
    slackSubmission({
      user: 'U0REPORTER',
      callbackId: 'escalate_modal',
      metadata: JSON.stringify({ channel: 'C0GENERAL' }),
      values: {
        link: { type: 'url_text_input', value: values.link ?? null },
        category: select(values.category ?? 'discussie'),
        urgency: select(values.urgency ?? 'normaal'),
        description: { type: 'plain_text_input', value: values.description ?? null },
      },
    }),
  );
}

const escalations = () => bot.db.kysely.selectFrom('escalations').selectAll().execute();

describe('the Slack report form, checked on the server', () => {
  it.each([
    [
      'a javascript: link',
      { link: 'javascript:alert(document.cookie)', description: 'boze reacties' },
      { link: 'Plak een link die begint met https:// (hoogstens 500 tekens).' },
    ],
    ['a link that is not http(s)', { link: 'ftp://x.com/1', description: 'boze reacties' }, { link: expect.stringContaining('https://') }],
    ['an overlong link', { link: `https://x.com/${'a'.repeat(500)}`, description: 'boze reacties' }, { link: expect.stringContaining('500') }],
    ['no description', { link: 'https://x.com/1' }, { description: 'Vertel kort wat er aan de hand is.' }],
    ['an overlong description', { description: 'x'.repeat(1_001) }, { description: 'Dat is te lang: hoogstens 1000 tekens. Vat het kort samen.' }],
    ['a category the form never offered', { description: 'boze reacties', category: 'ontslag' }, { category: 'Kies een van de opties.' }],
    ['an urgency the form never offered', { description: 'boze reacties', urgency: 'paniek' }, { urgency: 'Kies een van de opties.' }],
  ])('shows the error beside the field for %s, and reports nothing', async (_what, values, errors) => {
    const response = await submitReport(values);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ response_action: 'errors', errors });
    expect(await escalations()).toEqual([]);
  });

  it('reports a valid form, its description kept with personal data masked', async () => {
    const response = await submitReport({
      link: 'https://x.com/cnv/status/1',
      description: 'Collega Mark de Vries wordt bedreigd, zijn nummer 06-12345678 staat eronder',
      urgency: 'hoog',
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
    const [confirmation] = await bot.slackApi.waitFor('chat.postMessage');
    expect(confirmation?.body.channel).toBe('U0REPORTER');
    const [stored] = await escalations();
    expect(stored).toMatchObject({
      link: 'https://x.com/cnv/status/1',
      urgency: 'hoog',
      description: 'Collega [naam] wordt bedreigd, zijn nummer [telefoon] staat eronder',
    });
  });

  it('the outcome form refuses an overlong outcome beside its field', async () => {
    await bot.command('escaleer https://x.com/1 boze reacties');
    const [confirmation] = await bot.slackApi.waitFor('response_url');
    const id = /E-[A-Z0-9]{5}/.exec(JSON.stringify(confirmation?.body))?.[0] as string;
    await bot.worker.runOnce();
    await bot.interact(
      slackClick(bot, {
        actionId: 'follow_up_input_0',
        value: JSON.stringify({ command: `escalatie ${id} afhandelen`, label: 'Hoe?' }),
        user: 'U0COMMS1',
        channel: 'C0COMMS',
      }),
    );
    const [form] = await bot.slackApi.waitFor('views.open');
    const metadata = (form?.body.view as { private_metadata: string } | undefined)?.private_metadata;
    const submit = (text: string) =>
      bot.interact(
        slackSubmission({ user: 'U0COMMS1', callbackId: 'follow_up_input_modal', metadata, values: { text: { type: 'plain_text_input', value: text } } }),
      );
    expect(await (await submit('y'.repeat(501))).json()).toEqual({
      response_action: 'errors',
      errors: { text: 'Dat is te lang: hoogstens 500 tekens. Vat het kort samen.' },
    });
    expect((await escalations())[0]?.status).toBe('open');
  });
});
