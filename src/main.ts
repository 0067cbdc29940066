import { existsSync, readFileSync } from 'node:fs';
import { parse as parseDotenv } from 'dotenv';
import { runCli } from './adapters/cli/cli.js';
import { createLogger } from './adapters/log/logger.js';
import { runTerminalChat } from './adapters/terminal/terminal-chat.js';
import { loadConfig } from './config.js';
import { Bot } from './core/bot.js';
import { BotError } from './core/errors.js';
import { createKnowledgeBase } from './core/knowledge/knowledge-base.js';
import { systemClock } from './core/ports.js';
import { loadKnowledgeFiles } from './store/knowledge-files.js';

/** `.env` in the working directory, if present, under the real environment (which wins). */
function readEnvironment(): Record<string, string | undefined> {
  const fromFile = existsSync('.env') ? parseDotenv(readFileSync('.env')) : {};
  return { ...fromFile, ...process.env };
}

/** The composition root: config → knowledge → core → the adapter this run asks for. */
async function main(argv: readonly string[]): Promise<number> {
  const config = loadConfig(readEnvironment());
  const isCli = argv[0] === 'cli';
  const logger = createLogger({ level: config.log.level ?? 'warn', format: config.log.format });
  const kb = createKnowledgeBase(await loadKnowledgeFiles(config.knowledgeDir), config.orgName);
  const bot = new Bot({ kb, clock: systemClock, random: Math.random, logger, defaultLang: config.defaultLang });

  if (isCli) return runCli(argv.slice(1), bot, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });

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
