import { existsSync, readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseDotenv } from 'dotenv';
import { runCli } from './adapters/cli/cli.js';
import { startHttpServer, type RunningServer } from './adapters/http-server.js';
import { createLogger } from './adapters/log/logger.js';
import { PromMetrics } from './adapters/observability/metrics.js';
import { observabilityRoutes } from './adapters/observability/routes.js';
import { repeat } from './adapters/outbox/background.js';
import { DeliveryWorker } from './adapters/outbox/delivery-worker.js';
import type { Notifier } from './adapters/outbox/notifier.js';
import { scheduleCron } from './adapters/schedule/cron-schedule.js';
import { DailyTips } from './adapters/schedule/daily-tips.js';
import { WeeklyDigest } from './adapters/schedule/weekly-digest.js';
import { createSlackAdapter } from './adapters/slack/slack-app.js';
import { SlackMembership, SlackNotifier } from './adapters/slack/slack-notifier.js';
import { lazyTeams } from './adapters/teams/lazy-teams.js';
import { runTerminalChat } from './adapters/terminal/terminal-chat.js';
import { loadConfig, type Config } from './config.js';
import { Bot } from './core/bot.js';
import type { Binding } from './core/escalate/model.js';
import { EscalationService } from './core/escalate/service.js';
import { TipService } from './core/tips/tip-service.js';
import { BotError } from './core/errors.js';
import { createKnowledgeBase, type KnowledgeBase } from './core/knowledge/knowledge-base.js';
import { systemClock, type Clock, type Logger, type Membership } from './core/ports.js';
import { SqlConversationStore } from './store/conversation-store.js';
import { openDb } from './store/db.js';
import { SqlEscalationStore } from './store/escalation-store.js';
import { SqlFeedbackStore } from './store/feedback-store.js';
import { loadKnowledgeFiles } from './store/knowledge-files.js';
import { SqlOutbox } from './store/outbox-store.js';
import { SqlTipStore } from './store/tip-store.js';
import { SqlHousekeeping } from './store/housekeeping.js';
import { SqlSignalStore } from './store/signal-store.js';

/** `.env` in the working directory, if present, under the real environment (which wins). */
function readEnvironment(): Record<string, string | undefined> {
  const fromFile = existsSync('.env') ? parseDotenv(readFileSync('.env')) : {};
  return { ...fromFile, ...process.env };
}

/** How long a shutdown may take before the process goes anyway. */
const SHUTDOWN_DEADLINE_MS = 10_000;

/** How often the outbox is emptied and reminders are looked for. */
const OUTBOX_INTERVAL_MS = 1_000;
const REMINDER_INTERVAL_MS = 60_000;

function configuredBindings(config: Config, kb: KnowledgeBase): Binding[] {
  const department = kb.departments.default;
  return [
    ...(config.escalation.slackChannel ? [{ department, platform: 'slack' as const, channelId: config.escalation.slackChannel }] : []),
    ...(config.escalation.teamsChannel ? [{ department, platform: 'teams' as const, channelId: config.escalation.teamsChannel }] : []),
  ];
}

/**
 * The database, the bot with its escalations, Slack and Teams behind the one HTTP server, and
 * the outbox and reminder loops. Resolves with the bot, the server's address and a stop function.
 */
export interface ServiceOptions {
  /** Terminal mode: a busy port leaves the Emulator endpoint off instead of stopping. */
  portIsOptional: boolean;
  /** Tests move time by hand. */
  clock?: Clock;
  outboxIntervalMs?: number;
  reminderIntervalMs?: number;
}

