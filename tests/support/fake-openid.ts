import { createHmac, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Microsoft's signing key, made once per test process: an RSA key costs ~60 ms CPU to make. */
let signingKey: { privateKey: KeyObject; publicKey: KeyObject } | undefined;

/**
 * Microsoft's OpenID metadata and signing keys for Bot Framework tokens, on 127.0.0.1: serves
 * `/.well-known/openidconfiguration` and `/keys` (one RSA key, endorsed for msteams), counts the
 * requests, and signs tokens with that key or with any other.
 */
export class FakeOpenId {
  readonly requests: string[] = [];
  readonly kid = 'fake-key-1';
  readonly privateKey: KeyObject;
  private readonly publicKey: KeyObject;
  private server: Server | undefined;
  /** Status to answer with instead of the metadata (an outage), 0 for normal. */
  failWith = 0;
  url = '';

  constructor() {
    signingKey ??= generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pair = signingKey;
    this.privateKey = pair.privateKey;
    this.publicKey = pair.publicKey;
  }

  get metadataUrl(): string {
    return `${this.url}/.well-known/openidconfiguration`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.requests.push(req.url ?? '');
      if (this.failWith) return void res.writeHead(this.failWith).end();
      if (req.url === '/.well-known/openidconfiguration') {
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ issuer: 'https://api.botframework.com', jwks_uri: `${this.url}/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
        return;
      }
      const jwk = this.publicKey.export({ format: 'jwk' });
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ keys: [{ ...jwk, kid: this.kid, use: 'sig', endorsements: ['msteams'] }] }));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** A JWT with these claims; signed with the fake's key unless told otherwise. */
  token(claims: Record<string, unknown>, options: { alg?: string; kid?: string; key?: KeyObject; hmacSecret?: Buffer } = {}): string {
    const head = Buffer.from(JSON.stringify({ alg: options.alg ?? 'RS256', typ: 'JWT', kid: options.kid ?? this.kid })).toString('base64url');
    const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
    const data = Buffer.from(`${head}.${body}`);
    const signature = options.hmacSecret
      ? createHmac('sha256', options.hmacSecret).update(data).digest()
      : sign('sha256', data, options.key ?? this.privateKey);
    return `${head}.${body}.${signature.toString('base64url')}`;
  }

  /** The public key as PEM: what an attacker knows, and tries as an HMAC secret. */
  publicPem(): Buffer {
    return Buffer.from(this.publicKey.export({ format: 'pem', type: 'spki' }) as string);
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server?.close(() => resolve());
      this.server?.closeAllConnections();
    });
  }
}
