import { createPublicKey, verify, type KeyObject } from 'node:crypto';

/** Where the Bot Framework publishes the keys that sign tokens from Teams (channel) and from Azure AD (emulator, single tenant). */
export const OPENID_METADATA = {
  channel: 'https://login.botframework.com/v1/.well-known/openidconfiguration',
  emulator: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
} as const;

/** Keys are fetched once a day; a token naming an unknown key refetches at most once an hour. */
const REFRESH_MS = 24 * 60 * 60_000;
const UNKNOWN_KEY_REFRESH_MS = 60 * 60_000;
/** After a failed fetch, requests wait this long before one tries again. */
const FAILED_PAUSE_MS = 30_000;

const HASH_OF: Readonly<Record<string, string>> = { RS256: 'sha256', RS384: 'sha384', RS512: 'sha512' };

/** A failure to fetch the keys: Microsoft is unreachable, not the caller's fault. */
export class SigningKeysUnavailable extends Error {}

interface Jwk {
  kid?: unknown;
  kty?: unknown;
  n?: unknown;
  e?: unknown;
}

/**
 * The signing keys of one OpenID metadata URL, cached: the only outbound request a token can
 * cause, and at most one an hour however many forged tokens arrive.
 */
export class SigningKeys {
  private keys = new Map<string, KeyObject>();
  private fetchedAt = Number.NEGATIVE_INFINITY;
  private failedUntil = Number.NEGATIVE_INFINITY;
  private fetching: Promise<void> | undefined;

  constructor(
    private readonly metadataUrl: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** The key with this id; throws SigningKeysUnavailable when none were ever fetched and fetching fails. */
  async key(kid: string): Promise<KeyObject | undefined> {
    const now = this.now();
    const stale = now - this.fetchedAt > REFRESH_MS;
    const unknown = !this.keys.has(kid) && now - this.fetchedAt > UNKNOWN_KEY_REFRESH_MS;
    if (stale || unknown) {
      if (now >= this.failedUntil) {
        // Keys past their day still serve when the refresh fails, as botbuilder's do.
        await this.refresh().catch((error: unknown) => {
          if (this.keys.size === 0) throw error;
        });
      } else if (this.keys.size === 0) {
        throw new SigningKeysUnavailable('the Bot Framework signing keys could not be fetched a moment ago');
      }
    }
    return this.keys.get(kid);
  }

  private refresh(): Promise<void> {
    this.fetching ??= this.load().finally(() => {
      this.fetching = undefined;
    });
    return this.fetching;
  }

  private async load(): Promise<void> {
    try {
      const metadata = (await (await ok(fetch(this.metadataUrl, { signal: AbortSignal.timeout(10_000) }))).json()) as { jwks_uri?: unknown };
      if (typeof metadata.jwks_uri !== 'string') throw new Error('no jwks_uri in the OpenID metadata');
      const jwks = (await (await ok(fetch(metadata.jwks_uri, { signal: AbortSignal.timeout(10_000) }))).json()) as { keys?: Jwk[] };
      const keys = new Map<string, KeyObject>();
      for (const jwk of jwks.keys ?? []) {
        if (typeof jwk.kid !== 'string' || jwk.kty !== 'RSA' || typeof jwk.n !== 'string' || typeof jwk.e !== 'string') continue;
        keys.set(jwk.kid, createPublicKey({ key: { kty: 'RSA', n: jwk.n, e: jwk.e }, format: 'jwk' }));
      }
      this.keys = keys;
      this.fetchedAt = this.now();
    } catch (error) {
      // A dead endpoint is asked again after a pause, not at every request.
      this.failedUntil = this.now() + FAILED_PAUSE_MS;
      throw new SigningKeysUnavailable(`the Bot Framework signing keys could not be fetched (${error instanceof Error ? error.message : String(error)})`);
    }
  }
}

async function ok(response: Promise<Response>): Promise<Response> {
  const res = await response;
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res;
}

/**
 * Why a Bearer JWT's signature does not hold, or undefined when it does: RS256/384/512 only, by
 * a key of `keys`. Claims (issuer, audience, expiry, endorsements) are botbuilder's to check
 * afterwards; this only makes sure that a forged token goes no further than here.
 */
export async function whyBadSignature(token: string, keys: SigningKeys): Promise<string | undefined> {
  const [head, payload, signature] = token.split('.');
  if (head === undefined || payload === undefined || signature === undefined) return 'malformed token';
  let header: { alg?: unknown; kid?: unknown };
  try {
    header = JSON.parse(Buffer.from(head, 'base64url').toString('utf8')) as typeof header;
  } catch {
    return 'malformed token';
  }
  const hash = typeof header.alg === 'string' ? HASH_OF[header.alg] : undefined;
  if (!hash) return 'signing algorithm not allowed';
  if (typeof header.kid !== 'string') return 'no key id';
  const key = await keys.key(header.kid);
  if (!key) return 'unknown signing key';
  const valid = verify(hash, Buffer.from(`${head}.${payload}`), key, Buffer.from(signature, 'base64url'));
  return valid ? undefined : 'bad signature';
}