export async function startServices(config: Config, kb: KnowledgeBase, logger: Logger, options: ServiceOptions) {
  const clock = options.clock ?? systemClock;
  const db = await openDb(config.db);
  const feedback = new SqlFeedbackStore(db);
  const conversations = new SqlConversationStore(db);
  const store = new SqlEscalationStore(db);
  const outbox = new SqlOutbox(db);
  let slackMembership: SlackMembership | undefined;
  const membership: Membership = {
    // Teams: a card in a team channel is seen only by the team's members; the service checks the channel.
    isMember: async (platform, channelId, userId) => (platform === 'teams' ? true : (slackMembership?.isMember(platform, channelId, userId) ?? false)),
  };
  const escalations = new EscalationService({
    kb,
    store,
    membership,
    clock,
    logger,
    configured: configuredBindings(config, kb),
    remindMinutes: config.escalation.remindMinutes,
    timeZone: config.timeZone,
  });
  const tips = new TipService({
    kb,
    store: new SqlTipStore(db),
    clock,
    random: Math.random,
    logger,
    configured: [
      ...config.tips.slackChannels.map((channelId) => ({ platform: 'slack' as const, channelId })),
      ...config.tips.teamsChannels.map((channelId) => ({ platform: 'teams' as const, channelId })),
    ],
  });
  const signals = new SqlSignalStore(db, {
    onFlushError: (error, waiting) => logger.warn({ event: 'signals.flush-failed', waiting, error: error instanceof Error ? error.message : String(error) }),
  });
  const metrics = new PromMetrics(
    async () => Number((await db.kysely.selectFrom('escalations').select((eb) => eb.fn.countAll<string | number>().as('n')).where('status', 'in', ['open', 'claimed']).executeTakeFirst())?.n ?? 0), // IN, unlike !=, uses the status index
    () => outbox.pending(),
  );
  const bot = new Bot({ kb, clock, random: Math.random, logger, defaultLang: config.defaultLang, escalations, tips, signals, stats: signals, timeZone: config.timeZone, metrics });
  const slack = config.slack ? createSlackAdapter(config.slack, { bot, kb, feedback, logger, clock, lang: config.defaultLang, escalations, metrics }) : undefined;
  if (slack) slackMembership = new SlackMembership(slack.app.client);
  const teams = lazyTeams(config.teams, { bot, kb, feedback, conversations, logger, clock, defaultLang: config.defaultLang, escalations });
  const notifiers: Partial<Record<'slack' | 'teams', Notifier>> = {
    ...(slack ? { slack: new SlackNotifier(slack.app.client) } : {}),
    teams: teams.notifier,
  };
  const worker = new DeliveryWorker({
    outbox,
    store,
    kb,
    notifiers,
    clock,
    logger,
    metrics,
    lang: config.defaultLang,
    timeZone: config.timeZone,
    remindMinutes: config.escalation.remindMinutes,
  });

  const ready = async (): Promise<Record<string, string>> => {
    await sql`select 1`.execute(db.kysely);
    return {
      database: `${db.engine} ok`,
      slack: !slack ? 'off' : slack.isConnected() ? 'connected' : 'not connected',
      teams: config.teams.mode,
    };
  };
  const operations = observabilityRoutes({ ready, metrics: metrics.registry, logger });

  const isPublic = config.slack?.mode === 'http' || config.teams.mode === 'authenticated';
  const host = config.http.host ?? (isPublic ? '0.0.0.0' : '127.0.0.1');
  let server: RunningServer | undefined;
  try {
    server = await startHttpServer({ port: config.http.port, host, routes: [...operations, ...(slack?.routes ?? []), ...teams.routes], logger });
  } catch (error) {
    if (!options.portIsOptional) throw new BotError('config_invalid', `Port ${config.http.port} on ${host} is not available (${(error as Error).message}): set PORT to a free port`);
    logger.warn({ event: 'http.unavailable', port: config.http.port, error: (error as Error).message }, 'The Teams emulator endpoint is off: the port is in use');
  }
  await slack?.start();
  const dailyTips = new DailyTips({ service: tips, notifiers, cron: config.tips.cron, timeZone: config.tips.timeZone, clock, logger, lang: config.defaultLang });
  const digest = new WeeklyDigest({ kb, signals, escalations, notifiers, cron: config.digestCron, timeZone: config.tips.timeZone, clock, logger, lang: config.defaultLang });
  const upkeep = new SqlHousekeeping(db, { retentionDays: config.retentionDays });
  const housekeeping = async () => {
    await escalations.remindDue();
    const done = await upkeep.run(clock.now());
    if (done.rolledDays + done.signals + done.escalations + done.expired > 0) logger.info({ event: 'retention.purged', ...done });
  };
  const loops = [
    repeat('outbox', options.outboxIntervalMs ?? OUTBOX_INTERVAL_MS, () => worker.runOnce(), logger),
    repeat('housekeeping', options.reminderIntervalMs ?? REMINDER_INTERVAL_MS, housekeeping, logger),
    // The tip and the digest run when their cron says (to the second), not on a polling tick.
    scheduleCron({ name: 'tips', cron: config.tips.cron, timeZone: config.tips.timeZone, clock, logger, run: (slot) => dailyTips.run(slot) }),
    scheduleCron({ name: 'digest', cron: config.digestCron, timeZone: config.tips.timeZone, clock, logger, run: (slot) => digest.run(slot) }),
  ];

  const url = server?.url ?? 'off';
  const onPlatform = config.slack !== undefined || config.teams.mode === 'authenticated';
  if (onPlatform && (await escalations.channelsOf(kb.departments.default)).length === 0) {
    logger.warn(
      { event: 'escalation.no-channel', department: kb.departments.default },
      'No channel receives escalations: set ESCALATION_SLACK_CHANNEL or ESCALATION_TEAMS_CHANNEL, or run "/socialmedia afdeling koppel <afdeling>" in the department\'s channel',
    );
  }
  logger.info(
    {
      event: 'started',
      url,
      store: `${db.engine} (${db.location})`,
      slack: config.slack ? (config.slack.mode === 'socket' ? 'Socket Mode' : `HTTP mode on ${url}/slack/events`) : 'off',
      teams:
        config.teams.mode === 'authenticated'
          ? `authenticated (${config.teams.appType}) on ${url}/api/messages`
          : `Bot Framework Emulator only, on ${url}/api/messages (set MicrosoftAppId for Teams)`,
    },
    'Richtlijnenbot is running',
  );
  return {
    bot,
    db,
    worker,
    escalations,
    tips,
    dailyTips,
    digest,
    signals,
    slack,
    url: server?.url,
    /** Stops accepting, lets what is in flight finish, closes the database; gives up after 10 s. */
    stop: async () => {
      const shutdown = (async () => {
        await server?.close();
        await Promise.all(loops.map((loop) => loop.stop()));
        await slack?.stop();
        await signals.flush();
        await db.close();
      })();
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<void>((resolve) => {
        timer = setTimeout(() => {
          logger.warn({ event: 'stop.timeout' }, 'Shutdown took longer than 10 s; stopping anyway');
          server?.forceClose();
          resolve();
        }, SHUTDOWN_DEADLINE_MS).unref();
      });
      await Promise.race([shutdown, deadline]);
      clearTimeout(timer);
    },
  };
}

