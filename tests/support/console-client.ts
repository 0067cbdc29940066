/**
 * A browser in miniature for the console: keeps the session cookie, follows no redirect by
 * itself (tests look at each 303), and sends the CSRF token of the last page it read.
 */
export class ConsoleClient {
  cookie = '';
  csrf = '';

  constructor(readonly base: string) {}

  private absolute(path: string): string {
    return path.startsWith('http') ? path : `${this.base}${path}`;
  }

  private keep(response: Response): void {
    const set = response.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0]?.endsWith('=') ? '' : (set.split(';')[0] ?? '');
  }

  async get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; html: string; response: Response }> {
    const response = await fetch(this.absolute(path), { redirect: 'manual', headers: { ...(this.cookie ? { cookie: this.cookie } : {}), ...headers } });
    this.keep(response);
    const html = await response.text();
    this.csrf = /name="csrf" value="([^"]+)"/.exec(html)?.[1] ?? this.csrf;
    return { status: response.status, html, response };
  }

  async post(path: string, fields: Record<string, string>, options: { csrf?: boolean } = {}): Promise<{ status: number; html: string; response: Response }> {
    const body = new URLSearchParams({ ...(options.csrf === false ? {} : { csrf: this.csrf }), ...fields });
    const response = await fetch(this.absolute(path), {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body,
    });
    this.keep(response);
    return { status: response.status, html: await response.text(), response };
  }

  /** Opens a sign-in link as a person would: the "continue" page, then its button. */
  async signIn(link: string): Promise<Response> {
    const page = await this.get(link);
    const token = /name="token" value="([^"]+)"/.exec(page.html)?.[1] ?? '';
    const result = await this.post('/console/login', { token, lang: 'nl' }, { csrf: false });
    return result.response;
  }
}

/** The sign-in link in a Slack message or a terminal line, on `base`'s origin. */
export function linkIn(text: string, base: string): string | undefined {
  const found = /https?:\/\/[^\s|>")]+\/console\/login\?token=[A-Za-z0-9_-]+/.exec(text)?.[0];
  return found ? `${base}${new URL(found).pathname}${new URL(found).search}` : undefined;
}
