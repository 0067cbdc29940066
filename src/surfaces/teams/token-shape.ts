/** The Bot Framework's public issuers (channel service and emulator, v1 and v2 tokens). */
const ISSUERS = [
  'https://api.botframework.com',
  'https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/',
  'https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0',
  'https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/',
  'https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0',
];

function decodePart(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Why an Authorization header cannot hold a Bot Framework token for this bot, or undefined
 * when it may. Checked before botbuilder verifies the signature, so that a request without a
 * plausible token is refused at once, without fetching Microsoft's signing keys.
 */
export function whyNotBotToken(header: string | undefined, appId: string, tenantId: string | undefined, now: Date): string | undefined {
  const match = /^Bearer ([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/.exec(header ?? '');
  if (!match) return 'no bearer token';
  const head = decodePart(match[1] as string);
  const claims = decodePart(match[2] as string);
  if (!head || !claims || typeof head.alg !== 'string' || head.alg === 'none') return 'malformed token';
  if (claims.aud !== appId && claims.aud !== `api://${appId}`) return 'token for another app';
  const issuers = tenantId ? [...ISSUERS, `https://sts.windows.net/${tenantId}/`, `https://login.microsoftonline.com/${tenantId}/v2.0`] : ISSUERS;
  if (typeof claims.iss !== 'string' || !issuers.includes(claims.iss)) return 'unknown issuer';
  if (typeof claims.exp !== 'number' || claims.exp * 1000 < now.getTime() - 5 * 60_000) return 'expired token';
  return undefined;
}
