import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeSlackChannels } from './fake-slack-channels.js';
import { until } from './until.js';

/** One request the fake received: a Web API method or a response_url post. */
export interface SlackCall {
  method: string;
  body: Record<string, unknown>;
  headers: IncomingMessage['headers'];
  /** Whether the fake answered this call with a failure (after doing it, for some `failModes`). */
  failed?: boolean;
  /** The bot token it came with (tests give each replica its own). */
  token?: string | undefined;
  /** For a reply that came back in a slash command's acknowledgement rather than a post. */
  via?: 'ack';
}

interface Failure {
  /** 0: never answer (a Slack that times out); the request hangs until the fake stops. */
  status: number;
  headers?: Record<string, string>;
  body?: Record<string, unknown>;
}

/**
 * How a random failure looks: `unavailable` answers { ok: false, error: 'service_unavailable' }
 * and does nothing; `http-503` answers 503 and does nothing (the Web API client retries those);
 * `internal_error` does the call and then answers { ok: false, error: 'internal_error' } (Slack:
 * "it's possible some aspect of the operation succeeded"); `reset` does the call and drops the
 * connection before answering.
 */
export type FailureMode = 'unavailable' | 'http-503' | 'internal_error' | 'reset';

function parseBody(raw: string, type: string | undefined): Record<string, unknown> {
  if (raw === '') return {};
  if (type?.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    // The Web API client sends blocks and other structures as JSON strings.
    out[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return out;
}

/**
 * Slack's Web API and response_url endpoint on 127.0.0.1, for tests: records every call,
 * answers `ok: true` with what each method's caller needs, and fails on request.
 */
export class FakeSlackApi {
  readonly calls: SlackCall[] = [];
  /** Emits 'change' when a call arrives. */
  private readonly events = new EventEmitter();
  private readonly failures = new Map<string, Failure[]>();
  private readonly lostAnswers = new Map<string, Array<'internal_error' | 'reset'>>();
  private server: Server | undefined;
  url = '';
  /** For Socket Mode: the WebSocket URL apps.connections.open hands out. */
  socketUrl = '';
  /** The members conversations.members reports for any channel not in `channelMembers`. */
  members: string[] = [];
  /** Members per channel, where they differ from `members`. */
  readonly channelMembers = new Map<string, string[]>();
  /** Members per conversations.members page at most (Slack's own limit is 1 000); small, so paging is used. */
  membersPageSize = 2;
  /**
   * What conversations.info says of a channel, where it differs from what its id suggests
   * (C… a public channel with the bot in it, G… a group DM, D… a direct message).
   */
  readonly channelInfo = new Map<string, Record<string, unknown>>();
  /** Share of calls to `failMethods` that fail at random (an unreliable Slack), 0 by default. */
  failRate = 0;
  failMethods: readonly string[] = ['chat.postMessage'];
  failModes: readonly FailureMode[] = ['unavailable'];
  /** Where random failures come from: seed it for a repeatable run. */
  random: () => number = Math.random;
  /** Called after a call was done and before it is answered (a test may kill its caller here). */
  beforeAnswer: ((call: SlackCall) => void) | undefined;
  /** The channels' messages, as posted and updated. */
  readonly channels = new FakeSlackChannels();

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      let raw = '';
      req.setEncoding('utf8').on('data', (c: string) => (raw += c));
      req.on('end', () => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        const method = path.startsWith('/api/') ? path.slice(5) : path.startsWith('/response/') ? 'response_url' : path;
        const body = parseBody(raw, req.headers['content-type']);
        const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? (typeof body.token === 'string' ? body.token : undefined);
        const call: SlackCall = { method, body, headers: req.headers, token };
        this.calls.push(call);
        this.events.emit('change');
        const failure = this.failures.get(method)?.shift();
        const lost = failure ? undefined : this.lostAnswers.get(method)?.shift();
        const random =
          lost ??
          (failure || !this.failMethods.includes(method) || this.random() >= this.failRate
            ? undefined
            : this.failModes[Math.floor(this.random() * this.failModes.length)]);
        const before =
          failure ??
          (random === 'unavailable' ? { status: 200, body: { ok: false, error: 'service_unavailable' } } : random === 'http-503' ? { status: 503 } : undefined);
        if (before) {
          call.failed = true;
          if (before.status === 0) return; // no answer at all
          res
            .writeHead(before.status, { 'content-type': 'application/json', ...before.headers })
            .end(JSON.stringify(before.body ?? { ok: false, error: 'fake_failure' }));
          return;
        }
        const answer = this.answer(method, body, token);
        this.events.emit('change');
        this.beforeAnswer?.(call);
        if (random === 'reset') {
          call.failed = true;
          req.socket.destroy();
          return;
        }
        if (random === 'internal_error') {
          call.failed = true;
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error: 'internal_error' }));
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** One page of conversations.members; the cursor is where the next page starts. */
  private membersPage(body: Record<string, unknown>): Record<string, unknown> {
    const all = this.channelMembers.get(String(body.channel)) ?? this.members;
    const start = Number(body.cursor ?? 0);
    const end = start + Math.min(this.membersPageSize, Number(body.limit ?? this.membersPageSize));
    return { ok: true, members: all.slice(start, end), response_metadata: { next_cursor: end < all.length ? String(end) : '' } };
  }

  private info(body: Record<string, unknown>): Record<string, unknown> {
    const id = String(body.channel);
    const kind = id.startsWith('D') ? { is_im: true } : id.startsWith('G') ? { is_mpim: true, is_group: true } : { is_channel: true, is_member: true };
    return {
      ok: true,
      channel: {
        id,
        is_channel: false,
        is_group: false,
        is_im: false,
        is_mpim: false,
        is_private: false,
        is_member: false,
        ...kind,
        ...this.channelInfo.get(id),
      },
    };
  }

  private answer(method: string, body: Record<string, unknown>, token: string | undefined): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T0001', user: 'richtlijnenbot' };
      case 'chat.postMessage':
        return this.channels.post(body, token);
      case 'conversations.history':
        return this.channels.history(body);
      case 'chat.postEphemeral':
        return { ok: true, message_ts: `${Date.now() / 1000}` };
      case 'apps.connections.open':
        return { ok: true, url: this.socketUrl };
      case 'conversations.members':
        return this.membersPage(body);
      case 'conversations.info':
        return this.info(body);
      case 'chat.getPermalink':
        return { ok: true, permalink: 'https://example.slack.com/archives/C0GENERAL/p1700000000000100' };
      case 'files.getUploadURLExternal':
        return { ok: true, upload_url: `${this.url}/upload/F0FILE`, file_id: 'F0FILE' };
      case 'files.completeUploadExternal':
        return { ok: true, files: [{ id: 'F0FILE' }] };
      case 'chat.update': {
        // A card the fake never saw (posted before it kept messages) is still "updated".
        const updated = this.channels.update(body);
        return updated.ok ? updated : { ok: true, channel: body.channel, ts: body.ts };
      }
      default:
        return { ok: true };
    }
  }

  /** The Web API base URL for SLACK_API_URL. */
  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  /** A response_url that lands here. */
  responseUrl(id = 'r1'): string {
    return `${this.url}/response/${id}`;
  }

  /**
   * What Slack does with a slash command's HTTP acknowledgement: a body with a message is
   * shown to the user exactly like a post to the command's response_url, so it is recorded as
   * one (`via: 'ack'`). Returns the response with its body still readable.
   */
  async showAcknowledgement(response: Response): Promise<Response> {
    const text = await response.text();
    if (response.ok && text.trim() !== '') {
      try {
        const body = JSON.parse(text) as unknown;
        if (body && typeof body === 'object') {
          this.calls.push({ method: 'response_url', body: body as Record<string, unknown>, headers: {}, via: 'ack' });
          this.events.emit('change');
        }
      } catch {
        // not a message: Slack would show the text as is; nothing the tests look at
      }
    }
    return new Response(text === '' ? null : text, { status: response.status, headers: response.headers });
  }

  /** Makes every call of `method` fail this way until `recover(method)`. */
  failAlways(method: string, failure: Failure): void {
    this.failNext(method, failure, 1_000_000);
  }

  /** Ends the failures of `method`: Slack is back. */
  recover(method: string): void {
    this.failures.delete(method);
  }

  /** Makes the next call(s) of `method` fail this way. */
  failNext(method: string, failure: Failure, times = 1): void {
    const list = this.failures.get(method) ?? [];
    for (let i = 0; i < times; i++) list.push(failure);
    this.failures.set(method, list);
  }

  /** Does the next call(s) of `method`, then fails to say so: `internal_error`, or a dropped connection. */
  loseNextAnswer(method: string, how: 'internal_error' | 'reset' = 'reset', times = 1): void {
    const list = this.lostAnswers.get(method) ?? [];
    for (let i = 0; i < times; i++) list.push(how);
    this.lostAnswers.set(method, list);
  }

  callsOf(method: string): SlackCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Waits until `count` calls of `method` arrived (events are answered after their ack). */
  async waitFor(method: string, count = 1, timeoutMs = 5_000): Promise<SlackCall[]> {
    const why = () => `timed out waiting for ${count} × ${method}; got ${this.calls.map((c) => c.method).join(', ')}`;
    await until(this.events, () => this.callsOf(method).length >= count, timeoutMs, why);
    return this.callsOf(method);
  }

  /** Waits until `done()` holds, checked at every call the fake receives and completes. */
  async waitUntil(done: () => boolean, timeoutMs: number, why: () => string): Promise<void> {
    await until(this.events, done, timeoutMs, why);
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server?.close(() => resolve());
      this.server?.closeAllConnections();
    });
  }
}
