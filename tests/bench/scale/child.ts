/**
 * One step of the scale bench in a process of its own, so that each measurement starts from
 * the same memory: `seed` fills the database, `ops a,b` times operations on it. The result
 * is one line on standard output, `RESULT {json}`.
 */
import { resolve } from 'node:path';
import { createKnowledgeBase } from '../../../src/core/knowledge/knowledge-base.js';
import { openDb } from '../../../src/store/db.js';
import { loadKnowledgeFiles } from '../../../src/store/knowledge-files.js';
import { Meter } from './measure.js';
import { ANSWERS, databaseMB, NOW, RETENTION_DAYS, wire, type Operation } from './operations.js';
import { SqlHousekeeping } from '../../../src/store/housekeeping.js';
import { rollUpDays } from '../../../src/store/rollup.js';
import { seedYear } from './seed.js';
import { fileMB, keptMB, liveYear, writtenMB } from './steady.js';

const [mode, list] = process.argv.slice(2);
const scale = Number(process.env.BENCH_SCALE);
const db = await openDb({ dataDir: process.env.BENCH_DATA_DIR ?? '', databaseUrl: process.env.BENCH_DATABASE_URL || undefined });
const kb = createKnowledgeBase(await loadKnowledgeFiles(resolve(import.meta.dirname, '../../../knowledge')), 'CNV');
const round = (x: number) => Number(x.toFixed(1));

if (mode === 'seed') {
  const started = Date.now();
  const rows = await seedYear(
    db,
    scale,
    kb.tips.map((tip) => tip.id),
  );
  const seeded = Date.now();
  // A running bot rolls each finished day up an hour after midnight; the seeded year gets the same.
  const rolledDays = (await rollUpDays(db, NOW)).rolled;
  console.log(
    `RESULT ${JSON.stringify({ rows, seconds: (seeded - started) / 1000, rolledDays, rollSeconds: (Date.now() - seeded) / 1000, dbMB: round(await databaseMB(db)) })}`,
  );
} else if (mode === 'year') {
  // `year 0`: a whole year with retention on an empty database; `year 275`: only its last days, nothing due.
  const from = Number(list ?? 0);
  const upkeep = new SqlHousekeeping(db, { retentionDays: RETENTION_DAYS });
  const started = Date.now();
  const lived = await liveYear(db, scale, (now) => upkeep.run(now), from);
  const seconds = (Date.now() - started) / 1000;
  const file = round(await fileMB(db));
  const written = await writtenMB(db);
  const sizes = { fileMB: file, dbMB: round(await databaseMB(db)), livedMB: round(written.livedMB), writtenMB: round(written.writtenMB) };
  console.log(`RESULT ${JSON.stringify({ ...lived, seconds, ...sizes, keptMB: round(await keptMB(db)) })}`);
} else {
  const { operations, warmUp } = wire(db, kb, scale);
  await warmUp();
  const meter = new Meter();
  const results = [];
  for (const operation of (list ?? '').split(',') as Operation[]) {
    const dbMB = round(await databaseMB(db));
    const measured = await meter.measure(operations[operation]);
    if (operation === 'answer') measured.ms = Number((measured.ms / ANSWERS).toFixed(3));
    const dbMBAfter = round(await databaseMB(db));
    // After a month of ordinary days: how much of the file is data still kept.
    const kept = operation === 'retention-30-days' ? { fileMB: round(await fileMB(db)), keptMB: round(await keptMB(db)) } : {};
    results.push({ operation, ...measured, dbMB, dbMBAfter, ...kept });
  }
  await meter.stop();
  console.log(`RESULT ${JSON.stringify(results)}`);
}
await db.close();
