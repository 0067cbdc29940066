import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody } from '../../runtime/http/read-body.js';
import type { SafeHtml } from './html.js';

/**
 * Every console response: nothing but the bot's own scripts, styles and images, never in a
 * frame, no referrer (a sign-in link carries its token in the address), never cached.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

export function securityHeaders(res: ServerResponse): void {
  res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('x-frame-options', 'DENY');
  res.setHeader('referrer-policy', 'no-referrer');
  res.setHeader('cross-origin-opener-policy', 'same-origin');
  res.setHeader('cross-origin-resource-policy', 'same-origin');
}

export function sendHtml(res: ServerResponse, status: number, page: SafeHtml, headers: Record<string, string | string[]> = {}): void {
  securityHeaders(res);
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers }).end(page.value);
}

export function sendText(res: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  securityHeaders(res);
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers }).end(body);
}

/** 303 See Other: after a POST, and for a page that needs a session. */
export function redirect(res: ServerResponse, location: string, headers: Record<string, string | string[]> = {}): void {
  securityHeaders(res);
  res.writeHead(303, { location, 'cache-control': 'no-store', ...headers }).end();
}

export function query(req: IncomingMessage): URLSearchParams {
  return new URL(req.url ?? '/', 'http://console.invalid').searchParams;
}

export function cookies(req: IncomingMessage): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0) out.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
  }
  return out;
}

/** Console forms are small; a draft in the playground is the largest. */
const FORM_LIMIT = 64 * 1024;

/** A url-encoded form body; anything else reads as empty. */
export async function form(req: IncomingMessage): Promise<URLSearchParams> {
  const type = req.headers['content-type'] ?? '';
  const body = await readBody(req, FORM_LIMIT);
  return type.startsWith('application/x-www-form-urlencoded') ? new URLSearchParams(body.toString('utf8')) : new URLSearchParams();
}
