import type { ServerResponse } from 'node:http';
import { CloudAdapter, ConfigurationServiceClientCredentialFactory, type TurnContext } from 'botbuilder';
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

/** The CloudAdapter over those credentials; `onTurnError` logs, tells the user, and reports to `onError`. */
export function createCloudAdapter(
  credentials: ConfigurationServiceClientCredentialFactory,
  logger: Logger,
  options: { openIdMetadataUrl?: string | undefined; onError?: (error: unknown) => void } = {},
): CloudAdapter {
  const endpoints = options.openIdMetadataUrl ? endpointsWith(options.openIdMetadataUrl) : {};
  const adapter = new CloudAdapter(new ReusedClientsAuthentication(endpoints, credentials));
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

/** A node ServerResponse dressed as the response object CloudAdapter.process expects. */
export function responseFor(res: ServerResponse) {
  const shim = {
    socket: res.socket,
    status(code: number) {
      res.statusCode = code;
      return shim;
    },
    header(name: string, value: unknown) {
      res.setHeader(name, String(value));
      return shim;
    },
    send(body: unknown) {
      if (body === undefined) return shim;
      if (typeof body === 'object') {
        res.setHeader('content-type', 'application/json');
        res.write(JSON.stringify(body));
      } else {
        res.write(String(body));
      }
      return shim;
    },
    end() {
      res.end();
      return shim;
    },
  };
  return shim;
}

export type { TeamsRequest };
