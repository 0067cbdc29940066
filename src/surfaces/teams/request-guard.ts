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

/** Why a body is not an activity the bot can answer, or undefined. */
export function whyNotActivity(body: unknown): string | undefined {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return 'body is not a JSON object';
  const activity = body as Record<string, unknown>;
  if (typeof activity.type !== 'string' || activity.type === '') return 'activity has no type';
  if (typeof activity.serviceUrl !== 'string') return 'activity has no serviceUrl';
  try {
    const url = new URL(activity.serviceUrl);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'serviceUrl is not http(s)';
  } catch {
    return 'serviceUrl is not a URL';
  }
  const conversation = activity.conversation as Record<string, unknown> | undefined;
  if (typeof conversation?.id !== 'string') return 'activity has no conversation id';
  return undefined;
}

function refuse(res: ServerResponse, status: number, error: string): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ error }));
}

/**
 * Vets a request to /api/messages before botbuilder sees it. With an app id: a request without
 * a plausible Bot Framework token gets 401 at once (botbuilder then verifies the signature).
 * Without one (emulator mode): only requests from this machine with a loopback serviceUrl, so
 * nobody elsewhere can make the bot call out; everything else gets 403.
 */
export function guardTeamsRequest(
  process: (req: TeamsRequest, res: ServerResponse) => Promise<void>,
  options: { config: TeamsConfig; logger: Logger; bodyLimit: number; now: () => Date },
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    if (options.config.mode === 'authenticated') {
      const why = whyNotBotToken(req.headers.authorization, options.config.appId, options.config.tenantId, options.now());
      if (why) {
        options.logger.warn({ event: 'teams.refused', status: 401, reason: why });
        req.resume();
        refuse(res, 401, 'unauthorized');
        return;
      }
    } else if (!isLoopbackHost(req.socket.remoteAddress ?? '')) {
      options.logger.warn({ event: 'teams.refused', status: 403, reason: 'emulator mode: caller not on this machine' });
      req.resume();
      refuse(res, 403, 'without MicrosoftAppId only the Bot Framework Emulator on this machine may call');
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
    const problem = whyNotActivity(body);
    if (problem) {
      options.logger.warn({ event: 'teams.refused', status: 400, reason: problem });
      refuse(res, 400, problem);
      return;
    }
    const serviceHost = new URL((body as { serviceUrl: string }).serviceUrl).hostname;
    if (options.config.mode === 'emulator' && !isLoopbackHost(serviceHost)) {
      options.logger.warn({ event: 'teams.refused', status: 403, reason: 'emulator mode: serviceUrl not on this machine' });
      refuse(res, 403, 'without MicrosoftAppId the bot only answers a serviceUrl on this machine');
      return;
    }
    await process({ body: body as Record<string, unknown>, headers: req.headers, method: req.method ?? 'POST' }, res);
  };
}
