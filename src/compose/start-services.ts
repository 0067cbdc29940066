import type { Config } from '../config.js';
import type { LearnedModels } from '../core/answer/answer.js';
import { Bot } from '../core/bot.js';
import { systemClock, type ChannelDirectory, type Clock, type Logger, type Membership } from '../core/ports.js';
import type { Reply } from '../core/reply-model.js';
import { questionsChartImage } from '../runtime/charts/digest-chart.js';
import { startHousekeeping } from '../runtime/housekeeping/start-housekeeping.js';
import type { HttpTimeouts, RunningServer } from '../runtime/http/http-server.js';
import { followVersions } from '../runtime/knowledge/follow-versions.js';
import { listen } from '../runtime/http/listen.js';
import { Lifecycle } from '../runtime/lifecycle.js';
import { logStarted, warnWithoutEscalationChannel } from '../runtime/log/startup.js';
import { startObservability } from '../runtime/observability/start-observability.js';
import { startOutbox } from '../runtime/outbox/start-outbox.js';
import { repeat } from '../runtime/repeat.js';
import { startSchedule } from '../runtime/schedule/start-schedule.js';
import { openDb, pingDb } from '../store/db.js';
import type { KnowledgeFolder } from '../store/knowledge-files.js';
import { openKnowledge } from '../store/knowledge-versions.js';
import { SqlHousekeeping } from '../store/housekeeping.js';
import { SqlOnceStore } from '../store/once-store.js';
import { whyDatabaseFailed } from '../store/open-errors.js';
import { ConsoleAuth, IDLE_MS } from '../surfaces/console/auth.js';
import { createConsoleLinks } from '../surfaces/console/links.js';
import { startConsole } from '../surfaces/console/start-console.js';
import type { RetryTiming } from '../surfaces/slack/connection.js';
import { renderBlocks } from '../surfaces/slack/render-blocks.js';
import { startSlack, type RunningSlack } from '../surfaces/slack/start-slack.js';
import { renderCard } from '../surfaces/teams/card/render-card.js';
import { startTeams } from '../surfaces/teams/start-teams.js';
import { buildCore } from './build-core.js';

/** How long a shutdown may take before the process goes anyway. */
const SHUTDOWN_DEADLINE_MS = 10_000;

export interface ServiceOptions {
  /** Terminal mode: a busy port leaves the Emulator endpoint off instead of stopping. */
  portIsOptional: boolean;
  /** Tests move time by hand. */
  clock?: Clock;
  /** Tests: no loop runs; the test delivers, reminds and ticks the schedule itself. */
  manualLoops?: boolean;
  /** Tests: faster retries of Slack and Teams, shorter HTTP time-outs. */
  retry?: RetryTiming;
  httpTimeouts?: Partial<HttpTimeouts>;
  /** The trained models of knowledge/model/, when there are any. */
  models?: LearnedModels | undefined;
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
    const db = await openDb(config.db).catch((error: unknown) => {
      throw whyDatabaseFailed(error, config.db);
    });
    running.add('database', { stop: () => db.close() });
    // The published version (the folder is version 1); `kb` always reads the version answered now.
    const knowledge = await openKnowledge(db, folder, {
      org: { name: config.orgName, article: config.orgArticle },
      models: options.models,
      knowledgeDir: config.knowledgeDir,
      clock,
    });
    const kb = knowledge.live.kb;
    let slack: RunningSlack | undefined;
    let teams: ReturnType<typeof startTeams> | undefined;
    // Who is in a channel and what a channel is, asked of the platform it is on (once it runs).
    const on = (platform: 'slack' | 'teams') => (platform === 'slack' ? slack?.directory : teams?.directory);
    const directory: Membership & ChannelDirectory = {
      isMember: async (platform, channelId, userId) => (await on(platform)?.isMember(platform, channelId, userId)) ?? false,
      describe: async (platform, channelId) =>
        (await on(platform)?.describe(platform, channelId)) ?? {
          kind: 'unknown',
          botIsMember: false,
        },
    };
    const core = buildCore(config, kb, db, { logger, clock, directory });
    const { store, outbox, signals, escalations, tips, roles, access, consoleStore } = core;
    const links = createConsoleLinks({
      store: consoleStore,
      clock,
      minutes: config.console.linkMinutes,
      publicUrl: config.console.publicUrl,
      localUrl: () => server?.url,
    });
    running.add('signals', { stop: () => signals.flush() });
    const ready = async () => {
      await pingDb(db);
      return {
        database: { ready: true, detail: `${db.engine} ok` },
        slack: slack?.readiness() ?? { ready: true, detail: 'off' },
        teams: teams?.readiness() ?? { ready: false, detail: 'starting' },
      };
    };
    const metricsAccess = { loopback: config.http.loopback, token: config.http.metricsToken };
    const observability = startObservability({
      openEscalations: () => store.countOpen(),
      pendingDeliveries: () => outbox.pending(),
      ready,
      logger,
      access: metricsAccess,
    });
    const { metrics } = running.add('observability', observability);
    const bot = new Bot({
      kb,
      clock,
      random: Math.random,
      logger,
      defaultLang: lang,
      escalations,
      tips,
      signals,
      stats: signals,
      roles,
      timeZone,
      metrics,
      console: { access, links },
      languages: core.languages,
      models: options.models,
    });

