import type { Registry } from 'prom-client';
import type { Logger } from '../../core/ports.js';
import type { HttpRoute } from '../http/http-server.js';

/**
 * `GET /readyz` (the database answers, the platforms are connected: 200, else 503) and
 * `GET /metrics` (Prometheus). `/healthz` (alive) is the server's own.
 */
export function observabilityRoutes(options: { ready: () => Promise<Record<string, string>>; metrics: Registry; logger: Logger }): HttpRoute[] {
  return [
    {
      method: 'GET',
      path: '/readyz',
      handle: async (_req, res) => {
        try {
          const status = await options.ready();
          const ok = !Object.values(status).some((v) => v === 'not connected');
          res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify({ status: ok ? 'ready' : 'not ready', ...status }));
        } catch (error) {
          options.logger.warn({ event: 'readyz.failed', error: error instanceof Error ? error.message : String(error) });
          res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'not ready', database: 'unreachable' }));
        }
      },
    },
    {
      method: 'GET',
      path: '/metrics',
      handle: async (_req, res) => {
        res.writeHead(200, { 'content-type': options.metrics.contentType }).end(await options.metrics.metrics());
      },
    },
  ];
}
