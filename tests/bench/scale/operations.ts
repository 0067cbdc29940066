/**
 * The operations the scale bench times, each through the project's own code: the bot's
 * `stats` and `export` commands in the department's channel, the weekly digest's and the daily
 * tip's ticks, the retention job, and answering questions.
 */
import { statSync } from 'node:fs';
import { sql } from 'kysely';
import { DailyTips } from '../../../src/runtime/schedule/daily-tips.js';
import { WeeklyDigest } from '../../../src/runtime/schedule/weekly-digest.js';
import type { Notifier } from '../../../src/runtime/outbox/notifier.js';
import { Roles } from '../../../src/core/access/roles.js';
import { Bot, type Outcome } from '../../../src/core/bot.js';
import type { Effect } from '../../../src/core/handlers/handler.js';
import { EscalationService } from '../../../src/core/escalate/service.js';
import type { Inbound } from '../../../src/core/inbound.js';
import type { KnowledgeBase } from '../../../src/core/knowledge/knowledge-base.js';
import { TipService } from '../../../src/core/tips/tip-service.js';
import type { Db } from '../../../src/store/db.js';
import { SqlEscalationStore } from '../../../src/store/escalation-store.js';
import { SqlHousekeeping } from '../../../src/store/housekeeping.js';
import { SqlSignalStore } from '../../../src/store/signal-store.js';
import { SqlTipStore } from '../../../src/store/tip-store.js';
import { DAY_MS, DEPARTMENT_CHANNEL, DIGEST_CRON, END, TIME_ZONE, TIP_CRON, tipChannels } from './seed.js';
import { liveDays } from './steady.js';

export const OPERATION_GROUPS = [
  ['stats-7'],
  ['stats-365'],
  ['export-365'],
  ['export-365-capped'],
  ['digest-post', 'digest-tick'],
  ['tip-post', 'tip-tick'],
  ['answer'],
  ['idle'],
  ['retention-first', 'retention-tick', 'retention-30-days'],
] as const;

/**
 * `export-365-capped` is `export-365` in a process whose heap may not grow past this: a peak
 * above the uncapped run's is the collector's slack, not rows kept; an export that kept its rows
 * would stop with "heap out of memory" instead.
 */
export const CAPPED_HEAP_MB = 128;
export type Operation = (typeof OPERATION_GROUPS)[number][number];

/** How many questions the `answer` operation asks; its time is per answer. */
export const ANSWERS = 200;
export const RETENTION_DAYS = 90;

const silent = { debug() {}, info() {}, warn() {}, error() {} };
export const NOW = new Date(END.getTime() + 9 * 3_600_000); // Monday 1 March 2027, 10:00 in Amsterdam

class MovableClock {
  constructor(public at: Date) {}
  now = () => new Date(this.at);
}

/** A platform that accepts every post. */
const acceptAll: Notifier = { post: async () => 'm1', update: async () => undefined, tell: async () => undefined };

/** Reads an export's file to the end, the way an upload would, and returns its size. */
async function drain(effect: Effect): Promise<number> {
  const content = effect.content as unknown;
  if (typeof content === 'string') return content.length;
  let bytes = 0;
  for await (const chunk of content as AsyncIterable<string>) bytes += chunk.length;
  return bytes;
}

/** The database's size on disk: the SQLite file with its WAL, or PostgreSQL's database. */
export async function databaseMB(db: Db): Promise<number> {
  if (db.engine === 'sqlite') {
    const size = (file: string) => {
      try {
        return statSync(file).size;
      } catch {
        return 0;
      }
    };
    return (size(db.location) + size(`${db.location}-wal`)) / 1024 / 1024;
  }
  const row = await sql<{ size: string }>`select pg_database_size(current_database()) as size`.execute(db.kysely);
  return Number(row.rows[0]?.size ?? 0) / 1024 / 1024;
}

