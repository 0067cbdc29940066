import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../../core/ports.js';

/** A handler for one path of the bot's HTTP server. A GET route answers HEAD too (without a body). */
export interface HttpRoute {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
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
  /** Open connections at most (MAX_CONNECTIONS); further ones are closed at once. */
  maxConnections?: number;
  /** How long slow and idle connections may take; the defaults suit production, tests shorten them. */
  timeouts?: Partial<HttpTimeouts>;
}

/** Every limit in milliseconds. Node looks for late headers and requests every `checkEveryMs`. */
export interface HttpTimeouts {
  /** From the connection (or the previous response) to the end of the request's headers. */
  headersMs: number;
  /** From the connection to the end of the whole request, body included. */
  requestMs: number;
  /** A kept-alive connection with no new request is closed after this. */
  keepAliveMs: number;
  /** Any socket with no traffic at all for this long is closed. */
  idleMs: number;
  checkEveryMs: number;
}

export const DEFAULT_TIMEOUTS: HttpTimeouts = { headersMs: 10_000, requestMs: 30_000, keepAliveMs: 5_000, idleMs: 30_000, checkEveryMs: 1_000 };

/** Enough for Slack's and Teams' bursts and the probes; a flood of idle sockets stops here. */
export const DEFAULT_MAX_CONNECTIONS = 512;

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
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) }).end(text);
}

/**
 * The bot's one HTTP server: `GET /healthz` plus the routes of the adapters that run.
 * Unknown paths get 404, wrong methods 405, oversized bodies 413; a handler that throws gets a
 * 500 and a log line, and the server goes on.
 */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningServer> {
  const limit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const routes: HttpRoute[] = [{ method: 'GET', path: '/healthz', handle: (_req, res) => send(res, 200, { status: 'ok' }) }, ...options.routes];
  let closing = false;
  const serverOptions = { headersTimeout: timeouts.headersMs, requestTimeout: timeouts.requestMs, connectionsCheckingInterval: timeouts.checkEveryMs };
  const server = createServer(serverOptions, (req, res) => {
    // While shutting down, answer what arrives on open connections but let them close after.
    if (closing) res.setHeader('connection', 'close');
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const onPath = routes.filter((r) => r.path === path);
    const method = req.method === 'HEAD' ? 'GET' : req.method;
    const route = onPath.find((r) => r.method === method);
    if (!route) {
      if (onPath.length > 0) res.setHeader('allow', onPath.map((r) => (r.method === 'GET' ? 'GET, HEAD' : r.method)).join(', '));
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
  server.keepAliveTimeout = timeouts.keepAliveMs;
  server.timeout = timeouts.idleMs;
  server.maxConnections = options.maxConnections ?? DEFAULT_MAX_CONNECTIONS;
  let lastDropLogged = 0;
  server.on('drop', () => {
    // Under a flood this fires for every connection: one line a minute says enough.
    if (Date.now() - lastDropLogged < 60_000) return;
    lastDropLogged = Date.now();
    options.logger.warn(
      { event: 'http.connection-refused', maxConnections: server.maxConnections },
      'Too many open connections: new ones are refused (MAX_CONNECTIONS)',
    );
  });
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
