import { createInterface } from 'node:readline';
import type { Bot } from '../../core/bot.js';
import { t } from '../../core/messages.js';
import type { Lang } from '../../core/lang.js';
import { renderText } from './render-text.js';

export interface TerminalChatOptions {
  bot: Bot;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  orgName: string;
  lang: Lang;
  /** Show a prompt; only useful when a person types (a TTY). */
  interactive: boolean;
  /** The server's address when the Emulator endpoint runs beside the chat. */
  emulatorUrl?: string | undefined;
}

/**
 * The chat for a terminal or a pipe: every line is a message to the bot, with or without
 * `/socialmedia`. `done` resolves when the input ends or `stop` is called.
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
  output.write(`${t('terminal.banner', options.lang, { org: options.orgName })}\n`);
  if (options.emulatorUrl) output.write(`${t('terminal.emulator', options.lang, { url: options.emulatorUrl })}\n`);
  const prompt = (): void => {
    if (options.interactive) output.write('\n> ');
  };
  prompt();
  for await (const line of lines) {
    if (line.trim() === '') {
      prompt();
      continue;
    }
    const { reply } = await bot.handle({
      text: line,
      platform: 'terminal',
      user: { id: 'terminal' },
      conversation: { id: 'terminal', kind: 'personal' },
    });
    output.write(`\n${renderText(reply)}\n`);
    prompt();
  }
  if (options.interactive) output.write('\n');
}
