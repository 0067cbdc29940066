import { afterEach, describe, expect, it } from 'vitest';
import { startHttpServer, type HttpRoute, type HttpTimeouts, type RunningServer } from '../../../src/runtime/http/http-server.js';
import { readBody } from '../../../src/runtime/http/read-body.js';
import { captureLogger } from '../../support/bot.js';
import { destroyAll, openSocket } from '../../support/raw-socket.js';

// Real sockets against the bot's real HTTP server, with its limits shortened so that each test
// waits for the server to act (a close, a response), never for a fixed time.

let server: RunningServer | undefined;
afterEach(async () => {
  destroyAll();
  await server?.stop();
  server = undefined;
});

/** Reads the whole body, then answers: a route that waits for a body as Slack's and Teams' do. */
const echo: HttpRoute = {
  method: 'POST',
  path: '/echo',
  handle: async (req, res) => {
    const body = await readBody(req, 1_000_000);
    res.writeHead(200, { 'content-length': body.length }).end(body);
  },
};

const SLOW: HttpTimeouts = { headersMs: 60_000, requestMs: 60_000, keepAliveMs: 60_000, idleMs: 60_000, checkEveryMs: 100 };

async function start(timeouts: Partial<HttpTimeouts>, maxConnections?: number) {
  const logger = captureLogger();
  server = await startHttpServer({
    port: 0,
    host: '127.0.0.1',
    routes: [echo],
    logger,
    timeouts: { ...SLOW, ...timeouts },
    ...(maxConnections ? { maxConnections } : {}),
  });
  return { url: new URL(server.url), logger };
}

const open = (url: URL) => openSocket(url);

const GET_HEALTHZ = 'GET /healthz HTTP/1.1\r\nHost: bot\r\nConnection: keep-alive\r\n\r\n';

describe('the HTTP server closes slow and idle connections', () => {
  it('cuts a slowloris that keeps sending header lines but never ends them', async () => {
    const { url } = await start({ headersMs: 300 });
    const slow = await open(url);
    slow.socket.write('GET /healthz HTTP/1.1\r\nHost: bot\r\n');
    // A header line every few milliseconds keeps the socket busy, so only the header time-out can end it.
    let n = 0;
    const trickle = setInterval(() => slow.socket.writable && slow.socket.write(`X-Slow-${n++}: a\r\n`), 20);
    try {
      await slow.closed;
    } finally {
      clearInterval(trickle);
    }
    expect(slow.received()).toMatch(/^HTTP\/1\.1 408/);
    expect(n).toBeGreaterThan(3);
  });

  it('cuts a request whose body never finishes', async () => {
    const { url } = await start({ headersMs: 250, requestMs: 400 });
    const slow = await open(url);
    slow.socket.write('POST /echo HTTP/1.1\r\nHost: bot\r\nContent-Length: 100000\r\n\r\n');
    let n = 0;
    const trickle = setInterval(() => slow.socket.writable && slow.socket.write(`${n++}`), 20);
    try {
      await slow.closed;
    } finally {
      clearInterval(trickle);
    }
    expect(n).toBeGreaterThan(3);
  });

  it('closes a kept-alive connection that asks nothing more', async () => {
    const { url } = await start({ keepAliveMs: 200 });
    const idle = await open(url);
    expect(await idle.request(GET_HEALTHZ)).toMatch(/^HTTP\/1\.1 200/);
    await idle.closed;
  });

  it('closes a connection that never sends a byte', async () => {
    const { url } = await start({ headersMs: 300 });
    const silent = await open(url);
    await silent.closed;
  });

  it('closes any socket silent for the idle time, even between the headers and the body', async () => {
    const { url } = await start({ idleMs: 200 });
    const idle = await open(url);
    idle.socket.write('POST /echo HTTP/1.1\r\nHost: bot\r\nContent-Length: 10\r\n\r\n');
    await idle.closed;
  });

  it('refuses connections beyond MAX_CONNECTIONS while the open ones still get /healthz', async () => {
    const { url, logger } = await start({}, 3);
    const open3 = [await open(url), await open(url), await open(url)];
    for (const connection of open3) expect(await connection.request(GET_HEALTHZ)).toMatch(/^HTTP\/1\.1 200/);
    const fourth = await open(url);
    await fourth.closed;
    expect(fourth.received()).toBe('');
    expect(await open3[0]?.request(GET_HEALTHZ)).toMatch(/^HTTP\/1\.1 200/);
    expect(logger.lines).toContainEqual(expect.objectContaining({ event: 'http.connection-refused', maxConnections: 3 }));
    // Once one closes, a new connection is accepted again.
    open3[2]?.socket.end();
    await open3[2]?.closed;
    // The server counts the closed one off when its side has closed too: a few tries at most.
    let answer = '';
    for (let attempt = 0; attempt < 20 && answer === ''; attempt++) {
      const next = await open(url);
      answer = await next.request(GET_HEALTHZ).catch(() => '');
    }
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
  });
});

describe('/healthz', () => {
  it('answers HEAD with 200 and no body', async () => {
    const { url } = await start({});
    const res = await fetch(`${url.origin}/healthz`, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  });
});

describe('the default limits', () => {
  it('are within what the issue asks: headers 10 s, request 30 s, keep-alive 5 s, idle 30 s, checked every second', async () => {
    const { DEFAULT_TIMEOUTS, DEFAULT_MAX_CONNECTIONS } = await import('../../../src/runtime/http/http-server.js');
    server = await startHttpServer({ port: 0, host: '127.0.0.1', routes: [], logger: captureLogger() });
    expect(server.server.headersTimeout).toBeLessThanOrEqual(10_000);
    expect(server.server.requestTimeout).toBeLessThanOrEqual(30_000);
    expect(server.server.keepAliveTimeout).toBeLessThanOrEqual(5_000);
    expect(server.server.timeout).toBeLessThanOrEqual(30_000);
    expect(server.server.maxConnections).toBe(DEFAULT_MAX_CONNECTIONS);
    expect(DEFAULT_TIMEOUTS.checkEveryMs + DEFAULT_TIMEOUTS.headersMs).toBeLessThanOrEqual(30_000);
  });
});