/** Everything the operations need, wired as main.ts wires it, over one database. */
export function wire(db: Db, kb: KnowledgeBase, scale: number) {
  const clock = new MovableClock(NOW);
  const signals = new SqlSignalStore(db, { flushMs: 60_000 });
  const configured = [{ department: kb.departments.default, platform: 'slack' as const, channelId: DEPARTMENT_CHANNEL }];
  // The person asking for figures is in the department's channel: stats and export are theirs.
  const roles = new Roles({
    membership: { isMember: async () => true },
    admins: { slack: [], teams: [] },
    ownersDepartment: kb.departments.default,
    ownersChannels: configured,
    logger: silent,
  });
  const escalations = new EscalationService({
    kb,
    store: new SqlEscalationStore(db),
    membership: { isMember: async () => true },
    channels: { describe: async () => ({ kind: 'channel' as const, botIsMember: true }) },
    clock,
    logger: silent,
    configured,
    remindMinutes: 15,
    timeZone: TIME_ZONE,
  });
  const tips = new TipService({
    kb,
    store: new SqlTipStore(db),
    clock,
    random: Math.random,
    logger: silent,
    configured: tipChannels(scale)
      .slice(0, 2)
      .map((channelId) => ({ platform: 'slack' as const, channelId })),
  });
  const bot = new Bot({
    kb,
    clock,
    random: Math.random,
    logger: silent,
    defaultLang: 'nl',
    escalations,
    tips,
    signals,
    stats: signals,
    roles,
    timeZone: TIME_ZONE,
  });
  const notifiers = { slack: acceptAll };
  const digest = new WeeklyDigest({ kb, signals, escalations, notifiers, cron: DIGEST_CRON, timeZone: TIME_ZONE, clock, logger: silent, lang: 'nl' });
  const dailyTips = new DailyTips({ service: tips, notifiers, cron: TIP_CRON, timeZone: TIME_ZONE, clock, logger: silent, lang: 'nl' });
  const inChannel = (text: string): Inbound => ({
    text,
    platform: 'slack',
    user: { id: 'U0COMMS1' },
    conversation: { id: DEPARTMENT_CHANNEL, kind: 'channel' },
  });
  const upkeep = new SqlHousekeeping(db, { retentionDays: RETENTION_DAYS });
  const retention = () => upkeep.run(clock.now());

  /** A refusal or an error would be timed as if it were the work: figures come with a chart or a table, an export with files. */
  const figures = async (text: string) => {
    const outcome = await bot.handle(inChannel(text));
    if (!JSON.stringify(outcome.reply).includes('Escalaties')) throw new Error(`"${text}" gave no figures: ${JSON.stringify(outcome.reply).slice(0, 200)}`);
    return outcome;
  };
  const exportYear = async () => {
    const outcome: Outcome = await bot.handle(inChannel('export 365'));
    if (outcome.effects.length === 0) throw new Error(`"export 365" gave no files: ${JSON.stringify(outcome.reply).slice(0, 200)}`);
    for (const effect of outcome.effects) await drain(effect);
  };
  const operations: Record<Operation, () => Promise<unknown>> = {
    'stats-7': () => figures('stats 7'),
    'stats-365': () => figures('stats 365'),
    'export-365': exportYear,
    'export-365-capped': exportYear,
    'digest-post': async () => {
      clock.at = new Date('2027-03-01T07:31:00Z'); // Monday 08:31 in Amsterdam: the slot is due
      if ((await digest.tick()) !== 1) throw new Error('the digest was not posted');
    },
    'digest-tick': async () => {
      clock.at = new Date('2027-03-01T07:32:00Z'); // a minute later: posted already
      if ((await digest.tick()) !== 0) throw new Error('the digest was posted twice');
    },
    'tip-post': async () => {
      clock.at = new Date('2027-03-01T08:00:05Z'); // 09:00:05 in Amsterdam
      await dailyTips.tick();
    },
    'tip-tick': async () => {
      clock.at = new Date('2027-03-01T08:01:05Z');
      if ((await dailyTips.tick()) !== 0) throw new Error('a tip was posted twice');
    },
    answer: async () => {
      for (let i = 0; i < ANSWERS; i++) {
        await new Promise((next) => setImmediate(next)); // requests arrive one by one, not in one synchronous burst
        await bot.handle({
          text: i % 3 === 0 ? 'wat is het wifi-wachtwoord?' : 'mag ik een foto van een collega posten?',
          platform: 'slack',
          user: { id: 'U0ASKER' },
          conversation: { id: 'D0ASKER', kind: 'personal' },
        });
      }
      await signals.flush();
    },
    // Nothing at all for three seconds: the stalls a busy machine causes by itself, to read the others against.
    idle: () => new Promise((resolve) => setTimeout(resolve, 3_000)),
    'retention-first': retention,
    'retention-tick': retention,
    'retention-30-days': () =>
      liveDays(
        db,
        scale,
        (now) => upkeep.run(now),
        (k) => new Date(NOW.getTime() + k * DAY_MS),
      ),
  };
  /** Answers and falls back once, so that the answer engine's lazy start is not timed as part of any operation. */
  const warmUp = async () => {
    for (const text of ['mag ik een foto van een collega posten?', 'wat is het wifi-wachtwoord?'])
      await bot.handle({ text, platform: 'terminal', user: { id: 'U0WARM' }, conversation: { id: 'T0WARM', kind: 'personal' } });
  };
  return { operations, signals, warmUp };
}