/** The composition root: config → knowledge → core → the adapters this run asks for. */
async function main(argv: readonly string[]): Promise<number> {
  const config = loadConfig(readEnvironment());
  const isCli = argv[0] === 'cli';
  const onPlatform = config.slack !== undefined || config.teams.mode === 'authenticated';
  const logger = createLogger({ level: config.log.level ?? (onPlatform && !isCli ? 'info' : 'warn'), format: config.log.format });
  const kb = createKnowledgeBase(await loadKnowledgeFiles(config.knowledgeDir, { cacheDir: config.db.dataDir }), config.orgName);

  if (isCli) {
    const bot = new Bot({ kb, clock: systemClock, random: Math.random, logger, defaultLang: config.defaultLang });
    return runCli(argv.slice(1), bot, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
  }

  if (onPlatform) {
    const { stop } = await startServices(config, kb, logger, { portIsOptional: false });
    await new Promise<void>((resolve) => {
      const shutdown = (signal: string) => {
        logger.info({ event: 'stopping', signal });
        stop().then(resolve, (error: unknown) => {
          logger.error({ event: 'stop.error', error: error instanceof Error ? error.message : String(error) });
          resolve();
        });
      };
      process.once('SIGTERM', () => shutdown('SIGTERM'));
      process.once('SIGINT', () => shutdown('SIGINT'));
    });
    return 0;
  }

  // No credentials: the terminal chat, with the Teams endpoint for the Emulator beside it.
  const { bot, url, stop } = await startServices(config, kb, logger, { portIsOptional: true });
  try {
    await runTerminalChat({
      bot,
      input: process.stdin,
      output: process.stdout,
      orgName: config.orgName,
      lang: config.defaultLang,
      interactive: process.stdin.isTTY === true,
      emulatorUrl: url,
    });
  } finally {
    await stop();
  }
  return 0;
}

/** Whether this file is the program being run (`npm start`), not a module a test imported. */
const isEntryPoint = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);

if (isEntryPoint) void main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    // Platform mode ends here after a stop: leftover keep-alive sockets or SDK timers must not keep it up.
    setTimeout(() => process.exit(code), 200).unref();
  },
  (error: unknown) => {
    if (error instanceof BotError) {
      process.stderr.write(`${error.message}\n`);
    } else {
      process.stderr.write(`Richtlijnenbot stopped on an unexpected error:\n${error instanceof Error ? error.stack : String(error)}\n`);
    }
    process.exitCode = 1;
  },
);
