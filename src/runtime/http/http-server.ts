import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../../core/ports.js';

/** A handler for one path of the bot's HTTP server. */
export interface HttpRoute {
  method: 'GET' | 'POST';
  path: string;
  handle(req: IncomingMessage, res: ServerResponse): void | Promise<void>;
}

export interface HttpServerOptions {
  port: number;
  host: string;
  routes: readonly HttpRoute[];
  logger: Logger;
  /** Largest request body accepted, in bytes; larger ones get 413 before they are read. */
  bodyLimit?: number;
}

export interface RunningServer {
  server: Server;
  /** `http://host:port`, with the port the system gave when 0 was asked. */
  url: string;
  /** Stops accepting and resolves when every request in flight has been answered. */
  stop(): Promise<void>;
  /** Drops every connection at once: for when a graceful close takes too long. */
  forceClose(): void;
}

/** Slack and Teams payloads are small; a megabyte leaves room for a long draft. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

function send(res: ServerResponse, status: number, body: Record<string, unknown>): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}

/**
 * The bot's one HTTP server: `GET /healthz` plus the routes of the adapters that run.
 * Unknown paths get 404, wrong methods 405, oversized bodies 413; a handler that throws gets a
 * 500 and a log line, and the server goes on.
 */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningServer> {
  const limit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const routes: HttpRoute[] = [
    { method: 'GET', path: '/healthz', handle: (_req, res) => send(res, 200, { status: 'ok' }) },
    ...options.routes,
  ];
  let closing = false;
  const server = createServer((req, res) => {
    // While shutting down, answer what arrives on open connections but let them close after.
    if (closing) res.setHeader('connection', 'close');
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const onPath = routes.filter((r) => r.path === path);
    const route = onPath.find((r) => r.method === req.method);
    if (!route) {
      if (onPath.length > 0) res.setHeader('allow', onPath.map((r) => r.method).join(', '));
      send(res, onPath.length > 0 ? 405 : 404, { error: onPath.length > 0 ? 'method not allowed' : 'not found' });
      return;
    }
    const length = Number(req.headers['content-length'] ?? 0);
    if (length > limit) {
      options.logger.warn({ event: 'http.too-large', path, bytes: length });
      send(res, 413, { error: 'request body too large' });
      req.resume();
      return;
    }
    Promise.resolve()
      .then(() => route.handle(req, res))
      .catch((error: unknown) => {
        options.logger.error({ event: 'http.error', path, error: error instanceof Error ? error.message : String(error) });
        send(res, 500, { error: 'internal error' });
      });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    server,
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${address.port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        closing = true;
        server.close(() => resolve());
        server.closeIdleConnections();
        // Connections busy now are closed after their current response (see above); any left
        // idle after that are closed here, until the server is done.
        const sweep = setInterval(() => server.closeIdleConnections(), 100).unref();
        server.once('close', () => clearInterval(sweep));
      }),
    forceClose: () => server.closeAllConnections(),
  };
}
