import { createHmac } from 'node:crypto';

/** The signing secret the test bots are configured with. */
export const SIGNING_SECRET = '0123456789abcdef0123456789abcdef';

/** Slack's request signature: `v0=` + HMAC-SHA256 of `v0:<timestamp>:<body>` with the signing secret. */
export function signSlackRequest(secret: string, body: string, timestamp: number): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SlackPost {
  /** Default: a form body (slash commands, interactivity); `application/json` for Events API callbacks. */
  contentType?: string;
  /** Seconds since the epoch; default now. */
  timestamp?: number;
  /** Default: a signature over body and timestamp with SIGNING_SECRET. */
  signature?: string;
  secret?: string;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/** Posts a body to `<base>/slack/events` as Slack does: stamped and signed. */
export function postToSlackEvents(base: string, body: string, options: SlackPost = {}): Promise<Response> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  return fetch(`${base}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': options.contentType ?? 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': options.signature ?? signSlackRequest(options.secret ?? SIGNING_SECRET, body, timestamp),
      ...options.headers,
    },
    body,
    ...(options.signal ? { signal: options.signal } : {}),
  });
}

let triggers = 0;

/** A trigger id as Slack makes one: unique per interaction, so two equal clicks are two signatures. */
export function triggerId(): string {
  return `${Date.now()}.${++triggers}.test`;
}
