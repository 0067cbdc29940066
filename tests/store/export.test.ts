import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvChunks, readAll, toCsv } from '../../src/core/stats/csv.js';
import { SqlSignalStore } from '../../src/store/signal-store.js';
import { collect, testDb } from '../support/db.js';

let db: Awaited<ReturnType<typeof testDb>>;
beforeEach(async () => {
  db = await testDb();
});
afterEach(async () => {
  await db.cleanup();
});

const FROM = new Date('2026-11-01T00:00:00Z');
const TO = new Date('2026-11-30T00:00:00Z');
const second = (n: number) => new Date(FROM.getTime() + 3_600_000 + n * 1_000).toISOString();

describe('export', () => {
  it('writes every unanswered question once, oldest first, across pages, also when more than a page share one instant', async () => {
    // 1 200 questions at one instant (more than a page), 1 300 more each at their own second, answered ones in between.
    const unanswered = [
      ...Array.from({ length: 1_200 }, (_, i) => ({ at: second(500), text: `same ${i}` })),
      ...Array.from({ length: 1_300 }, (_, i) => ({ at: second(i), text: `own ${i}` })),
    ];
    const rows = [
      ...unanswered.map((q) => ({ at: q.at, platform: 'slack', lang: 'nl', item_id: null, masked_text: q.text })),
      ...Array.from({ length: 700 }, (_, i) => ({ at: second(i), platform: 'slack', lang: 'nl', item_id: 'regel-1', masked_text: null })),
    ];
    for (let i = 0; i < rows.length; i += 400)
      await db.kysely
        .insertInto('question_signals')
        .values(rows.slice(i, i + 400))
        .execute();
    const exported = await collect((await new SqlSignalStore(db).exportRows(FROM, TO)).unanswered);
    expect(exported).toHaveLength(unanswered.length);
    expect(new Set(exported.map((q) => q.question)).size).toBe(unanswered.length);
    expect(exported.map((q) => q.at)).toEqual([...exported.map((q) => q.at)].sort());
  });

  it('writes every escalation once, oldest first, across pages, also when many were opened at one instant', async () => {
    const escalations = Array.from({ length: 2_100 }, (_, i) => {
      const at = i < 1_500 ? second(7) : second(i);
      return {
        id: `E-${String(i).padStart(5, '0')}`,
        department: 'communicatie',
        category: 'discussie',
        urgency: 'normaal',
        link: null,
        description: 'x',
        reporter: '{}',
        status: 'open',
        claimed_by: null,
        claimed_at: null,
        resolved_by: null,
        resolved_at: null,
        outcome: null,
        created_at: at,
        announced_at: at,
        reminders: 0,
      };
    });
    for (let i = 0; i < escalations.length; i += 500)
      await db.kysely
        .insertInto('escalations')
        .values(escalations.slice(i, i + 500))
        .execute();
    const exported = await collect((await new SqlSignalStore(db).exportRows(FROM, TO)).escalations);
    expect(exported.map((e) => e.id).sort()).toEqual(escalations.map((e) => e.id).sort());
    expect(exported.map((e) => e.opened)).toEqual([...exported.map((e) => e.opened)].sort());
  });

  it('writes the CSV while the rows are read, a chunk of at most 500 lines at a time', async () => {
    let read = 0;
    async function* rows() {
      for (let i = 0; i < 1_234; i++) {
        read++;
        yield { at: String(i), platform: 'slack', lang: 'nl', question: '=HYPERLINK("x")' };
      }
    }
    const chunks = csvChunks(['at', 'platform', 'lang', 'question'], rows());
    const seen: Array<{ lines: number; readSoFar: number }> = [];
    for await (const chunk of chunks) seen.push({ lines: chunk.split('\r\n').length - 1, readSoFar: read });
    expect(seen.map((s) => s.lines)).toEqual([1, 500, 500, 234]);
    expect(seen.map((s) => s.readSoFar)).toEqual([0, 500, 1_000, 1_234]); // never more rows read than written
  });

  it('streams the same Excel-safe CSV that toCsv writes', async () => {
    const rows = [
      { at: '1', platform: 'slack', lang: 'nl', question: ';=HYPERLINK("x")' },
      { at: '2', platform: 'teams', lang: 'en', question: 'a,"b"\r\n-c' },
    ];
    async function* each() {
      yield* rows;
    }
    expect(await readAll(csvChunks(['at', 'platform', 'lang', 'question'], each()))).toBe(toCsv(rows));
  });
});
