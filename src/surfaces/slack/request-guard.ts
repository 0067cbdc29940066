import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger, OnceStore } from '../../core/ports.js';
import { BodyTooLargeError, readBody } from '../../runtime/http/read-body.js';
import { SIGNATURE_MAX_AGE_S, SIGNATURE_MAX_FUTURE_S, signatureMatches, signedHeaders } from './signature.js';

/** The payload types Slack sends to /slack/events that this app handles. */
const EVENT_TYPES = new Set(['url_verification', 'event_callback', 'app_rate_limited']);
const INTERACTIVE_TYPES = new Set(['block_actions', 'message_action', 'shortcut', 'view_submission', 'view_closed']);
/** Slack's `ssl_check=1&token=…` is the one request it may send unsigned; it is tiny. */
const SSL_CHECK_MAX_BYTES = 256;

function parseJsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Why a (signed) body cannot be a Slack request this app handles, or undefined when it can. */
export function whyNotSlack(body: string, contentType: string | undefined): string | undefined {
  if (contentType?.startsWith('application/json')) {
    const json = parseJsonObject(body);
    if (!json) return 'body is not a JSON object';
    if (!EVENT_TYPES.has(String(json.type))) return `unknown event type ${JSON.stringify(String(json.type)).slice(0, 40)}`;
    if (json.type === 'event_callback') {
      const event = json.event as Record<string, unknown> | undefined;
      if (event === null || typeof event !== 'object' || typeof event.type !== 'string') return 'event_callback without an event type';
    }
    return undefined;
  }
  if (contentType?.startsWith('application/x-www-form-urlencoded')) {
    const form = new URLSearchParams(body);
    if (form.has('command')) return form.get('user_id') && form.get('channel_id') ? undefined : 'command without user or channel';
    const payload = form.get('payload');
    if (payload === null) return 'form has neither command nor payload';
    const json = parseJsonObject(payload);
    if (!json) return 'payload is not a JSON object';
    if (!INTERACTIVE_TYPES.has(String(json.type))) return `unknown payload type ${JSON.stringify(String(json.type)).slice(0, 40)}`;
    const user = json.user as Record<string, unknown> | undefined;
    if (user === null || typeof user !== 'object' || typeof user.id !== 'string') return 'payload without a user';
    return undefined;
  }
  return `unsupported content type ${JSON.stringify(contentType ?? '').slice(0, 60)}`;
}

function refuse(res: ServerResponse, status: number, error: string, close = false): void {
  const body = JSON.stringify({ error });
  const headers: Record<string, string | number> = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) };
  // An unread body stays unread: the connection closes after the answer instead of draining it.
  if (close) headers.connection = 'close';
  if (status === 503) headers['retry-after'] = '10';
  res.writeHead(status, headers).end(body);
}

/** Slack's unsigned SSL check: a small form with ssl_check=1, answered 200 without going further. */
async function isSslCheck(req: IncomingMessage): Promise<boolean> {
  const length = Number(req.headers['content-length'] ?? Number.NaN);
  if (!req.headers['content-type']?.startsWith('application/x-www-form-urlencoded') || !(length <= SSL_CHECK_MAX_BYTES)) return false;
  try {
    return new URLSearchParams((await readBody(req, SSL_CHECK_MAX_BYTES)).toString('utf8')).get('ssl_check') === '1';
  } catch {
    return false;
  }
}

export interface SlackGuardOptions {
  signingSecret: string;
  logger: Logger;
  bodyLimit: number;
  /** Signatures seen, shared by every replica through the database. */
  once: OnceStore;
  now: () => number;
  /** False until Slack has answered auth.test once: requests then get 503, and Slack retries. */
  isReady: () => boolean;
}

/**
 * Verifies a request before anything parses it: the signing headers' shape and time (at most
 * 5 minutes old, 1 minute ahead) before the body is read, so an unsigned body is never read;
 * then the HMAC over the raw bytes; then that this signature was not seen before (by any
 * replica). Only a verified body is parsed and vetted (400 for what Bolt would choke on) and
 * handed to Bolt, which reuses the bytes read here.
 */
export function guardSlackRequest(listener: (req: IncomingMessage, res: ServerResponse) => void, options: SlackGuardOptions) {
  const { logger } = options;
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!options.isReady()) {
      logger.warn({ event: 'slack.refused', status: 503, reason: 'not connected to Slack yet' });
      refuse(res, 503, 'not connected to Slack yet', true);
      return;
    }
    const signed = signedHeaders(req.headers, options.now());
    if (!signed.ok) {
      if (signed.reason === 'no signature' && (await isSslCheck(req))) {
        res.writeHead(200, { 'content-length': 0 }).end();
        return;
      }
      logger.warn({ event: 'slack.refused', status: 401, reason: signed.reason });
      refuse(res, 401, 'invalid signature', true);
      return;
    }
    let raw: Buffer;
    try {
      raw = await readBody(req, options.bodyLimit);
    } catch (error) {
      const tooLarge = error instanceof BodyTooLargeError;
      logger.warn({ event: 'slack.refused', status: tooLarge ? 413 : 400, reason: tooLarge ? 'too large' : 'unreadable body' });
      refuse(res, tooLarge ? 413 : 400, tooLarge ? 'request body too large' : 'unreadable body', true);
      return;
    }
    if (!signatureMatches(options.signingSecret, signed, raw)) {
      logger.warn({ event: 'slack.refused', status: 401, reason: 'signature does not match' });
      refuse(res, 401, 'invalid signature');
      return;
    }
    const expiresAt = new Date((signed.timestamp + SIGNATURE_MAX_AGE_S + SIGNATURE_MAX_FUTURE_S) * 1000);
    let first: boolean;
    try {
      first = await options.once.claim('slack-signature', signed.signature, expiresAt);
    } catch (error) {
      logger.error({ event: 'slack.refused', status: 503, reason: 'database unavailable', error: error instanceof Error ? error.message : String(error) });
      refuse(res, 503, 'try again later');
      return;
    }
    if (!first) {
      logger.warn({ event: 'slack.refused', status: 401, reason: 'replayed request' });
      refuse(res, 401, 'request already received');
      return;
    }
    const problem = whyNotSlack(raw.toString('utf8'), req.headers['content-type']);
    if (problem) {
      logger.warn({ event: 'slack.refused', status: 400, reason: problem });
      refuse(res, 400, problem);
      return;
    }
    (req as IncomingMessage & { rawBody?: Buffer }).rawBody = raw;
    listener(req, res);
  };
}
