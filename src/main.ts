import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig, readEnvironment, type Config, type Env } from './config.js';
import type { LearnedModels } from './core/answer/answer.js';
import { Bot } from './core/bot.js';
import { Roles } from './core/access/roles.js';
import { ConsoleAccess } from './core/console/access.js';
import { BotError } from './core/errors.js';
import type { Binding } from './core/escalate/model.js';
import { EscalationService } from './core/escalate/service.js';
import type { KnowledgeBase } from './core/knowledge/knowledge-base.js';
import { systemClock, type ChannelDirectory, type Clock, type Logger, type Membership } from './core/ports.js';
import type { Reply } from './core/reply-model.js';
import { TipService } from './core/tips/tip-service.js';
import { followVersions } from './runtime/knowledge/follow-versions.js';
import { startHousekeeping } from './runtime/housekeeping/start-housekeeping.js';
import type { RunningServer } from './runtime/http/http-server.js';
import { listen } from './runtime/http/listen.js';
import { Lifecycle } from './runtime/lifecycle.js';
import { questionsChartImage } from './runtime/charts/digest-chart.js';
import { createLogger } from './runtime/log/logger.js';
import { logStarted, warnWithoutEscalationChannel } from './runtime/log/startup.js';
import { startObservability } from './runtime/observability/start-observability.js';
import { startOutbox } from './runtime/outbox/start-outbox.js';
import { startSchedule } from './runtime/schedule/start-schedule.js';
import { SqlConsoleStore } from './store/console-store.js';
import { SqlConversationStore } from './store/conversation-store.js';
import { openDb, pingDb, type Db } from './store/db.js';
import { SqlEscalationStore } from './store/escalation-store.js';
import { SqlFeedbackStore } from './store/feedback-store.js';
import { SqlHousekeeping } from './store/housekeeping.js';
import { loadKnowledgeFolder, type KnowledgeFolder } from './store/knowledge-files.js';
import { openKnowledge } from './store/knowledge-versions.js';
import { loadModels, whenStale } from './store/model-files.js';
import { SqlOutbox } from './store/outbox-store.js';
import { SqlSignalStore } from './store/signal-store.js';
import { SqlTipStore } from './store/tip-store.js';
import { ConsoleAuth, IDLE_MS } from './surfaces/console/auth.js';
import { createConsoleLinks } from './surfaces/console/links.js';
import { startConsole } from './surfaces/console/start-console.js';
import { renderBlocks } from './surfaces/slack/render-blocks.js';
import { startSlack, type RunningSlack } from './surfaces/slack/start-slack.js';
import { renderCard } from './surfaces/teams/card/render-card.js';
import { startTeams } from './surfaces/teams/start-teams.js';
import { runCli } from './surfaces/terminal/cli.js';
import { startTerminalChat } from './surfaces/terminal/terminal-chat.js';

/** How long a shutdown may take before the process goes anyway. */
const SHUTDOWN_DEADLINE_MS = 10_000;

export interface ServiceOptions {
  /** Terminal mode: a busy port leaves the Emulator endpoint off instead of stopping. */
  portIsOptional: boolean;
  /** Tests move time by hand. */
  clock?: Clock;
  /** Tests: no loop runs; the test delivers, reminds and ticks the schedule itself. */
  manualLoops?: boolean;
  /** The trained models of knowledge/model/, when there are any. */
  models?: LearnedModels | undefined;
}

/** The default department's channels as configured (ESCALATION_SLACK_CHANNEL, ESCALATION_TEAMS_CHANNEL). */
function configuredBindings(config: Config, kb: KnowledgeBase): Binding[] {
  const department = kb.departments.default;
  const slack = config.escalation.slackChannel;
  const teams = config.escalation.teamsChannel;
  return [...(slack ? [{ department, platform: 'slack' as const, channelId: slack }] : []), ...(teams ? [{ department, platform: 'teams' as const, channelId: teams }] : [])];
}

/** The stores over one database and the core's services over them; nothing runs yet. */
function buildCore(config: Config, kb: KnowledgeBase, db: Db, deps: { logger: Logger; clock: Clock; directory: Membership & ChannelDirectory }) {
  const { logger, clock, directory } = deps;
  const store = new SqlEscalationStore(db);
  const signals = new SqlSignalStore(db, {
    onFlushError: (error, waiting) => logger.warn({ event: 'signals.flush-failed', waiting, error: error instanceof Error ? error.message : String(error) }),
  });
  const configured = configuredBindings(config, kb);
  const escalations = new EscalationService({
    kb,
    store,
    membership: directory,
    channels: directory,
    clock,
    logger,
    configured,
    remindMinutes: config.escalation.remindMinutes,
    timeZone: config.timeZone,
  });
  const configuredTips = [
    ...config.tips.slackChannels.map((channelId) => ({ platform: 'slack' as const, channelId })),
    ...config.tips.teamsChannels.map((channelId) => ({ platform: 'teams' as const, channelId })),
  ];
  const tips = new TipService({ kb, store: new SqlTipStore(db), clock, random: Math.random, logger, configured: configuredTips });
  const roles = new Roles({ membership: directory, admins: config.admins, ownersDepartment: kb.departments.default, ownersChannels: configured, logger });
  // The web console: the same role check, and for other departments the same membership port.
  const departments = kb.departments.departments.map((d) => d.id);
  const access = new ConsoleAccess({ authority: roles, membership: directory, channelsOf: (d) => escalations.channelsOf(d), departments, logger });
  const consoleStore = new SqlConsoleStore(db, () => signals.flush());
  return { store, outbox: new SqlOutbox(db), signals, escalations, tips, roles, access, consoleStore, feedback: new SqlFeedbackStore(db), conversations: new SqlConversationStore(db) };
}

