import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Registry } from 'prom-client';
import type { Logger } from '../../core/ports.js';
import type { HttpRoute } from '../http/http-server.js';
import type { Readiness } from './readiness.js';

/**
 * Who may read /metrics and /readyz's details: everyone when the server listens only on this
 * machine (`loopback`); otherwise whoever sends `Authorization: Bearer <METRICS_TOKEN>`.
 */
export interface ObservabilityAccess {
  loopback: boolean;
  token: string | undefined;
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Whether the request may see the details; the token is compared in constant time. */
export function isTrusted(req: IncomingMessage, access: ObservabilityAccess): boolean {
  if (access.loopback) return true;
  if (access.token === undefined) return false;
  const header = req.headers.authorization ?? '';
  const given = header.startsWith('Bearer ') ? header.slice(7) : '';
  return timingSafeEqual(digest(given), digest(access.token));
}

function json(res: ServerResponse, status: number, body: Record<string, unknown>, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)), ...headers }).end(text);
}

/**
 * `GET /readyz`: 200 when the database answers and every platform is ready, else 503; which part
 * is not ready, and why, only for the trusted (see `isTrusted`), others see only the status.
 * `GET /metrics`: Prometheus, for the trusted only.
 */
export function observabilityRoutes(options: {
  ready: () => Promise<Record<string, Readiness>>;
  metrics: Registry;
  logger: Logger;
  access: ObservabilityAccess;
}): HttpRoute[] {
  const { access } = options;
  return [
    {
      method: 'GET',
      path: '/readyz',
      handle: async (req, res) => {
        let parts: Record<string, Readiness>;
        try {
          parts = await options.ready();
        } catch (error) {
          options.logger.warn({ event: 'readyz.failed', error: error instanceof Error ? error.message : String(error) });
          parts = { database: { ready: false, detail: 'unreachable' } };
        }
        const ok = Object.values(parts).every((part) => part.ready);
        const status = ok ? 'ready' : 'not ready';
        const details = Object.fromEntries(Object.entries(parts).map(([name, part]) => [name, part.detail]));
        json(res, ok ? 200 : 503, isTrusted(req, access) ? { status, ...details } : { status });
      },
    },
    {
      method: 'GET',
      path: '/metrics',
      handle: async (req, res) => {
        if (!isTrusted(req, access)) {
          const error = access.token === undefined ? 'set METRICS_TOKEN to read the metrics on a public address' : 'unauthorized';
          json(res, access.token === undefined ? 403 : 401, { error }, access.token === undefined ? {} : { 'www-authenticate': 'Bearer' });
          return;
        }
        res.writeHead(200, { 'content-type': options.metrics.contentType }).end(await options.metrics.metrics());
      },
    },
  ];
}
