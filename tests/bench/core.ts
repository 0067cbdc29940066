import { performance } from 'node:perf_hooks';
import { asDraft } from '../../src/core/check/draft.js';
import type { Bot } from '../../src/core/bot.js';

export interface Timing {
  name: string;
  runs: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  perSecond?: number;
  target?: string;
  ok?: boolean;
}

/** A measurement over several rounds: its median round (by p99), every round's p99, and in how many rounds the target held. */
export interface RoundsTiming extends Timing {
  p99Rounds: number[];
  okRounds: number;
}

/**
 * Each measurement's median round by p99 (its figures and its target's text belong together), held
 * to its target when the target held in more than half of the rounds. Rows keep the first round's order.
 */
export function medianRounds(rounds: readonly (readonly Timing[])[]): RoundsTiming[] {
  const names = [...new Set(rounds.flatMap((round) => round.map((row) => row.name)))];
  return names.map((name) => {
    const rows = rounds.flatMap((round) => round.filter((row) => row.name === name));
    const byP99 = [...rows].sort((a, b) => a.p99Ms - b.p99Ms);
    const median = byP99[Math.floor((byP99.length - 1) / 2)] as Timing;
    const okRounds = rows.filter((row) => row.ok === true).length;
    const withTarget = rows.some((row) => row.ok !== undefined);
    return {
      ...median,
      p99Rounds: rows.map((row) => row.p99Ms),
      okRounds,
      ...(withTarget ? { ok: okRounds * 2 > rows.length } : {}),
    };
  });
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

/** Times `fn` `runs` times after a warm-up and summarises the durations. */
export function time(name: string, runs: number, fn: (i: number) => void): Timing {
  for (let i = 0; i < Math.min(20, runs); i++) fn(i);
  const durations: number[] = [];
  const started = performance.now();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn(i);
    durations.push(performance.now() - t0);
  }
  const total = performance.now() - started;
  durations.sort((a, b) => a - b);
  const round = (x: number) => Number(x.toFixed(3));
  return {
    name,
    runs,
    p50Ms: round(percentile(durations, 50)),
    p99Ms: round(percentile(durations, 99)),
    maxMs: round(durations[durations.length - 1] ?? 0),
    perSecond: Math.round((runs / total) * 1000),
  };
}

const QUESTIONS = [
  'mag ik een foto van een collega posten?',
  'Wat doe ik als een online discussie ontspoort?',
  'Can I share information about our partners?',
  'wat is het wifi-wachtwoord?',
  'Moet ik zeggen dat ik ergens werk als ik op een forum schrijf?',
  'Is it allowed to share knowledge from my work online?',
];

/** A realistic long draft: sentences of every kind, repeated to the length asked. */
export function longDraft(chars: number): string {
  const sentences = [
    'Vandaag hadden we een mooie bijeenkomst over de nieuwe cao in Utrecht. ',
    'Op persoonlijke titel: ik vind dat de lonen omhoog moeten, want alles wordt duurder. ',
    'Bel me gerust op 06-12345678 als je vragen hebt, of mail naar jan@example.nl. ',
    'Onze klant was tevreden en de concurrent keek mee. ',
    'WAT EEN DAG!!! ',
    'Het hele artikel heb ik van internet gehaald. ',
  ];
  let out = '';
  for (let i = 0; out.length < chars; i++) out += sentences[i % sentences.length];
  return out.slice(0, chars);
}

/** Inputs built to break naive regular expressions. */
export const PATHOLOGICAL: Record<string, string> = {
  'one character': 'a'.repeat(200_000),
  'at signs': '@'.repeat(200_000),
  dotted: 'a.'.repeat(100_000),
  'digits and spaces': '0 '.repeat(100_000),
  urls: 'https://example.nl/pad?x=1 '.repeat(7_500),
  dashes: '-'.repeat(200_000),
  capitals: 'A'.repeat(200_000),
  exclamations: '!'.repeat(200_000),
  // Thousands of contacts in one sentence: each was read against its whole sentence (1.1 s for the phone numbers).
  'phone numbers in one sentence': 'Bakkerij Smit 06-12345678 '.repeat(7_700),
  'addresses in one sentence': 'Kerkstraat 4, 8011 AB Zwolle en '.repeat(6_300),
};

/** The core's speed: questions answered and drafts checked, in this process. */
export function benchCore(bot: Bot): Timing[] {
  const results: Timing[] = [];
  const answer = time('answer engine: one question', 3000, (i) => {
    bot.engine.answer(QUESTIONS[i % QUESTIONS.length] as string);
  });
  results.push({ ...answer, target: 'p99 < 5 ms', ok: answer.p99Ms < 5 });
  const draft40k = asDraft(longDraft(40_000));
  const check = time('draft check: 40 000 characters', 200, () => {
    bot.checker.check(draft40k, 'nl');
  });
  results.push({ ...check, target: 'p99 < 50 ms', ok: check.p99Ms < 50 });
  for (const [name, text] of Object.entries(PATHOLOGICAL)) {
    const draft = asDraft(text);
    const t = time(`draft check: 200 kB ${name}`, 5, () => {
      bot.checker.check(draft, 'nl');
    });
    results.push({ ...t, target: 'max < 500 ms', ok: t.maxMs < 500 });
  }
  return results;
}
