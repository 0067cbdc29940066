import { isIP } from 'node:net';
import { value, type Env } from './fields.js';
import type { Config } from './types.js';

/** The readers of the HTTP server's settings: where it listens, how many connections, who may read /metrics. */

/** Whether `host` is an address only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (bare === 'localhost' || bare === '::1') return true;
  const v4 = bare.startsWith('::ffff:') ? bare.slice(7) : bare;
  return isIP(v4) === 4 && v4.startsWith('127.');
}

const HOSTNAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

function host(env: Env, isPublic: boolean, problems: string[]): string {
  const raw = value(env, 'HOST');
  if (raw === undefined) return isPublic ? '0.0.0.0' : '127.0.0.1';
  const bare = raw.replace(/^\[|\]$/g, '');
  if (isIP(bare) === 0 && !HOSTNAME.test(bare)) {
    problems.push('HOST is not an address: use an IP address such as 127.0.0.1 or 0.0.0.0, or a host name (or leave it empty)');
    return '127.0.0.1';
  }
  return bare;
}

function maxConnections(env: Env, problems: string[]): number {
  const raw = value(env, 'MAX_CONNECTIONS') ?? '512';
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < 8 || n > 100_000) {
    problems.push('MAX_CONNECTIONS is not valid: use a whole number from 8 to 100000 (default 512)');
    return 512;
  }
  return n;
}

function metricsToken(env: Env, problems: string[]): string | undefined {
  const raw = value(env, 'METRICS_TOKEN');
  if (raw === undefined) return undefined;
  if (raw.length < 24 || raw.length > 512 || !/^[\x21-\x7e]+$/.test(raw)) {
    problems.push('METRICS_TOKEN must be 24 to 512 visible characters without spaces, e.g. the output of "openssl rand -hex 32"');
    return undefined;
  }
  return raw;
}

function flag(env: Env, name: string, problems: string[]): boolean {
  const raw = value(env, name);
  if (raw === undefined || raw === '0') return false;
  if (raw === '1') return true;
  problems.push(`${name} is not valid: use 1 to turn it on, or 0 or nothing to leave it off`);
  return false;
}

/**
 * The server's settings. `isPublic` (Slack HTTP mode or a Teams app id) makes the default host
 * 0.0.0.0; anything else listens on 127.0.0.1 unless HOST says otherwise.
 */
export function http(env: Env, port: number, isPublic: boolean, teamsEmulator: boolean, problems: string[]): Config['http'] {
  const listenOn = host(env, isPublic, problems);
  const loopback = isLoopbackHost(listenOn);
  const emulatorWanted = flag(env, 'TEAMS_EMULATOR', problems);
  if (emulatorWanted && !teamsEmulator)
    problems.push('TEAMS_EMULATOR is for running without MicrosoftAppId: remove it, or remove MicrosoftAppId to use the Bot Framework Emulator');
  return {
    port,
    host: listenOn,
    loopback,
    allowEmulator: teamsEmulator && (loopback || emulatorWanted),
    maxConnections: maxConnections(env, problems),
    metricsToken: metricsToken(env, problems),
  };
}
