import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './browser.js';

/** What the Playground told the page: a message pushed to a chat, or a line of its Log Panel. */
export type PlaygroundEvent =
  | { kind: 'push'; action: string; conversation: string; messageId: string; fromBot: boolean }
  | { kind: 'log'; from: string; to: string; activity: string; status: number | undefined; level: string | undefined; conversation: string; text: string };

const BOT_ID = '00000000-0000-0000-0000-00000000000011';
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
/** Noise of a page whose CDN requests (Segoe UI fonts, a CSS worklet) we block on purpose. */
const EXPECTED_CONSOLE = /ERR_BLOCKED_BY_CLIENT|flair\.min\.js|Failed to load resource/;

export const SEL = {
  textbox: '[role=textbox][data-lexical-editor=true]',
  card: '.ac-adaptiveCard',
  button: (title: string) => `.ac-actionSet button[aria-label="${title}"]`,
  mention: '[aria-label="Typeahead menu"] [role=menuitem]',
  conversation: (label: string) => `[aria-label="${label}"]`,
} as const;

/**
 * The Playground's Teams web client in headless Chromium, and everything it is told: the
 * messages pushed to its chats and its Log Panel (every activity both ways, with its HTTP
 * status). Steps wait for those events, never for a fixed time.
 */
export class PlaygroundSession {
  readonly events: PlaygroundEvent[] = [];
  readonly pageErrors: string[] = [];
  readonly consoleErrors: string[] = [];
  readonly blocked: string[] = [];
  private readonly changed = new EventEmitter();

  private constructor(
    private readonly context: BrowserContext,
    readonly page: Page,
    private readonly userDataDir: string,
    private readonly shots: string,
  ) {}

