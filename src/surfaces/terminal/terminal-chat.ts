import { createInterface } from 'node:readline';
import type { Bot } from '../../core/bot.js';
import { t } from '../../core/messages.js';
import type { Lang } from '../../core/lang.js';
import { cleanText } from '../../core/text.js';
import { renderText } from './render-text.js';

export interface TerminalChatOptions {
  bot: Bot;
  input: NodeJS.ReadableStream;
  /** The answers (standard output). */
  output: NodeJS.WritableStream;
  /** The start banner, at most two lines (standard error), so a pipe's output is the answers only. */
  banner: NodeJS.WritableStream;
  /** How the organisation is named in the banner: "het CNV". */
  orgName: string;
  lang: Lang;
  /** A person types (a TTY): a prompt, and no echo (the terminal shows what was typed). */
  interactive: boolean;
  /** ANSI colours: only when the output is a terminal. */
  color?: boolean;
  /** The server's address when the Emulator endpoint runs beside the chat. */
  emulatorUrl?: string | undefined;
}

/** A line of just one of these ends the chat, as Ctrl+D does: what someone trying the bot types to leave. */
const QUIT = new Set(['exit', 'quit', 'stop', 'stoppen', 'afsluiten', '/exit', '/quit']);

/**
 * The chat for a terminal or a pipe: every line is a message to the bot, with or without
 * `/socialmedia`. `done` resolves when the input ends, a line says to quit (QUIT) or `stop` is called.
 */
export function startTerminalChat(options: TerminalChatOptions): { done: Promise<void>; stop(): void } {
  const lines = createInterface({ input: options.input, terminal: false, crlfDelay: Infinity });
  return { done: chat(options, lines), stop: () => lines.close() };
}

/** The chat until its input ends. */
export function runTerminalChat(options: TerminalChatOptions): Promise<void> {
  return startTerminalChat(options).done;
}

async function chat(options: TerminalChatOptions, lines: AsyncIterable<string>): Promise<void> {
  const { bot, output } = options;
  options.banner.write(`${t('terminal.banner', options.lang, { org: options.orgName })}\n`);
  if (options.emulatorUrl) options.banner.write(`${t('terminal.emulator', options.lang, { url: options.emulatorUrl })}\n`);
  const prompt = (): void => {
    if (options.interactive) output.write('\n> ');
  };
  prompt();
  let answered = 0;
  for await (const line of lines) {
    const typed = line.trim();
    if (QUIT.has(typed.toLowerCase())) break;
    if (typed === '') {
      prompt();
      continue;
    }
    // From a pipe, each question is shown before its answer: the output reads as a conversation.
    if (!options.interactive) output.write(`${answered > 0 ? '\n' : ''}> ${cleanText(line).trim()}\n`);
    const { reply } = await bot.handle({
      text: line,
      platform: 'terminal',
      user: { id: 'terminal' },
      conversation: { id: 'terminal', kind: 'personal' },
    });
    output.write(`\n${renderText(reply, { color: options.color === true })}\n`);
    answered++;
    prompt();
  }
  if (options.interactive) output.write('\n');
}
