import { existsSync, readFileSync } from 'node:fs';
import { parse as parseDotenv } from 'dotenv';
import { runCli } from './adapters/cli/cli.js';
import { startHttpServer, type RunningServer } from './adapters/http-server.js';
import { createLogger } from './adapters/log/logger.js';
import { createSlackAdapter } from './adapters/slack/slack-app.js';
import { createTeamsAdapter } from './adapters/teams/teams-adapter.js';
import { runTerminalChat } from './adapters/terminal/terminal-chat.js';
import { loadConfig, type Config } from './config.js';
import { Bot } from './core/bot.js';
import { BotError } from './core/errors.js';
import { createKnowledgeBase, type KnowledgeBase } from './core/knowledge/knowledge-base.js';
import { systemClock, type Logger } from './core/ports.js';
import { openDb } from './store/db.js';
import { SqlConversationStore } from './store/conversation-store.js';
import { SqlFeedbackStore } from './store/feedback-store.js';
import { loadKnowledgeFiles } from './store/knowledge-files.js';

/** `.env` in the working directory, if present, under the real environment (which wins). */
function readEnvironment(): Record<string, string | undefined> {
  const fromFile = existsSync('.env') ? parseDotenv(readFileSync('.env')) : {};
  return { ...fromFile, ...process.env };
}

/** The database, Slack and Teams behind the one HTTP server. Resolves with a function that stops it all. */
async function startServices(
  config: Config,
  kb: KnowledgeBase,
  bot: Bot,
  logger: Logger,
  portIsOptional: boolean,
): Promise<{ url: string | undefined; stop: () => Promise<void> }> {
  const db = await openDb(config.db);
  const feedback = new SqlFeedbackStore(db);
  const conversations = new SqlConversationStore(db);
  const slack = config.slack
    ? createSlackAdapter(config.slack, { bot, kb, feedback, logger, clock: systemClock, lang: config.defaultLang })
    : undefined;
  const teams = createTeamsAdapter(config.teams, { bot, kb, feedback, conversations, logger, clock: systemClock, defaultLang: config.defaultLang });
  const isPublic = config.slack?.mode === 'http' || config.teams.mode === 'authenticated';
  const host = config.http.host ?? (isPublic ? '0.0.0.0' : '127.0.0.1');
  let server: RunningServer | undefined;
  try {
    server = await startHttpServer({ port: config.http.port, host, routes: [...(slack?.routes ?? []), ...teams.routes], logger });
  } catch (error) {
    if (!portIsOptional) throw new BotError('config_invalid', `Port ${config.http.port} on ${host} is not available (${(error as Error).message}): set PORT to a free port`);
    logger.warn({ event: 'http.unavailable', port: config.http.port, error: (error as Error).message }, 'The Teams emulator endpoint is off: the port is in use');
  }
  await slack?.start();
  const url = server?.url ?? 'off';
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
    url: server?.url,
    stop: async () => {
      await slack?.stop();
      await server?.close();
      await db.close();
    },
  };
}

/** The composition root: config → knowledge → core → the adapters this run asks for. */
async function main(argv: readonly string[]): Promise<number> {
  const config = loadConfig(readEnvironment());
  const isCli = argv[0] === 'cli';
  const onPlatform = config.slack !== undefined || config.teams.mode === 'authenticated';
  const logger = createLogger({ level: config.log.level ?? (onPlatform && !isCli ? 'info' : 'warn'), format: config.log.format });
  const kb = createKnowledgeBase(await loadKnowledgeFiles(config.knowledgeDir), config.orgName);
  const bot = new Bot({ kb, clock: systemClock, random: Math.random, logger, defaultLang: config.defaultLang });

  if (isCli) return runCli(argv.slice(1), bot, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });

  if (onPlatform) {
    const { stop } = await startServices(config, kb, bot, logger, false);
    await new Promise<void>((resolve) => {
      const shutdown = (signal: string) => {
        logger.info({ event: 'stopping', signal });
        void stop().finally(resolve);
      };
      process.once('SIGTERM', () => shutdown('SIGTERM'));
      process.once('SIGINT', () => shutdown('SIGINT'));
    });
    return 0;
  }

  // No credentials: the terminal chat, with the Teams endpoint for the Emulator beside it.
  const { url, stop } = await startServices(config, kb, bot, logger, true);
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

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
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
