import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../../core/ports.js';
import { BodyTooLargeError, readBody } from '../../runtime/http/read-body.js';

/** The payload types Slack sends to /slack/events that this app handles. */
const EVENT_TYPES = new Set(['url_verification', 'event_callback', 'app_rate_limited']);
const INTERACTIVE_TYPES = new Set(['block_actions', 'message_action', 'shortcut', 'view_submission', 'view_closed']);

function parseJsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Why a body cannot be a Slack request, or undefined when it can. */
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
    if (form.get('ssl_check') === '1') return undefined;
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

function refuse(res: ServerResponse, status: number, error: string): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ error }));
}

/**
 * Reads and vets a request before Bolt sees it: too large → 413, not a Slack payload at all →
 * 400 at once (Bolt would wait three seconds for an acknowledgement that never comes). The
 * signature is still Bolt's to check; Bolt reuses the body read here.
 */
export function guardSlackRequest(
  listener: (req: IncomingMessage, res: ServerResponse) => void,
  options: { logger: Logger; bodyLimit: number },
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    let raw: Buffer;
    try {
      raw = await readBody(req, options.bodyLimit);
    } catch (error) {
      const tooLarge = error instanceof BodyTooLargeError;
      options.logger.warn({ event: 'slack.refused', reason: tooLarge ? 'too large' : 'unreadable body' });
      refuse(res, tooLarge ? 413 : 400, tooLarge ? 'request body too large' : 'unreadable body');
      return;
    }
    const problem = whyNotSlack(raw.toString('utf8'), req.headers['content-type']);
    if (problem) {
      options.logger.warn({ event: 'slack.refused', reason: problem });
      refuse(res, 400, problem);
      return;
    }
    (req as IncomingMessage & { rawBody?: Buffer }).rawBody = raw;
    listener(req, res);
  };
}
