import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, '../..');

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

/** A child in its own process group, so that stopping it stops everything it started. */
export interface Running {
  name: string;
  child: ChildProcess;
  /** Resolves with the first line of its output (standard output or error) that matches, or rejects on exit or time-out. */
  line(pattern: RegExp, timeoutMs?: number): Promise<string>;
  stop(): Promise<void>;
}

function start(name: string, command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; logDir: string }): Running {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: true, stdio: ['pipe', 'pipe', 'pipe'] });
  const log = createWriteStream(join(options.logDir, `${name}.log`));
  let seen = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    seen = (seen + chunk).slice(-20_000);
    log.write(chunk);
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    seen = (seen + chunk).slice(-20_000);
    log.write(chunk);
  });
  const exited = once(child, 'exit');

  return {
    name,
    child,
    line(pattern, timeoutMs = 60_000) {
      return new Promise((done, fail) => {
        const found = () => seen.split('\n').find((l) => pattern.test(l));
        const finish = (error?: Error) => {
          clearTimeout(timer);
          child.stdout?.off('data', check);
          child.stderr?.off('data', check);
          child.off('exit', onExit);
          if (error) fail(error);
        };
        const check = () => {
          const line = found();
          if (line !== undefined) {
            finish();
            done(line);
          }
        };
        const onExit = () => finish(new Error(`${name} exited before printing ${pattern}; see its log`));
        const timer = setTimeout(() => finish(new Error(`${name} did not print ${pattern} within ${timeoutMs} ms`)), timeoutMs);
        child.stdout?.on('data', check);
        child.stderr?.on('data', check);
        child.once('exit', onExit);
        check();
      });
    },
    async stop() {
      if (child.exitCode !== null || child.pid === undefined) return;
      const group = -child.pid;
      try {
        process.kill(group, 'SIGTERM');
      } catch {
        return;
      }
      const killed = setTimeout(() => {
        try {
          process.kill(group, 'SIGKILL');
        } catch {
          // already gone
        }
      }, 5_000);
      await exited;
      clearTimeout(killed);
      log.end();
    },
  };
}

/** Waits until `url` answers 2xx, asking again when the answer changes (a refused connection, then a listening server). */
export async function ready(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * The bot in Teams emulator mode (no MicrosoftAppId): loopback only. Its terminal chat ends the
 * process when standard input ends, so standard input stays open until it is stopped.
 */
export async function startBot(options: { port: number; dataDir: string; logDir: string; env?: Record<string, string> }): Promise<Running> {
  mkdirSync(options.dataDir, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(options.port),
    HOST: '127.0.0.1',
    DATA_DIR: options.dataDir,
    LOG_FORMAT: 'json',
    ADMIN_TEAMS_USERS: PLAYGROUND_USER,
    ...options.env,
  };
  for (const name of ['MicrosoftAppId', 'MicrosoftAppPassword', 'MicrosoftAppTenantId', 'SLACK_BOT_TOKEN', 'DATABASE_URL']) delete env[name];
  const bot = start('bot', process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: ROOT, env, logDir: options.logDir });
  await ready(`http://127.0.0.1:${options.port}/healthz`);
  return bot;
}

/** The Playground's user (tests/e2e/playground.yml), an admin of the bot: they may bind a channel. */
export const PLAYGROUND_USER = '6c1b2d1e-0000-4000-8000-0000000a1e20';

/**
 * The Microsoft 365 Agents Playground (a Teams web client and a mock connector) in front of the
 * bot, without telemetry: APPLICATION_INSIGHTS_NO_STATSBEAT stops the probes it makes even with
 * --disable-telemetry. It silently takes another port when asked for a busy one, so the line
 * that names ours is awaited.
 */
export async function startPlayground(options: { port: number; botPort: number; workDir: string; logDir: string }): Promise<Running> {
  mkdirSync(options.workDir, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TEAMSAPPTESTER_BROWSER: 'none',
    APPLICATION_INSIGHTS_NO_STATSBEAT: '1',
    M365_AGENTS_PLAYGROUND_LOGFILE: join(options.logDir, 'playground-debug.log'),
    M365_AGENTS_PLAYGROUND_CONFIG_PATH: join(ROOT, 'tests/e2e/playground.yml'),
  };
  const bin = join(ROOT, 'node_modules/.bin/agentsplayground');
  const args = ['-e', `http://127.0.0.1:${options.botPort}/api/messages`, '-c', 'msteams', '-p', String(options.port), '--disable-telemetry'];
  const playground = start('playground', bin, args, { cwd: options.workDir, env, logDir: options.logDir });
  playground.child.stdin?.end();
  await playground.line(new RegExp(`^Listening on ${options.port}$`));
  // It prints that line before it reads its config; a bad one stops it with "Failed to start".
  const failed = playground.line(/Failed to start|^error Reason:/).then((line) => Promise.reject(new Error(`the Playground did not start: ${line}`)));
  failed.catch(() => undefined);
  await Promise.race([ready(`http://127.0.0.1:${options.port}/`), failed]);
  return playground;
}
