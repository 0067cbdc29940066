import type { IncomingMessage, ServerResponse } from 'node:http';
import { isIP } from 'node:net';
import type { TeamsConfig } from '../../config.js';
import type { Logger } from '../../core/ports.js';
import { BodyTooLargeError, readBody } from '../../runtime/http/read-body.js';
import { whyNotBotToken } from './token-shape.js';

/** The request as botbuilder's CloudAdapter.process wants it. */
export interface TeamsRequest {
  body: Record<string, unknown>;
  headers: Record<string, string | string[] | undefined>;
  method: string;
}

const isLoopbackHost = (host: string): boolean => {
  const bare = host.replace(/^\[|\]$/g, '');
  return bare === 'localhost' || bare === '::1' || (isIP(bare) === 4 && bare.startsWith('127.')) || bare === '::ffff:127.0.0.1';
};

/** Why a body is not an activity the bot can answer, or the host of its serviceUrl (parsed once). */
function vetActivity(body: unknown): { problem: string } | { serviceHost: string } {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return { problem: 'body is not a JSON object' };
  const activity = body as Record<string, unknown>;
  if (typeof activity.type !== 'string' || activity.type === '') return { problem: 'activity has no type' };
  if (typeof activity.serviceUrl !== 'string') return { problem: 'activity has no serviceUrl' };
  let url: URL;
  try {
    url = new URL(activity.serviceUrl);
  } catch {
    return { problem: 'serviceUrl is not a URL' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { problem: 'serviceUrl is not http(s)' };
  const conversation = activity.conversation as Record<string, unknown> | undefined;
  if (typeof conversation?.id !== 'string') return { problem: 'activity has no conversation id' };
  return { serviceHost: url.hostname };
}

function refuse(res: ServerResponse, status: number, error: string, close = false): void {
  const body = JSON.stringify({ error });
  // An unread body stays unread: the connection closes after the answer instead of draining it.
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...(close ? { connection: 'close' } : {}) }).end(body);
}

export interface TeamsGuardOptions {
  config: TeamsConfig;
  logger: Logger;
  bodyLimit: number;
  now: () => Date;
  /**
   * With an app id: why the token's signature does not hold (undefined when it does), checked
   * before the body is read. Throws when the signing keys cannot be fetched (503).
   */
  verifySignature?: (token: string) => Promise<string | undefined>;
  /** The signing keys could not be fetched: Teams is not ready. */
  onOutage?: (error: unknown) => void;
  /** A token's signature was checked against the keys: they are there. */
  onVerified?: () => void;
}

/**
 * Vets a request to /api/messages before botbuilder sees it. With an app id the token is checked
 * before a byte of the body is read: its shape, issuer, audience and expiry, then its signature
 * against Microsoft's (cached) signing keys; a forged one gets 401, with no stack trace and no
 * other outbound request (botbuilder then checks it again, in full). Without one (emulator
 * mode): only requests from this machine with a loopback serviceUrl, so nobody elsewhere can
 * make the bot call out; everything else gets 403.
 */
export function guardTeamsRequest(
  process: (req: TeamsRequest, res: ServerResponse) => Promise<void>,
  options: TeamsGuardOptions,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    if (options.config.mode === 'authenticated') {
      const header = req.headers.authorization;
      let why = whyNotBotToken(header, options.config.appId, options.config.tenantId, options.now());
      if (!why && options.verifySignature) {
        try {
          why = await options.verifySignature((header ?? '').slice('Bearer '.length));
          options.onVerified?.();
        } catch (error) {
          options.logger.warn({ event: 'teams.refused', status: 503, reason: error instanceof Error ? error.message : String(error) });
          options.onOutage?.(error);
          refuse(res, 503, 'try again later', true);
          return;
        }
      }
      if (why) {
        options.logger.warn({ event: 'teams.refused', status: 401, reason: why });
        refuse(res, 401, 'unauthorized', true);
        return;
      }
    } else if (!isLoopbackHost(req.socket.remoteAddress ?? '')) {
      options.logger.warn({ event: 'teams.refused', status: 403, reason: 'emulator mode: caller not on this machine' });
      refuse(res, 403, 'without MicrosoftAppId only the Bot Framework Emulator on this machine may call', true);
      return;
    }
    let body: unknown;
    try {
      body = JSON.parse((await readBody(req, options.bodyLimit)).toString('utf8'));
    } catch (error) {
      const tooLarge = error instanceof BodyTooLargeError;
      options.logger.warn({ event: 'teams.refused', status: tooLarge ? 413 : 400, reason: tooLarge ? 'too large' : 'not JSON' });
      refuse(res, tooLarge ? 413 : 400, tooLarge ? 'request body too large' : 'body is not JSON');
      return;
    }
    const vetted = vetActivity(body);
    if ('problem' in vetted) {
      options.logger.warn({ event: 'teams.refused', status: 400, reason: vetted.problem });
      refuse(res, 400, vetted.problem);
      return;
    }
    if (options.config.mode === 'emulator' && !isLoopbackHost(vetted.serviceHost)) {
      options.logger.warn({ event: 'teams.refused', status: 403, reason: 'emulator mode: serviceUrl not on this machine' });
      refuse(res, 403, 'without MicrosoftAppId the bot only answers a serviceUrl on this machine');
      return;
    }
    await process({ body: body as Record<string, unknown>, headers: req.headers, method: req.method ?? 'POST' }, res);
  };
}
