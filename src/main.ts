import { existsSync, readFileSync } from 'node:fs';
import { parse as parseDotenv } from 'dotenv';
import { runCli } from './adapters/cli/cli.js';
import { startHttpServer, type HttpRoute, type RunningServer } from './adapters/http-server.js';
import { createLogger } from './adapters/log/logger.js';
import { createSlackAdapter, type SlackAdapter } from './adapters/slack/slack-app.js';
import { runTerminalChat } from './adapters/terminal/terminal-chat.js';
import { loadConfig, type Config } from './config.js';
import { Bot } from './core/bot.js';
import { BotError } from './core/errors.js';
import { createKnowledgeBase, type KnowledgeBase } from './core/knowledge/knowledge-base.js';
import { systemClock, type Logger } from './core/ports.js';
import { openDb } from './store/db.js';
import { SqlFeedbackStore } from './store/feedback-store.js';
import { loadKnowledgeFiles } from './store/knowledge-files.js';

/** `.env` in the working directory, if present, under the real environment (which wins). */
function readEnvironment(): Record<string, string | undefined> {
  const fromFile = existsSync('.env') ? parseDotenv(readFileSync('.env')) : {};
  return { ...fromFile, ...process.env };
}

/** The platforms' half: database, Slack, the HTTP server. Resolves with a function that stops it all. */
async function startPlatforms(config: Config, kb: KnowledgeBase, bot: Bot, logger: Logger): Promise<() => Promise<void>> {
  const db = await openDb(config.db);
  const feedback = new SqlFeedbackStore(db);
  const routes: HttpRoute[] = [];
  let slack: SlackAdapter | undefined;
  if (config.slack) {
    slack = createSlackAdapter(config.slack, { bot, kb, feedback, logger, clock: systemClock }, config.defaultLang);
    routes.push(...slack.routes);
  }
  const host = config.http.host ?? (config.slack?.mode === 'http' ? '0.0.0.0' : '127.0.0.1');
  const server: RunningServer = await startHttpServer({ port: config.http.port, host, routes, logger });
  await slack?.start();
  logger.info(
    {
      event: 'started',
      url: server.url,
      store: `${db.engine} (${db.location})`,
      slack: config.slack ? (config.slack.mode === 'socket' ? 'Socket Mode' : `HTTP mode on ${server.url}/slack/events`) : 'off',
    },
    'Richtlijnenbot is running',
  );
  return async () => {
    await slack?.stop();
    await server.close();
    await db.close();
  };
}

/** The composition root: config → knowledge → core → the adapters this run asks for. */
async function main(argv: readonly string[]): Promise<number> {
  const config = loadConfig(readEnvironment());
  const isCli = argv[0] === 'cli';
  const onPlatform = config.slack !== undefined;
  const logger = createLogger({ level: config.log.level ?? (onPlatform && !isCli ? 'info' : 'warn'), format: config.log.format });
  const kb = createKnowledgeBase(await loadKnowledgeFiles(config.knowledgeDir), config.orgName);
  const bot = new Bot({ kb, clock: systemClock, random: Math.random, logger, defaultLang: config.defaultLang });

  if (isCli) return runCli(argv.slice(1), bot, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });

  if (onPlatform) {
    const stop = await startPlatforms(config, kb, bot, logger);
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

  await runTerminalChat({
    bot,
    input: process.stdin,
    output: process.stdout,
    orgName: config.orgName,
    lang: config.defaultLang,
    interactive: process.stdin.isTTY === true,
  });
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