/**
 * The database, the core over it, Slack and Teams behind the one HTTP server, the outbox, the
 * schedule and housekeeping. `stop` stops them newest first, within 10 s.
 */
export async function startServices(config: Config, folder: KnowledgeFolder, logger: Logger, options: ServiceOptions) {
  const clock = options.clock ?? systemClock;
  const { defaultLang: lang, timeZone } = config;
  const running = new Lifecycle(logger);
  let server: RunningServer | undefined;
  const stop = () => running.stop(SHUTDOWN_DEADLINE_MS, () => server?.forceClose());
  try {
    const db = await openDb(config.db);
    running.add('database', { stop: () => db.close() });
    // The published version (the folder is version 1); `kb` always reads the version answered now.
    const knowledge = await openKnowledge(db, folder, { orgName: config.orgName, models: options.models, knowledgeDir: config.knowledgeDir, clock });
    const kb = knowledge.live.kb;
    let slack: RunningSlack | undefined;
    let teams: ReturnType<typeof startTeams> | undefined;
    // Who is in a channel and what a channel is, asked of the platform it is on (once it runs).
    const on = (platform: 'slack' | 'teams') => (platform === 'slack' ? slack?.directory : teams?.directory);
    const directory: Membership & ChannelDirectory = {
      isMember: async (platform, channelId, userId) => (await on(platform)?.isMember(platform, channelId, userId)) ?? false,
      describe: async (platform, channelId) => (await on(platform)?.describe(platform, channelId)) ?? { kind: 'unknown', botIsMember: false },
    };
    const core = buildCore(config, kb, db, { logger, clock, directory });
    const every = options.manualLoops ? ('manual' as const) : undefined;
    const { store, outbox, signals, escalations, tips, roles, access, consoleStore } = core;
    const links = createConsoleLinks({ store: consoleStore, clock, minutes: config.console.linkMinutes, publicUrl: config.console.publicUrl, localUrl: () => server?.url });
    running.add('signals', { stop: () => signals.flush() });
    const ready = async () => {
      await pingDb(db);
      const slackState = !slack ? 'off' : slack.isConnected() ? 'connected' : 'not connected';
      return { database: `${db.engine} ok`, slack: slackState, teams: config.teams.mode };
    };
    const observability = startObservability({ openEscalations: () => store.countOpen(), pendingDeliveries: () => outbox.pending(), ready, logger });
    const { metrics } = running.add('observability', observability);
    const bot = new Bot({ kb, clock, random: Math.random, logger, defaultLang: lang, escalations, tips, signals, stats: signals, roles, timeZone, metrics, console: { access, links }, models: options.models });

    const { versions, live, load } = knowledge;
    const follow = running.add('knowledge', followVersions({ live, use: (next) => bot.useKnowledge(next), latestNumber: () => versions.latestNumber(), load, intervalMs: every, logger }));
    const surfaceDeps = { bot, kb, feedback: core.feedback, logger, clock, escalations };
    if (config.slack) slack = running.add('slack', await startSlack(config.slack, { ...surfaceDeps, lang, metrics }));
    teams = running.add('teams', startTeams(config.teams, { ...surfaceDeps, conversations: core.conversations, defaultLang: lang }));
    const notifiers = { ...(slack ? { slack: slack.notifier } : {}), teams: teams.notifier };

    const { remindMinutes } = config.escalation;
    const remindDue = () => escalations.remindDue();
    const outboxDeps = { outbox, store, kb, notifiers, remindDue, clock, logger, metrics, lang, timeZone, remindMinutes };
    const { worker } = running.add('outbox', startOutbox({ ...outboxDeps, intervalMs: every, reminderIntervalMs: every }));
    const crons = { tipCron: config.tips.cron, digestCron: config.digestCron, timeZone: config.tips.timeZone };
    const digestChart = (from: Date, to: Date) => questionsChartImage(consoleStore, from, to, lang);
    const scheduleDeps = { kb, tips, signals, escalations, notifiers, ...crons, clock, logger, lang, intervalMs: every, digestChart };
    const { dailyTips, digest } = running.add('schedule', startSchedule(scheduleDeps));
    const upkeep = new SqlHousekeeping(db, { retentionDays: config.retentionDays });
    const cut = (now: Date, ms: number) => new Date(now.getTime() - ms);
    const housekeeping = async (now: Date) => (await consoleStore.purge(cut(now, config.retentionDays * 86_400_000), now, cut(now, IDLE_MS)), upkeep.run(now));
    running.add('housekeeping', startHousekeeping({ run: housekeeping, clock, logger, intervalMs: every }));

    const auth = new ConsoleAuth({ store: consoleStore, access, clock, secure: config.console.publicUrl?.startsWith('https:') ?? false });
    const renderers = { slack: (reply: Reply) => renderBlocks(reply, { feedback: true }), teams: (reply: Reply) => renderCard(reply, { feedback: true }).card as unknown as Record<string, unknown> };
    const web = running.add('console', startConsole({ kb, bot, editing: { editor: knowledge.editor, published: follow.check }, escalations, store: consoleStore, auth, clock, logger, timeZone, defaultLang: lang, renderers }));
    const routes = [...observability.routes, ...(slack?.routes ?? []), ...teams.routes, ...web.routes];
    server = await listen(config, routes, logger, options.portIsOptional);
    if (server) running.add('http', server);
    await warnWithoutEscalationChannel(config, kb, escalations, logger);
    logStarted(config, logger, server?.url ?? 'off', `${db.engine} (${db.location})`);
    return { bot, db, knowledge, worker, escalations, tips, dailyTips, digest, signals, url: server?.url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** What the program talks to. The entry point passes the process's own; tests pass their streams. */
export interface ProgramIo {
  env: Env;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** Where log lines go; standard error, written synchronously, when absent. */
  logs?: NodeJS.WritableStream;
  /** Resolves with a signal's name when the process is asked to stop; only called in platform mode. */
  stopRequested: () => Promise<string>;
}

/** The composition root: config → knowledge → the CLI, or the services with the platforms or the terminal chat. */
async function run(argv: readonly string[], io: ProgramIo): Promise<number> {
  const config = loadConfig(io.env);
  const isCli = argv[0] === 'cli';
  const onPlatform = config.slack !== undefined || config.teams.mode === 'authenticated';
  const level = config.log.level ?? (onPlatform && !isCli ? 'info' : 'warn');
  const logger = createLogger({ level, format: config.log.format, ...(io.logs ? { destination: io.logs } : {}) });
  const [folder, models] = await Promise.all([loadKnowledgeFolder(config.knowledgeDir, { cacheDir: config.db.dataDir }), loadModels(config.knowledgeDir)]);
  // A model trained on other knowledge still works, but learned nothing of the changes: say so.
  if (models) whenStale(config.knowledgeDir, models, () => logger.warn({ event: 'model.stale' }, 'The knowledge changed since the model was trained: run npm run train'));

  if (isCli) {
    // The published version, as people get it: evaluation measures what is answered.
    const db = await openDb(config.db);
    try {
      const { live } = await openKnowledge(db, folder, { orgName: config.orgName, models, knowledgeDir: config.knowledgeDir, clock: systemClock });
      const bot = new Bot({ kb: live.kb, clock: systemClock, random: Math.random, logger, defaultLang: config.defaultLang, models });
      return await runCli(argv.slice(1), bot, io);
    } finally {
      await db.close();
    }
  }
  if (onPlatform) {
    const { stop } = await startServices(config, folder, logger, { portIsOptional: false, models });
    logger.info({ event: 'stopping', signal: await io.stopRequested() });
    await stop();
    return 0;
  }
  // No credentials: the terminal chat, with the Teams endpoint for the Emulator beside it.
  const { bot, url, stop } = await startServices(config, folder, logger, { portIsOptional: true, models });
  const interactive = io.stdin.isTTY === true;
  const chat = startTerminalChat({ bot, input: io.stdin, output: io.stdout, orgName: config.orgName, lang: config.defaultLang, interactive, emulatorUrl: url });
  try {
    await chat.done;
  } finally {
    await stop();
  }
  return 0;
}

/** Runs the program; a start-up error becomes its message on standard error and exit code 1. */
export async function main(argv: readonly string[], io: ProgramIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    const text = error instanceof BotError ? error.message : `Richtlijnenbot stopped on an unexpected error:\n${error instanceof Error ? error.stack : String(error)}`;
    io.stderr.write(`${text}\n`);
    return 1;
  }
}

/** Whether this file is the program being run (`npm start`), not a module a test imported. */
const isEntryPoint = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);

if (isEntryPoint) {
  const stopRequested = () => new Promise<string>((done) => ['SIGTERM', 'SIGINT'].forEach((signal) => void process.once(signal, () => done(signal))));
  const io = { env: readEnvironment(), stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, stopRequested };
  void main(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
    // After a stop, leftover keep-alive sockets or SDK timers must not keep the process up.
    setTimeout(() => process.exit(code), 200).unref();
  });
}
