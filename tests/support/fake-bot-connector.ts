import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { until } from './until.js';

/** A member as Teams' roster lists them. */
export interface TeamsMember {
  id: string;
  name: string;
  aadObjectId?: string;
}

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
  /** Team rosters by team id, and chat members by conversation id, as `pagedmembers` reports them. */
  readonly rosters = new Map<string, TeamsMember[]>();
  /** Members per `pagedmembers` page at most (Teams allows 50 to 500; small here, so paging is used). */
  rosterPageSize = 2;

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      let raw = '';
      req.setEncoding('utf8').on('data', (c: string) => (raw += c));
      req.on('end', () => {
        const [rawPath = '', query = ''] = (req.url ?? '').split('?');
        const path = decodeURIComponent(rawPath);
        const conversationId = /^\/v3\/conversations\/([^/]+)/.exec(path)?.[1];
        const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
        this.calls.push({ method: req.method ?? '', path, conversationId, body, headers: req.headers });
        this.events.emit('change');
        const paged = /^\/v3\/conversations\/([^/]+)\/pagedmembers$/.exec(path);
        if (req.method === 'GET' && paged) {
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(this.page(paged[1] as string, new URLSearchParams(query))));
          return;
        }
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

  /** One page of a roster; the continuation token is where the next page starts. */
  private page(id: string, query: URLSearchParams): { members: TeamsMember[]; continuationToken?: string } {
    const all = this.rosters.get(id) ?? [];
    const start = Number(query.get('continuationToken') ?? 0);
    const size = Math.min(this.rosterPageSize, Number(query.get('pageSize') ?? this.rosterPageSize));
    const end = start + size;
    return { members: all.slice(start, end), ...(end < all.length ? { continuationToken: String(end) } : {}) };
  }

  /** The roster requests the bot made (`GET …/pagedmembers`), for a team or chat id. */
  rosterCalls(id?: string): ConnectorCall[] {
    return this.calls.filter((c) => c.method === 'GET' && c.path.endsWith('/pagedmembers') && (id === undefined || c.conversationId === id));
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
          ? {
              ...c,
              conversationId: (c.body.channelData as { channel?: { id?: string } } | undefined)?.channel?.id,
              body: c.body.activity as Record<string, unknown>,
            }
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
