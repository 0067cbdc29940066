import type { Config } from '../../config.js';
import { BotError } from '../../core/errors.js';
import type { Logger } from '../../core/ports.js';
import { startHttpServer, type HttpRoute, type RunningServer } from './http-server.js';

/** The one HTTP server; in terminal mode a busy port only turns the Emulator endpoint off. */
export async function listen(config: Config, routes: HttpRoute[], logger: Logger, portIsOptional: boolean): Promise<RunningServer | undefined> {
  const isPublic = config.slack?.mode === 'http' || config.teams.mode === 'authenticated';
  const host = config.http.host ?? (isPublic ? '0.0.0.0' : '127.0.0.1');
  try {
    return await startHttpServer({ port: config.http.port, host, routes, logger });
  } catch (error) {
    const reason = (error as Error).message;
    if (!portIsOptional) throw new BotError('config_invalid', `Port ${config.http.port} on ${host} is not available (${reason}): set PORT to a free port`);
    logger.warn({ event: 'http.unavailable', port: config.http.port, error: reason }, 'The Teams emulator endpoint is off: the port is in use');
    return undefined;
  }
}