    const { versions, live, load, listen: listenForVersions } = knowledge;
    const every = options.manualLoops ? ('manual' as const) : undefined;
    const prepare = (next: Parameters<Bot['prepareKnowledge']>[0], pause: () => Promise<void>) => bot.prepareKnowledge(next, pause);
    const follow = running.add(
      'knowledge',
      followVersions({ live, prepare, latestNumber: () => versions.latestNumber(), load, listen: listenForVersions, intervalMs: every, logger }),
    );
    const surfaceDeps = { bot, kb, feedback: core.feedback, logger, clock, escalations };
    // Real time: signatures and event ids expire with Slack's clock, not the bot's (moved by hand in tests).
    const once = new SqlOnceStore(db);
    const retry = options.retry;
    if (config.slack) slack = running.add('slack', startSlack(config.slack, { ...surfaceDeps, lang, metrics, once, retry }));
    const teamsOptions = { allowEmulator: config.http.allowEmulator, ...(retry ? { retry } : {}) };
    teams = running.add('teams', startTeams(config.teams, { ...surfaceDeps, conversations: core.conversations, defaultLang: lang }, teamsOptions));
    const notifiers = { ...(slack ? { slack: slack.notifier } : {}), teams: teams.notifier };

    const { remindMinutes } = config.escalation;
    const remindDue = () => escalations.remindDue();
    const outboxDeps = {
      outbox,
      store,
      kb,
      notifiers,
      remindDue,
      clock,
      logger,
      metrics,
      lang,
      timeZone,
      remindMinutes,
    };
    const { worker } = running.add('outbox', startOutbox({ ...outboxDeps, intervalMs: every, reminderIntervalMs: every }));
    const crons = {
      tipCron: config.tips.cron,
      digestCron: config.digestCron,
      timeZone: config.tips.timeZone,
    };
    const digestChart = (from: Date, to: Date) => questionsChartImage(consoleStore, from, to, lang);
    const scheduleDeps = {
      kb,
      tips,
      signals,
      escalations,
      notifiers,
      ...crons,
      clock,
      logger,
      lang,
      intervalMs: every,
      digestChart,
    };
    const { dailyTips, digest } = running.add('schedule', startSchedule(scheduleDeps));
    const upkeep = new SqlHousekeeping(db, { retentionDays: config.retentionDays });
    const ago = (now: Date, ms: number) => new Date(now.getTime() - ms);
    const housekeeping = async (now: Date) => {
      await consoleStore.purge(ago(now, config.retentionDays * 86_400_000), now, ago(now, IDLE_MS));
      await core.keyring.keys(); // expires the hash keys of votes and language choices
      return upkeep.run(now);
    };
    running.add('housekeeping', startHousekeeping({ run: housekeeping, clock, logger, intervalMs: every }));
    // Replay and retry memory (Slack signatures, event ids) lasts minutes: what expired goes.
    running.add(
      'once-expiry',
      repeat('once-expiry', every ?? 60_000, () => once.purgeExpired(new Date()), logger),
    );

    const auth = new ConsoleAuth({
      store: consoleStore,
      access,
      clock,
      secure: config.console.publicUrl?.startsWith('https:') ?? false,
    });
    const renderers = {
      slack: (reply: Reply) => renderBlocks(reply, { feedback: true }),
      teams: (reply: Reply) => renderCard(reply, { feedback: true }).card as unknown as Record<string, unknown>,
    };
    const web = running.add(
      'console',
      startConsole({
        kb,
        bot,
        editing: { editor: knowledge.editor, published: follow.check },
        escalations,
        store: consoleStore,
        auth,
        clock,
        logger,
        timeZone,
        defaultLang: lang,
        renderers,
      }),
    );
    const routes = [...observability.routes, ...(slack?.routes ?? []), ...teams.routes, ...web.routes];
    server = await listen(config, routes, logger, options);
    if (server) running.add('http', server);
    await warnWithoutEscalationChannel(config, kb, escalations, logger);
    logStarted(config, logger, server?.url ?? 'off', `${db.engine} (${db.location})`);
    return {
      bot,
      db,
      knowledge,
      worker,
      escalations,
      tips,
      dailyTips,
      digest,
      signals,
      once,
      slack,
      teams,
      url: server?.url,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
