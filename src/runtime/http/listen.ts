import type { Config } from '../../config.js';
import { BotError } from '../../core/errors.js';
import type { Logger } from '../../core/ports.js';
import { startHttpServer, type HttpRoute, type HttpTimeouts, type RunningServer } from './http-server.js';

/**
 * The bot's one HTTP server where the configuration says (HOST, PORT, MAX_CONNECTIONS). In
 * terminal mode (`portIsOptional`) a busy port only turns the Emulator endpoint off; otherwise
 * it stops the start-up with a message that names the variables, not their values.
 */
export async function listen(
  config: Config,
  routes: HttpRoute[],
  logger: Logger,
  options: { portIsOptional: boolean; httpTimeouts?: Partial<HttpTimeouts> | undefined },
): Promise<RunningServer | undefined> {
  const { host, port, maxConnections } = config.http;
  try {
    return await startHttpServer({ port, host, routes, logger, maxConnections, ...(options.httpTimeouts ? { timeouts: options.httpTimeouts } : {}) });
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'error';
    if (!options.portIsOptional)
      throw new BotError(
        'config_invalid',
        `PORT and HOST: the server cannot listen there (${reason}): set PORT to a free port, HOST to an address of this machine`,
      );
    logger.warn({ event: 'http.unavailable', port, error: reason }, 'The Teams emulator endpoint is off: the port is in use');
    return undefined;
  }
}
