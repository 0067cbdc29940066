import { startServices } from './compose/start-services.js';
import { loadConfig, readEnvironment, type Env } from './config.js';
import { Bot } from './core/bot.js';
import { BotError } from './core/errors.js';
import { theOrg } from './core/org.js';
import { systemClock } from './core/ports.js';
import { createLogger } from './runtime/log/logger.js';
import { openDb } from './store/db.js';
import { loadKnowledgeFolder } from './store/knowledge-files.js';
import { openKnowledge } from './store/knowledge-versions.js';
import { loadModels, whenStale } from './store/model-files.js';
import { runCli } from './surfaces/terminal/cli.js';
import { startTerminalChat } from './surfaces/terminal/terminal-chat.js';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the program talks to. The entry point passes the process's own; tests pass their streams. */
export interface ProgramIo {
  env: Env;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
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
  const logger = createLogger({
    level,
    format: config.log.format,
    ...(io.logs ? { destination: io.logs } : {}),
  });
  const [folder, models] = await Promise.all([loadKnowledgeFolder(config.knowledgeDir, { cacheDir: config.db.dataDir }), loadModels(config.knowledgeDir)]);
  const org = { name: config.orgName, article: config.orgArticle };
  // A model trained on other knowledge still works, but learned nothing of the changes: say so.
  if (models)
    whenStale(config.knowledgeDir, models, () => logger.warn({ event: 'model.stale' }, 'The knowledge changed since the model was trained: run npm run train'));

  if (isCli) {
    // The published version, as people get it: evaluation measures what is answered.
    const db = await openDb(config.db);
    try {
      const { live } = await openKnowledge(db, folder, { org, models, knowledgeDir: config.knowledgeDir, clock: systemClock });
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
  const { bot, url, stop } = await startServices(config, folder, logger, {
    portIsOptional: true,
    models,
  });
  const interactive = io.stdin.isTTY === true;
  const color = io.stdout.isTTY === true;
  const chat = startTerminalChat({
    bot,
    input: io.stdin,
    output: io.stdout,
    banner: io.stderr,
    orgName: theOrg(org, config.defaultLang),
    lang: config.defaultLang,
    interactive,
    color,
    emulatorUrl: url,
  });
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
    const text =
      error instanceof BotError ? error.message : `Richtlijnenbot stopped on an unexpected error:\n${error instanceof Error ? error.stack : String(error)}`;
    io.stderr.write(`${text}\n`);
    return 1;
  }
}

/** Whether this file is the program being run (`npm start`), not a module a test imported. */
const isEntryPoint = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);

if (isEntryPoint) {
  const stopRequested = () => new Promise<string>((done) => ['SIGTERM', 'SIGINT'].forEach((signal) => void process.once(signal, () => done(signal))));
  const io = {
    env: readEnvironment(),
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    stopRequested,
  };
  void main(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
    // After a stop, leftover keep-alive sockets or SDK timers must not keep the process up.
    setTimeout(() => process.exit(code), 200).unref();
  });
}
