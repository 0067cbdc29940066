import { createInterface } from 'node:readline';
import type { Bot } from '../../core/bot.js';
import { asDraft } from '../../core/check/draft.js';
import { detectLang } from '../../core/lang.js';
import { renderText } from './render-text.js';
import { knowledgeCheck } from './knowledge-check.js';

export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

type Mode = 'ask' | 'check';

const USAGE = `Gebruik / usage:
  npm run cli -- ask "mag ik een foto van een collega posten?"
  npm run cli -- check "mijn concept"
  npm run cli -- explain "vraag"           (waarom dit antwoord: termen en scores / why this answer)
  npm run --silent cli -- ask --jsonl     < vragen.jsonl    (één JSON-regel per vraag: {"id","text"})
  npm run --silent cli -- check --jsonl   < concepten.jsonl`;

/** One JSON line of output for one input line (CONTRACT §3). */
type Row = Record<string, unknown>;

function parseLine(line: string): { id: unknown; text: string } | { error: string; id: unknown } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { id: null, error: 'not valid JSON: expected {"id": "...", "text": "..."}' };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { id: null, error: 'expected a JSON object with "id" and "text"' };
  }
  const { id = null, text } = value as { id?: unknown; text?: unknown };
  if (typeof text !== 'string') return { id, error: '"text" is missing or not a string' };
  return { id, text };
}

function askRow(bot: Bot, id: unknown, text: string): Row {
  const result = bot.engine.answer(text);
  if (result.kind === 'answer') return { id, lang: result.lang, matches: result.matches };
  // Small talk is answered kindly, but with no guideline: no matches, as for an off-topic question.
  return { id, lang: result.lang, matches: [], ...(result.kind === 'fallback' ? { fallback: result.reason } : { smalltalk: true }) };
}

function checkRow(bot: Bot, id: unknown, text: string): Row {
  const lang = detectLang(text);
  const result = bot.checker.check(asDraft(text), lang);
  return {
    id,
    verdict: result.verdict,
    findings: result.findings.map(({ code, rule, severity, message, fix, span }) => ({ code, rule, severity, message, fix, span })),
    ...(result.improved !== undefined ? { improved: result.improved } : {}),
  };
}

async function runJsonl(mode: Mode, bot: Bot, io: CliIo): Promise<number> {
  const lines = createInterface({ input: io.stdin, terminal: false, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const parsed = parseLine(line);
    const row = 'error' in parsed ? parsed : mode === 'ask' ? askRow(bot, parsed.id, parsed.text) : checkRow(bot, parsed.id, parsed.text);
    io.stdout.write(`${JSON.stringify(row)}\n`);
  }
  return 0;
}

/**
 * The command-line interface of CONTRACT §3: `ask|check --jsonl` for machines, `ask|check
 * "text"` for people. Returns the exit code. Writes nothing but results to standard output.
 */
export async function runCli(args: readonly string[], bot: Bot, io: CliIo): Promise<number> {
  const [mode, ...rest] = args;
  if (mode === 'knowledge-check') return knowledgeCheck(bot, process.cwd(), rest.includes('--update'), io.stdout);
  if (mode === 'explain') {
    io.stdout.write(`${JSON.stringify(bot.engine.explain(rest.join(' ')), null, 2)}\n`);
    return 0;
  }
  if (mode !== 'ask' && mode !== 'check') {
    io.stderr.write(`${USAGE}\n`);
    return mode === undefined || mode === 'help' || mode === '--help' ? 0 : 2;
  }
  if (rest[0] === '--jsonl') return runJsonl(mode, bot, io);
  const text = rest.join(' ').trim();
  if (text === '') {
    io.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const { reply } = await bot.handle({
    text: mode === 'check' ? `check ${text}` : text,
    platform: 'cli',
    user: { id: 'cli' },
    conversation: { id: 'cli', kind: 'personal' },
  });
  io.stdout.write(`${renderText(reply)}\n`);
  return 0;
}
