/**
 * `npm run sealed -- history`: every sealed set's first and last measurement in
 * tests/fixtures/eval/unopened/MEASURED.md (its round's start and end), held to issue 15's targets
 * one by one, and which sets met every target at each. The record holds aggregates only, so this
 * reads no set's lines. A set measured more than twice (some were, while the record began) counts
 * its first and its last measurement.
 */
import { TARGETS } from './pass-rate.js';

/** One measurement of one set, as MEASURED.md's summary lines give it. */
export interface Measurement {
  commit: string;
  check?: { f1: number; verdict: number; clean: number; cleanOf: number; indirect: number; recalls: Array<{ code: string; recall: number }> };
  ask?: { top1: number; top3: number; offTopic: number; onTopicDeclined: number };
}

const SECTION = /^## .*?commit ([0-9a-f]{7,40})/;
const SET = /(?:drafts|questions)\.(r\d+)\.jsonl/;
const CHECK = /^\s*check\s.*?f1 ([\d.]+) .*?verdict ([\d.]+) clean drafts flagged (\d+)\/(\d+) .*?indirect recall ([\d.]+)(?: \| recall per code: (.*))?$/;
const ASK = /^\s*ask\s.*?top1 ([\d.]+) top3 ([\d.]+) .*?answered ([\d.]+) off-topic rejected ([\d.]+)/;
const CODE = /([a-z-]+) ([\d.]+)/;

/** Each set's measurements in the record's order; one per run (section) that measured it. A set's questions count by their first line: all of them, the corpus's lines included. */
export function parseMeasured(text: string): Map<string, Measurement[]> {
  const sets = new Map<string, Measurement[]>();
  let section = new Map<string, Measurement>();
  let commit = '';
  const at = (set: string): Measurement => {
    let m = section.get(set);
    if (!m) {
      m = { commit };
      section.set(set, m);
      sets.set(set, [...(sets.get(set) ?? []), m]);
    }
    return m;
  };
  for (const line of text.split('\n')) {
    const head = SECTION.exec(line);
    if (head) {
      commit = (head[1] as string).slice(0, 7);
      section = new Map();
      continue;
    }
    const set = SET.exec(line)?.[1];
    if (!set) continue;
    const check = CHECK.exec(line);
    if (check) {
      const recalls = (check[6] ?? '').split(', ').flatMap((part) => {
        const c = CODE.exec(part);
        return c ? [{ code: c[1] as string, recall: Number(c[2]) }] : [];
      });
      at(set).check = {
        f1: Number(check[1]),
        verdict: Number(check[2]),
        clean: Number(check[3]),
        cleanOf: Number(check[4]),
        indirect: Number(check[5]),
        recalls,
      };
      continue;
    }
    const ask = ASK.exec(line);
    const m = ask ? at(set) : undefined;
    if (ask && m && !m.ask) {
      m.ask = { top1: Number(ask[1]), top3: Number(ask[2]), offTopic: Number(ask[4]), onTopicDeclined: Number((1 - Number(ask[3])).toFixed(3)) };
    }
  }
  return sets;
}

/** The targets a measurement misses (a part not measured misses nothing). */
export function missedTargets(m: Measurement): string[] {
  const out: string[] = [];
  const c = m.check;
  if (c) {
    if (c.f1 < TARGETS.f1) out.push('f1');
    if (c.verdict < TARGETS.verdict) out.push('verdict');
    if (c.clean > TARGETS.cleanFlagged) out.push('clean drafts flagged');
    if (c.indirect < TARGETS.indirectRecall) out.push('indirect recall');
    const low = c.recalls.filter((r) => r.recall < TARGETS.codeRecall);
    if (low.length) out.push(`code recall (${low.map((r) => `${r.code} ${r.recall}`).join(', ')})`);
  }
  const a = m.ask;
  if (a) {
    if (a.top1 < TARGETS.top1) out.push('top1');
    if (a.top3 < TARGETS.top3) out.push('top3');
    if (a.offTopic < TARGETS.offTopicDeclined) out.push('off-topic declined');
    if (a.onTopicDeclined > TARGETS.onTopicDeclined) out.push('on-topic declined');
  }
  return out;
}

/** " lowest persoonlijke-titel 0.7", or nothing without recalls. */
function lowestOf(recalls: ReadonlyArray<{ code: string; recall: number }>): string {
  const low = recalls.reduce<(typeof recalls)[number] | undefined>((a, b) => (!a || b.recall < a.recall ? b : a), undefined);
  return low ? ` lowest ${low.code} ${low.recall}` : '';
}

/** The report: one line per set and end, then the sets that met every target at their start and at their end. */
export function describeHistory(sets: Map<string, Measurement[]>): string {
  const byNumber = [...sets.entries()].sort(([a], [b]) => Number(a.slice(1)) - Number(b.slice(1)));
  const lines: string[] = [];
  const met = { start: [] as string[], end: [] as string[] };
  for (const [set, list] of byNumber) {
    const ends: Array<['start' | 'end', Measurement | undefined]> = [
      ['start', list[0]],
      ['end', list.length > 1 ? list[list.length - 1] : undefined],
    ];
    for (const [when, m] of ends) {
      if (!m) {
        lines.push(`${set.padEnd(4)} ${when.padEnd(5)} not yet measured`);
        continue;
      }
      const missed = missedTargets(m);
      if (missed.length === 0) met[when].push(set);
      const c = m.check;
      const a = m.ask;
      const figures = [
        c ? `f1 ${c.f1} verdict ${c.verdict} clean ${c.clean}/${c.cleanOf} indirect ${c.indirect}${lowestOf(c.recalls)}` : 'check not measured',
        a ? `top1 ${a.top1} top3 ${a.top3} off-topic ${a.offTopic} on-topic declined ${a.onTopicDeclined}` : 'answers not measured',
      ].join(' | ');
      lines.push(`${set.padEnd(4)} ${when.padEnd(5)} ${m.commit}  ${missed.length ? `missed ${missed.join(', ')}` : 'every target met'}  (${figures})`);
    }
  }
  const ended = byNumber.filter(([, list]) => list.length > 1).length;
  lines.push('');
  lines.push(`every target at the start: ${met.start.length} of ${byNumber.length} sets (${met.start.join(', ') || 'none'})`);
  lines.push(`every target at the end:   ${met.end.length} of ${ended} sets measured twice (${met.end.join(', ') || 'none'})`);
  return lines.join('\n');
}
