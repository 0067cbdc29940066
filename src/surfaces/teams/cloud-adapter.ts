import type { ServerResponse } from 'node:http';
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type TurnContext,
} from 'botbuilder';
import type { TeamsConfig } from '../../config.js';
import { t } from '../../core/messages.js';
import type { Logger } from '../../core/ports.js';
import type { TeamsRequest } from './request-guard.js';

/** The CloudAdapter with the credentials of every Bot Framework sample (none in emulator mode). */
export function createCloudAdapter(config: TeamsConfig, logger: Logger): CloudAdapter {
  const credentials =
    config.mode === 'authenticated'
      ? new ConfigurationServiceClientCredentialFactory({
          MicrosoftAppId: config.appId,
          MicrosoftAppPassword: config.appPassword,
          MicrosoftAppType: config.appType,
          MicrosoftAppTenantId: config.tenantId,
        })
      : new ConfigurationServiceClientCredentialFactory({});
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}, credentials));
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    logger.error({ event: 'teams.turn-error', activity: context.activity.type, error: error.message });
    try {
      await context.sendActivity(t('error.generic', 'nl'));
    } catch (sendError) {
      logger.error({ event: 'teams.api-error', method: 'sendActivity', error: sendError instanceof Error ? sendError.message : String(sendError) });
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
