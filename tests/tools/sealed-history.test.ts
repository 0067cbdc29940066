import { describe, expect, it } from 'vitest';
import { describeHistory, missedTargets, parseMeasured } from '../../tools/eval/history.js';

// Two runs of `npm run eval -- --unopened`, as MEASURED.md records them: r70's start (two codes under the bar, a
// clean draft too many) with r71's start, then r70's end, which meets every target.
const RECORD = `# Measurements of the unopened sets

## 2027-01-04 09:00 UTC, commit aaaaaaa

    check  tests/fixtures/eval/unopened/drafts.r70.jsonl.gz     f1 0.909 precision 0.9 recall 0.9 verdict 0.925 clean drafts flagged 3/48 (rood 1) indirect recall 0.836 | recall per code: persoonlijke-titel 0.70, klant-concurrent 0.73 (+4 extra), gesprek 1.00
           90 % interval (1000 resamples of its lines): f1 0.884-0.934 verdict 0.895-0.955
    ask    tests/fixtures/eval/unopened/questions.r70.jsonl.gz  top1 0.94 top3 1 mrr 0.97 answered 0.96 off-topic rejected 0.96 (150 on-topic, 50 off-topic)
           11 lines also in the training corpus (r70-q003); without them:
    ask    tests/fixtures/eval/unopened/questions.r70.jsonl.gz  top1 0.99 top3 1 mrr 0.99 answered 1 off-topic rejected 0.99 (140 on-topic, 49 off-topic)
    check  tests/fixtures/eval/unopened/drafts.r71.jsonl.gz     f1 0.95 precision 0.9 recall 0.9 verdict 0.95 clean drafts flagged 0/50 (rood 0) indirect recall 0.9 | recall per code: gesprek 0.80

## 2027-01-04 12:00 UTC, commit bbbbbbbbbbbb

    check  tests/fixtures/eval/unopened/drafts.r70.jsonl.gz     f1 0.93 precision 0.9 recall 0.9 verdict 0.95 clean drafts flagged 1/48 (rood 0) indirect recall 0.85 | recall per code: persoonlijke-titel 0.80, klant-concurrent 0.76
    ask    tests/fixtures/eval/unopened/questions.r70.jsonl.gz  top1 0.96 top3 0.99 mrr 0.97 answered 0.98 off-topic rejected 0.92 (150 on-topic, 50 off-topic)
`;

describe('npm run sealed -- history', () => {
  const sets = parseMeasured(RECORD);

  it('holds each set’s first measurement to every target, all the codes under the bar named, the questions by their first line', () => {
    const start = sets.get('r70')?.[0];
    expect(start?.commit).toBe('aaaaaaa');
    expect(missedTargets(start ?? { commit: '' })).toEqual([
      'clean drafts flagged',
      'code recall (persoonlijke-titel 0.7, klant-concurrent 0.73)',
      'top1',
      'on-topic declined',
    ]);
  });

  it('takes a set’s last measurement as its end, and a set measured once has no end yet', () => {
    expect(sets.get('r70')?.map((m) => m.commit)).toEqual(['aaaaaaa', 'bbbbbbb']);
    const report = describeHistory(sets);
    expect(report).toContain('r70  end   bbbbbbb  every target met');
    expect(report).toContain('r71  start aaaaaaa  every target met');
    expect(report).toContain('r71  end   not yet measured');
    expect(report).toContain('every target at the start: 1 of 2 sets (r71)');
    expect(report).toContain('every target at the end:   1 of 1 sets measured twice (r70)');
  });
});
