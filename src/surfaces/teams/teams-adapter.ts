import type { CloudAdapter } from 'botbuilder';
import type { TeamsConfig } from '../../config.js';
import { DEFAULT_BODY_LIMIT, type HttpRoute } from '../../runtime/http/http-server.js';
import { CHANNEL_AUDIENCE } from './activity.js';
import { createCloudAdapter, credentialsFor } from './cloud-adapter.js';
import type { TeamsDeps } from './deps.js';
import type { TeamsHealth } from './health.js';
import { guardTeamsRequest } from './request-guard.js';
import { OPENID_METADATA, SigningKeys, whyBadSignature } from './signing-keys.js';
import { RichtlijnenTeamsBot } from './teams-bot.js';
import { TeamsDirectory } from './teams-directory.js';
import { TeamsNotifier } from './teams-notifier.js';

export interface TeamsAdapter {
  mode: TeamsConfig['mode'];
  routes: HttpRoute[];
  /** For proactive posts (the outbox's Teams notifier). */
  cloudAdapter: CloudAdapter;
  appId: string;
  /** Gets a token for the connector (from the token endpoint, or the cache): the readiness probe. */
  probeToken(): Promise<void>;
  /** Who is in a conversation and what it is; one instance, so that its roster cache is shared. */
  directory: TeamsDirectory;
  notifier: TeamsNotifier;
}

/** `POST /api/messages` on the bot's server: a CloudAdapter behind the request guard. */
export function createTeamsAdapter(config: TeamsConfig, deps: TeamsDeps, health?: TeamsHealth): TeamsAdapter {
  const overrides = deps.auth ?? {};
  const credentials = overrides.credentials ?? credentialsFor(config);
  const adapter = createCloudAdapter(credentials, deps.logger, {
    openIdMetadataUrl: overrides.openIdMetadataUrl,
    onError: (error) => health?.failed('connector', 'a reply', error),
  });
  const appId = config.mode === 'authenticated' ? config.appId : '';
  const directory = new TeamsDirectory(adapter, appId, deps.conversations, () => deps.clock.now().getTime());
  const notifier = new TeamsNotifier(adapter, appId, deps.conversations);
  const bot = new RichtlijnenTeamsBot(deps, adapter, appId, { directory, notifier });

  // Tokens from Teams itself are signed with the channel's keys; the others (emulator, single
  // tenant) with Azure AD's, as botbuilder decides by the issuer.
  const channelKeys = new SigningKeys(overrides.openIdMetadataUrl ?? OPENID_METADATA.channel);
  const azureKeys = new SigningKeys(overrides.openIdMetadataUrl ?? OPENID_METADATA.emulator);
  const verifySignature = (token: string) => {
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8') || '{}') as { iss?: unknown };
    return whyBadSignature(token, claims.iss === 'https://api.botframework.com' ? channelKeys : azureKeys);
  };
  const handle = guardTeamsRequest((req, res) => adapter.serve(req, res, (context) => bot.run(context), deps.logger), {
    config,
    logger: deps.logger,
    bodyLimit: DEFAULT_BODY_LIMIT,
    now: () => deps.clock.now(),
    verifySignature,
    onOutage: (error) => health?.failed('keys', 'fetching the signing keys', error),
    onVerified: () => health?.succeeded('keys'),
  });
  const probeToken = async () => {
    const connector = await credentials.createCredentials(appId, CHANNEL_AUDIENCE, 'https://login.microsoftonline.com/botframework.com', true);
    // signRequest fetches (or reuses) the token and writes it in the header of this throwaway request.
    await connector.signRequest({ headers: { set: () => undefined } } as unknown as Parameters<typeof connector.signRequest>[0]);
  };
  return { mode: config.mode, routes: [{ method: 'POST', path: '/api/messages', handle }], cloudAdapter: adapter, appId, directory, notifier, probeToken };
}
