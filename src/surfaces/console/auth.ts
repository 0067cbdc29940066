import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Access, ConsoleAccess } from '../../core/console/access.js';
import type { ConsoleSession, ConsoleStore, ConsoleUser } from '../../core/console/ports.js';
import type { Lang } from '../../core/lang.js';
import type { Clock } from '../../core/ports.js';
import { cookies } from './http.js';

/** 32 random bytes, URL-safe: sign-in tokens, session ids and CSRF tokens. */
export const newSecret = (): string => randomBytes(32).toString('base64url');
/** What the database keeps of a secret: its SHA-256, so a copy of the database signs no one in. */
export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

/** A session ends after eight hours without a request. */
export const IDLE_MS = 8 * 3600_000;
/** The last-seen time is written at most once a minute per session. */
const TOUCH_MS = 60_000;
export const COOKIE = 'rb_console';

/** A signed-in request: the session and what its person may see, checked again now. */
export interface Signed {
  session: ConsoleSession;
  access: Access;
}

export interface ConsoleAuthDeps {
  store: ConsoleStore;
  access: Pick<ConsoleAccess, 'accessOf'>;
  clock: Clock;
  /** Secure cookies when the console is reached over https (PUBLIC_URL). */
  secure: boolean;
}

/** Sign-in with one-time links, sessions in the database, CSRF tokens per session. */
export class ConsoleAuth {
  constructor(private readonly deps: ConsoleAuthDeps) {}

  private idleSince(): Date {
    return new Date(this.deps.clock.now().getTime() - IDLE_MS);
  }

  cookie(value: string, maxAgeSeconds: number): string {
    return `${COOKIE}=${value}; Path=/console; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${this.deps.secure ? '; Secure' : ''}`;
  }

  /** Whether a link is still good, without using it up (the "continue" page). */
  async linkIsValid(token: string): Promise<boolean> {
    return token !== '' && (await this.deps.store.peekLink(hashSecret(token), this.deps.clock.now())) !== undefined;
  }

  /** Uses the link up and starts a session; the cookie to set, or undefined for a used or expired link. */
  async signIn(token: string, lang: Lang): Promise<{ cookie: string; user: ConsoleUser } | undefined> {
    if (token === '') return undefined;
    const now = this.deps.clock.now();
    const user = await this.deps.store.useLink(hashSecret(token), now);
    if (!user || !(await this.deps.access.accessOf(user))) return undefined;
    const id = newSecret();
    await this.deps.store.createSession({ idHash: hashSecret(id), user, csrf: newSecret(), lang, lastSeenAt: now, flash: undefined });
    return { cookie: this.cookie(id, IDLE_MS / 1000), user };
  }

  /**
   * The request's session when it exists, is not idle, and its person still has a role: the
   * membership is asked again on every request (the platform's answer is cached briefly), so a
   * removed member is out at the next check. `revoked`: there was a session, now ended.
   */
  async current(req: IncomingMessage): Promise<Signed | 'none' | 'revoked'> {
    const id = cookies(req).get(COOKIE);
    if (!id) return 'none';
    const idHash = hashSecret(id);
    const session = await this.deps.store.session(idHash, this.idleSince());
    if (!session) return 'revoked';
    const access = await this.deps.access.accessOf(session.user);
    if (!access) {
      await this.deps.store.deleteSession(idHash);
      return 'revoked';
    }
    const now = this.deps.clock.now();
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_MS) await this.deps.store.touchSession(idHash, now);
    return { session, access };
  }

  /** The synchroniser pattern: the form's token must equal the session's. */
  csrfOk(session: ConsoleSession, sent: string | null): boolean {
    if (!sent) return false;
    const a = Buffer.from(sent);
    const b = Buffer.from(session.csrf);
    return a.length === b.length && timingSafeEqual(a, b);
  }

  async setFlash(session: ConsoleSession, flash: string | null, lang?: Lang): Promise<void> {
    await this.deps.store.touchSession(session.idHash, this.deps.clock.now(), { flash, ...(lang ? { lang } : {}) });
  }

  async signOut(session: ConsoleSession): Promise<string> {
    await this.deps.store.deleteSession(session.idHash);
    return this.cookie('', 0);
  }
}
