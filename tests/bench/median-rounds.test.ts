import { describe, expect, it } from 'vitest';
import { medianRounds, type Timing } from './core.js';

const row = (name: string, p99Ms: number, ok?: boolean, target = `p99 ${p99Ms} ms`): Timing => ({
  name,
  runs: 200,
  p50Ms: p99Ms / 2,
  p99Ms,
  maxMs: p99Ms + 1,
  target,
  ...(ok === undefined ? {} : { ok }),
});

describe('npm run bench over several rounds', () => {
  it('reports each measurement by its median round, with that round’s own figures and target text', () => {
    const [check] = medianRounds([[row('40k', 53.1, false)], [row('40k', 34.9, true)], [row('40k', 48, true)]]);
    expect(check).toMatchObject({ name: '40k', p99Ms: 48, p50Ms: 24, target: 'p99 48 ms', p99Rounds: [53.1, 34.9, 48], okRounds: 2, ok: true });
  });

  it('holds a measurement to its target only when the target held in more than half of the rounds', () => {
    const [missed] = medianRounds([[row('start-up', 1039, false)], [row('start-up', 881, true)], [row('start-up', 1100, false)]]);
    expect(missed).toMatchObject({ ok: false, okRounds: 1, p99Ms: 1039 });
    const [tie] = medianRounds([[row('idle', 118, true)], [row('idle', 121, false)]]);
    expect(tie?.ok).toBe(false);
  });

  it('keeps the first round’s order, and rows without a target stay without a verdict', () => {
    const rows = medianRounds([
      [row('b', 2), row('a', 1, true)],
      [row('b', 3), row('a', 1, true)],
    ]);
    expect(rows.map((r) => r.name)).toEqual(['b', 'a']);
    expect(rows[0]).not.toHaveProperty('ok');
    expect(rows[1]?.ok).toBe(true);
  });
});
