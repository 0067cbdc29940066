import type { ServerResponse } from 'node:http';
import { type Activity, CloudAdapter, ConfigurationServiceClientCredentialFactory, type TurnContext } from 'botbuilder';
import type { TeamsConfig } from '../../config.js';
import { t } from '../../core/messages.js';
import type { Logger } from '../../core/ports.js';
import { CHANNEL_AUDIENCE } from './activity.js';
import type { TeamsRequest } from './request-guard.js';
import { ReusedClientsAuthentication } from './reused-clients.js';

/**
 * Test seams, never set by main.ts: a fake OpenID metadata URL on 127.0.0.1 (for botbuilder's
 * token validation and ours) and credentials that need no login.microsoftonline.com.
 */
export interface TeamsAuthOverrides {
  openIdMetadataUrl?: string;
  credentials?: ConfigurationServiceClientCredentialFactory;
}

/** The public cloud's endpoints, as botbuilder's own defaults (AuthenticationConstants). */
function endpointsWith(openIdMetadataUrl: string) {
  return {
    ValidateAuthority: true,
    ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
    ToChannelFromBotOAuthScope: CHANNEL_AUDIENCE,
    ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
    OAuthUrl: 'https://api.botframework.com',
    ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: openIdMetadataUrl,
    CallerId: 'urn:botframework:azure',
  };
}

/** The credentials of every Bot Framework sample (none in emulator mode). */
export function credentialsFor(config: TeamsConfig): ConfigurationServiceClientCredentialFactory {
  return config.mode === 'authenticated'
    ? new ConfigurationServiceClientCredentialFactory({
        MicrosoftAppId: config.appId,
        MicrosoftAppPassword: config.appPassword,
        MicrosoftAppType: config.appType,
        MicrosoftAppTenantId: config.tenantId,
      })
    : new ConfigurationServiceClientCredentialFactory({});
}

/** Timestamps as botbuilder's CloudAdapter.process makes them: a Date, with the text kept beside it. */
function withDates(activity: Record<string, unknown>): Activity {
  for (const [field, raw] of [
    ['timestamp', 'rawTimestamp'],
    ['expiration', 'rawExpiration'],
    ['localTimestamp', 'rawLocalTimestamp'],
  ] as const) {
    const value = activity[field];
    if (typeof value !== 'string') continue;
    activity[raw] = value;
    activity[field] = new Date(value);
  }
  return activity as unknown as Activity;
}

/** botbuilder's AuthenticationError (not exported by botbuilder): the token did not hold. */
const isAuthenticationError = (error: unknown): boolean => error instanceof Error && error.constructor.name === 'AuthenticationError';

/**
 * The CloudAdapter with `serve`: what its `process` does with a request, without building and
 * running zod schemas for every request to check what the request guard has checked already
 * (an object body with a type) and without dressing the response as express's.
 */
export class TeamsCloudAdapter extends CloudAdapter {
  /** One request: authenticate it, run `logic` in a turn, answer with the turn's status and body (an invoke's). */
  async serve(request: TeamsRequest, res: ServerResponse, logic: (context: TurnContext) => Promise<void>, logger: Logger): Promise<void> {
    const header = request.headers.authorization;
    let status = 200;
    let body: unknown;
    try {
      const invoke = await this.processActivity(typeof header === 'string' ? header : '', withDates(request.body), logic);
      status = invoke?.status ?? 200;
      body = invoke?.body;
    } catch (error) {
      // As CloudAdapter.process: 401 when the token did not hold, 500 otherwise, with the message.
      status = isAuthenticationError(error) ? 401 : 500;
      body = error instanceof Error ? error.message : error;
      // A token refused is a refusal like the request guard's (a warning); anything else is our error.
      if (status === 401) logger.warn({ event: 'teams.refused', status, reason: String(body) });
      else logger.error({ event: 'teams.request-error', status, error: String(body) });
    }
    res.statusCode = status;
    if (body) {
      if (typeof body === 'object') res.setHeader('content-type', 'application/json');
      res.end(typeof body === 'object' ? JSON.stringify(body) : String(body));
      return;
    }
    res.end();
  }
}

/** The CloudAdapter over those credentials; `onTurnError` logs, tells the user, and reports to `onError`. */
export function createCloudAdapter(
  credentials: ConfigurationServiceClientCredentialFactory,
  logger: Logger,
  options: { openIdMetadataUrl?: string | undefined; onError?: (error: unknown) => void } = {},
): TeamsCloudAdapter {
  const endpoints = options.openIdMetadataUrl ? endpointsWith(options.openIdMetadataUrl) : {};
  const adapter = new TeamsCloudAdapter(new ReusedClientsAuthentication(endpoints, credentials));
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    logger.error({ event: 'teams.turn-error', activity: context.activity.type, error: error.message });
    options.onError?.(error);
    try {
      await context.sendActivity(t('error.generic', 'nl'));
    } catch (sendError) {
      logger.error({ event: 'teams.api-error', method: 'sendActivity', error: sendError instanceof Error ? sendError.message : String(sendError) });
      options.onError?.(sendError);
    }
  };
  return adapter;
}

export type { TeamsRequest };
