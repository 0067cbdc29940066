import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';

type Factory = ReturnType<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>;
type Claims = Parameters<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>[0];
type Client = Awaited<ReturnType<Factory['create']>>;
type TokenClient = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['createUserTokenClient']>>;

/** Clients kept at most per kind; beyond that the oldest goes (Teams has a handful of service URLs). */
const MAX_KEPT = 64;

/** The bot's app id as botbuilder reads it from the claims: the audience from a channel, the app id from the Emulator. */
const appIdOf = (claims: Claims): string => claims.getClaimValue('aud') ?? claims.getClaimValue('appid') ?? '';

/** The value made once for `key` (a failed one is made again next time); at most MAX_KEPT kept. */
function remember<T>(kept: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  const found = kept.get(key);
  if (found) return found;
  const made = make();
  made.catch(() => kept.get(key) === made && kept.delete(key));
  if (kept.size >= MAX_KEPT) kept.delete(kept.keys().next().value as string);
  kept.set(key, made);
  return made;
}

/**
 * botbuilder's authentication, but the clients it makes for each turn are made once and reused:
 * CloudAdapter asks for a new ConnectorClient (to send the replies) and a new UserTokenClient
 * (for sign-in, which this bot never uses) for every message, each a new HTTP pipeline of a
 * dozen policies, and that cost more CPU than answering the question. Both are stateless between
 * calls (the token lives in botbuilder's static cache, keyed by app id and scope), so one per app
 * id, service URL and audience serves every turn, the outbox's posts included.
 */
export class ReusedClientsAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly clients = new Map<string, Promise<Client>>();
  private readonly tokenClients = new Map<string, Promise<TokenClient>>();

  override async authenticateRequest(...args: Parameters<ConfigurationBotFrameworkAuthentication['authenticateRequest']>) {
    const result = await super.authenticateRequest(...args);
    return result.connectorFactory ? { ...result, connectorFactory: this.reusing(result.claimsIdentity, result.connectorFactory) } : result;
  }

  override createConnectorFactory(claims: Claims): Factory {
    return this.reusing(claims, super.createConnectorFactory(claims));
  }

  override createUserTokenClient(claims: Claims): Promise<TokenClient> {
    return remember(this.tokenClients, appIdOf(claims), () => super.createUserTokenClient(claims));
  }

  private reusing(claims: Claims, factory: Factory): Factory {
    const appId = appIdOf(claims);
    return {
      create: (serviceUrl: string, audience?: string) =>
        remember(this.clients, `${appId}\n${serviceUrl}\n${audience ?? ''}`, () => factory.create(serviceUrl, audience)),
    };
  }
}
