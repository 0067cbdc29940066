/** The baseline for the Teams path: a bare CloudAdapter behind node:http that only replies. */
import { createServer } from 'node:http';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, ConfigurationServiceClientCredentialFactory } from 'botbuilder';

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}, new ConfigurationServiceClientCredentialFactory({})));
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
      if (context.activity.type === 'message') await context.sendActivity('ok');
    });
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('ready\n'));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
