/**
 * The anchor for the Teams path: a bare CloudAdapter behind node:http that replies to a message
 * with a one-line Adaptive Card, as the bot replies with a card (issue 17 item 11).
 */
import { createServer } from 'node:http';
import { CardFactory, CloudAdapter, ConfigurationBotFrameworkAuthentication, ConfigurationServiceClientCredentialFactory } from 'botbuilder';

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}, new ConfigurationServiceClientCredentialFactory({})));
const card = CardFactory.adaptiveCard({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'ok', wrap: true }] });
const server = createServer((req, res) => {
  let raw = '';
  req.on('data', (c: Buffer) => (raw += c.toString()));
  req.on('end', () => {
    const shim = {
      socket: res.socket,
      status: (code: number) => ((res.statusCode = code), shim),
      header: (name: string, value: unknown) => (res.setHeader(name, String(value)), shim),
      send: (body: unknown) => (body !== undefined && res.write(typeof body === 'string' ? body : JSON.stringify(body)), shim),
      end: () => (res.end(), shim),
    };
    void adapter.process({ body: JSON.parse(raw) as Record<string, unknown>, headers: req.headers, method: req.method ?? 'POST' }, shim, async (context) => {
      if (context.activity.type === 'message') await context.sendActivity({ attachments: [card] });
    });
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('ready\n'));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