  static async open(url: string, shots: string): Promise<PlaygroundSession> {
    mkdirSync(shots, { recursive: true });
    const userDataDir = mkdtempSync(join(tmpdir(), 'richtlijnenbot-e2e-chromium-'));
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 900 },
      deviceScaleFactor: 2, // sharp screenshots for the README
      locale: 'en-US', // as many Dutch offices run it: the bot must still answer in Dutch
      args: CHROMIUM_ARGS,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const session = new PlaygroundSession(context, page, userDataDir, shots);
    // The page asks a CDN for fonts and a paint worklet: nothing leaves this machine.
    await context.route(
      (u) => !LOOPBACK.has(u.hostname),
      (route) => {
        session.blocked.push(route.request().url());
        return route.abort('blockedbyclient');
      },
    );
    page.on('pageerror', (e) => session.pageErrors.push(e.message.split('\n')[0] ?? ''));
    page.on('console', (m) => {
      if (m.type() === 'error' && !EXPECTED_CONSOLE.test(m.text())) session.consoleErrors.push(m.text().split('\n')[0] ?? '');
    });
    page.on('websocket', (ws) => ws.on('framereceived', (frame) => session.receive(String(frame.payload))));
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.locator(SEL.textbox).first().waitFor({ state: 'visible', timeout: 30_000 });
    return session;
  }

  private receive(payload: string): void {
    let msg: Record<string, unknown>;
    try {
      msg = JSON.parse(payload) as Record<string, unknown>;
    } catch {
      return;
    }
    const message = msg.message as { messageId?: string; from?: { id?: string } } | undefined;
    const log = msg.log as Record<string, unknown> | undefined;
    if (typeof msg.action === 'string') {
      this.events.push({
        kind: 'push',
        action: msg.action,
        conversation: String(msg.actionConversationId ?? ''),
        messageId: String(message?.messageId ?? ''),
        fromBot: message?.from?.id === BOT_ID,
      });
    } else if (msg.logAction === 'appendLog' && log) {
      const response = log.response as { statusCode?: number } | undefined;
      const body = (log.request as { body?: { text?: string } } | undefined)?.body;
      this.events.push({
        kind: 'log',
        from: String(log.from ?? ''),
        to: String(log.to ?? ''),
        activity: String(log.activityName ?? ''),
        status: response?.statusCode,
        level: typeof log.level === 'string' ? log.level : undefined,
        conversation: String(log.conversationId ?? ''),
        text: String(body?.text ?? log.displayText ?? ''),
      });
    } else return;
    this.changed.emit('event');
  }

  /** Resolves once `ready()` holds, re-checked on every event; rejects after `timeoutMs`. */
  until<T>(ready: () => T | undefined | false, what: string, timeoutMs = 20_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const value = ready();
        if (value === undefined || value === false) return;
        cleanup();
        resolve(value);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.changed.off('event', check);
      };
      this.changed.on('event', check);
      check();
    });
  }

  /** Events from `mark` on. */
  since(mark: number): PlaygroundEvent[] {
    return this.events.slice(mark);
  }

  /** Messages the bot created since `mark` (anywhere), as pushed to the page. */
  created(mark: number): Array<Extract<PlaygroundEvent, { kind: 'push' }>> {
    return this.since(mark).filter((e): e is Extract<PlaygroundEvent, { kind: 'push' }> => e.kind === 'push' && e.action === 'createMessage' && e.fromBot);
  }

  /** Messages the bot posted since `mark`, as the Log Panel lists them (one line each, status 201), in order. */
  posted(mark: number): Array<Extract<PlaygroundEvent, { kind: 'log' }>> {
    return this.since(mark).filter(
      (e): e is Extract<PlaygroundEvent, { kind: 'log' }> => e.kind === 'log' && e.from === 'User Application' && e.activity === 'message' && e.status === 201,
    );
  }

  /**
   * Runs `act` and waits until the Playground logs the bot's answer to it (`activity`, with its
   * HTTP status). The bot answers when its turn is over and the Log Panel is one ordered stream,
   * so the messages the turn posted are logged before that: they are the turn's replies. Then
   * waits until the page has been sent each of them. Returns the conversations replied in.
   */
  async turn(act: () => Promise<unknown>, activity = 'message'): Promise<string[]> {
    const mark = this.events.length;
    await act();
    const end = await this.until(() => {
      const index = this.since(mark).findIndex((e) => e.kind === 'log' && e.to === 'User Application' && e.activity === activity && e.status !== undefined);
      return index >= 0 ? mark + index : undefined;
    }, `the bot's answer to a ${activity}`);
    const replies = this.posted(mark)
      .filter((e) => this.events.indexOf(e) < end)
      .map((e) => e.conversation);
    await this.until(() => this.created(mark).length >= replies.length || undefined, `${replies.length} message(s) on the page`);
    return replies;
  }

  /** Problems the Playground or the page reported since `mark`: an HTTP status ≥ 400, a warning, a crash. */
  problems(mark = 0): string[] {
    const logged = this.since(mark).flatMap((e) =>
      e.kind === 'log' && ((e.status ?? 0) >= 400 || e.level === 'warning' || e.level === 'error') ? [`${e.activity} ${e.status ?? ''} ${e.text}`.trim()] : [],
    );
    return [...logged, ...this.pageErrors.map((e) => `page error: ${e}`), ...this.consoleErrors.map((e) => `console: ${e}`)];
  }

  /**
   * Opens a chat or channel. The first time, the Playground installs the bot there
   * (installationUpdate and conversationUpdate) and the bot welcomes it: waits until both are
   * answered, so that the welcome is not counted as a reply to what comes next.
   */
  async open(label: string, options: { firstTime?: boolean } = {}): Promise<void> {
    const mark = this.events.length;
    await this.page.locator(SEL.conversation(label)).first().click();
    await this.page.locator(SEL.textbox).first().waitFor({ state: 'visible' });
    if (!options.firstTime) return;
    const answered = (activity: string) =>
      this.since(mark).some((e) => e.kind === 'log' && e.to === 'User Application' && e.activity === activity && e.status !== undefined);
    await this.until(() => answered('installationUpdate') && answered('conversationUpdate'), `the bot installed in ${label}`);
    const welcomes = this.posted(mark).length + this.since(mark).filter((e) => e.kind === 'log' && e.activity === 'createConversation').length;
    await this.until(() => this.created(mark).length >= welcomes || undefined, `the welcome in ${label}`);
  }

  /** Types a message and sends it; in a group chat or channel with an @mention of the bot, as Teams needs. */
  async say(text: string, options: { mention?: boolean; post?: boolean } = {}): Promise<void> {
    const box = this.page.locator(SEL.textbox).first();
    await box.click();
    if (options.mention) {
      await this.page.keyboard.type('@Test');
      await this.page.locator(SEL.mention, { hasText: 'Test Bot' }).first().click();
      await this.page.keyboard.type(` ${text}`);
    } else {
      await box.fill(text);
    }
    if (options.post) await this.page.getByRole('button', { name: 'Post' }).click();
    else await this.page.keyboard.press('Enter');
  }

  /** The last card on the page that contains `text`. */
  card(text: string | RegExp): Locator {
    return this.page.locator(SEL.card).filter({ hasText: text }).last();
  }

  /** A screenshot of one element (a card), for the README: `docs/screenshots/` takes a few of these. */
  async shotOf(name: string, element: Locator): Promise<string> {
    const file = join(this.shots, `${name}.png`);
    // Centred in the chat pane, clear of the Playground's top bar, which would cover its top.
    await element.evaluate((e) => e.scrollIntoView({ block: 'center' }));
    await element.screenshot({ path: file });
    return file;
  }

  async shot(name: string): Promise<string> {
    const file = join(this.shots, `${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  async close(): Promise<void> {
    await this.context.close().catch(() => undefined);
    rmSync(this.userDataDir, { recursive: true, force: true });
  }
}
