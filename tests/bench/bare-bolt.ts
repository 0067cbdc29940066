/**
 * The anchor for the Slack path: a bare Bolt app in HTTP mode that answers the slash command in
 * its acknowledgement with one line, as the bot answers (issue 17 item 11).
 */
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';

const port = Number(process.env.PORT);
const receiver = new HTTPReceiver({ signingSecret: process.env.SLACK_SIGNING_SECRET ?? '', endpoints: '/slack/events', logLevel: LogLevel.ERROR });
const app = new App({ token: 'xoxb-bench', receiver, clientOptions: { slackApiUrl: process.env.SLACK_API_URL }, logLevel: LogLevel.ERROR });
app.command('/socialmedia', async ({ ack }) => {
  await ack({ response_type: 'ephemeral', text: 'ok' });
});
await app.start(port);
process.stdout.write('ready\n');
process.on('SIGTERM', () => void app.stop().then(() => process.exit(0)));
