import { freePort, spawnBot, waitForHealthy } from './spawn-bot.js';
import { freshPgSchema } from './db.js';
import { postToSlackEvents } from './sign-slack-request.js';

/** A fresh, empty schema on the PostgreSQL server of DATABASE_URL, and a URL whose connections use it. */
export const freshSchema = () => freshPgSchema(process.env.DATABASE_URL as string);

/**
 * One bot process on a fixed port that a test can kill (SIGKILL: no shutdown, no last words)
 * and start again. Its Slack token names it, so the fake Slack API can tell who called.
 */
export class Replica {
  private bot: ReturnType<typeof spawnBot> | undefined;
  /** Whether it answers /readyz and has not been killed since. */
  up = false;
  kills = 0;
  /** Everything every incarnation wrote, for a failing test's message. */
  private previousOutput = '';

  private constructor(
    readonly name: string,
    private portNumber: number,
    private readonly env: Record<string, string>,
  ) {}

  static async create(index: number, env: Record<string, string>): Promise<Replica> {
    return new Replica(`replica-${index}`, await freePort(), env);
  }

  get token(): string {
    return `xoxb-${this.name}`;
  }

  get port(): number {
    return this.portNumber;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /**
   * Starts the process; resolves when it is ready (or rejects after `timeoutMs`): /readyz, not
   * /healthz, since a live process refuses Slack's requests with 503 until it has heard back from
   * auth.test, which on a busy machine comes after the first report the test sends.
   */
  async start(timeoutMs = 30_000): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const bot = spawnBot({ ...this.env, SLACK_BOT_TOKEN: this.token, PORT: String(this.port) });
      this.bot = bot;
      try {
        await waitForHealthy(`${this.url}/readyz`, timeoutMs, () => bot.child.exitCode === null && bot.child.signalCode === null);
        this.up = true;
        return;
      } catch (error) {
        // Another process may take the port between freePort() and the bind: then a new port, twice at most.
        if (attempt < 3 && bot.output().includes('EADDRINUSE')) {
          await bot.exited;
          this.previousOutput += bot.output();
          this.portNumber = await freePort();
          continue;
        }
        // What the process said is what tells a slow start from a crash.
        throw new Error(`${this.name}: ${(error as Error).message}\n--- its output ---\n${this.output().slice(-4000)}`);
      }
    }
  }

  /** kill -9, at once: whatever it was doing stays half done. */
  kill(): void {
    if (!this.bot) return;
    this.up = false;
    this.kills++;
    this.bot.child.kill('SIGKILL');
  }

  /** Kills it and starts it again, once the old process is gone. */
  async restart(): Promise<void> {
    const old = this.bot;
    this.kill();
    if (old) {
      await old.exited;
      this.previousOutput += old.output();
    }
    await this.start();
  }

  output(): string {
    return this.previousOutput + (this.bot?.output() ?? '');
  }

  /** A graceful stop (SIGTERM), waiting for the process to end. */
  async stop(): Promise<void> {
    this.up = false;
    if (!this.bot) return;
    this.bot.child.kill('SIGTERM');
    await this.bot.exited;
  }

  /** `/socialmedia <text>` from `user`, signed as Slack signs it; the HTTP body of the acknowledgement. */
  async command(text: string, user: string, responseUrl: string): Promise<string> {
    const body = new URLSearchParams({
      command: '/socialmedia',
      text,
      user_id: user,
      user_name: user.toLowerCase(),
      channel_id: 'C0GENERAL',
      channel_name: 'general',
      team_id: 'T0001',
      response_url: responseUrl,
      trigger_id: '1.2.3',
    }).toString();
    const response = await postToSlackEvents(this.url, body, { signal: AbortSignal.timeout(15_000) });
    if (response.status !== 200) throw new Error(`${this.name} answered ${response.status}`);
    return response.text();
  }
}
