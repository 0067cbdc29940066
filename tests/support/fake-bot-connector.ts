import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { until } from './until.js';

export interface ConnectorCall {
  method: string;
  path: string;
  /** The conversation the call is about, from the path. */
  conversationId: string | undefined;
  body: Record<string, unknown>;
  headers: IncomingMessage['headers'];
}

/**
 * The Bot Framework connector (Teams' serviceUrl) on 127.0.0.1, for tests: records the
 * activities the bot sends and creates personal conversations on request.
 */
export class FakeBotConnector {
  readonly calls: ConnectorCall[] = [];
  /** Emits 'change' when a call arrives. */
  private readonly events = new EventEmitter();
  private server: Server | undefined;
  private counter = 0;
  url = '';
  /** Status for the next activity posts, to simulate a removed bot (403) or an outage. */
  private failures: number[] = [];

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      let raw = '';
      req.setEncoding('utf8').on('data', (c: string) => (raw += c));
      req.on('end', () => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
        const conversationId = /^\/v3\/conversations\/([^/]+)/.exec(path)?.[1];
        const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
        this.calls.push({ method: req.method ?? '', path, conversationId, body, headers: req.headers });
        this.events.emit('change');
        const failure = this.failures.shift();
        if (failure) {
          res.writeHead(failure, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'Forbidden', message: 'fake failure' } }));
          return;
        }
        this.counter++;
        const channel = (body.channelData as { channel?: { id?: string } } | undefined)?.channel?.id;
        const answer =
          path === '/v3/conversations'
            ? channel
              ? { id: `${channel};messageid=act-${this.counter}`, activityId: `act-${this.counter}` }
              : { id: `a:personal-${this.counter}`, activityId: `act-${this.counter}` }
            : { id: `act-${this.counter}` };
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this;
  }

  /** Ends the failures still queued: the connector is back. */
  recover(): void {
    this.failures = [];
  }

  failNext(status: number, times = 1): void {
    for (let i = 0; i < times; i++) this.failures.push(status);
  }

  /**
   * Activities the bot sent (replies and new messages), in order. A new thread in a team channel
   * is a create-conversation call carrying the activity; it counts as sent in that channel.
   */
  get activities(): ConnectorCall[] {
    return this.calls
      .filter((c) => c.method === 'POST' && (/\/activities/.test(c.path) || (c.path === '/v3/conversations' && c.body.activity !== undefined)))
      .map((c) =>
        c.path === '/v3/conversations'
          ? { ...c, conversationId: (c.body.channelData as { channel?: { id?: string } } | undefined)?.channel?.id, body: c.body.activity as Record<string, unknown> }
          : c,
      );
  }

  activitiesIn(conversationId: string): ConnectorCall[] {
    return this.activities.filter((c) => c.conversationId === conversationId);
  }

  async waitForActivities(count: number, timeoutMs = 5_000): Promise<ConnectorCall[]> {
    const why = () => `timed out waiting for ${count} activities; got ${this.activities.length}: ${this.calls.map((c) => c.path).join(', ')}`;
    await until(this.events, () => this.activities.length >= count, timeoutMs, why);
    return this.activities;
  }

  /** Waits for the first activity that `matches`, and returns it. */
  async waitForActivity(matches: (call: ConnectorCall) => boolean, timeoutMs = 5_000): Promise<ConnectorCall> {
    const why = () => `timed out waiting for a matching activity; got ${this.activities.length}: ${this.calls.map((c) => c.path).join(', ')}`;
    await until(this.events, () => this.activities.some(matches), timeoutMs, why);
    return this.activities.find(matches) as ConnectorCall;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server?.close(() => resolve());
      this.server?.closeAllConnections();
    });
  }
}
