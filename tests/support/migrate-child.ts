/**
 * A process that opens (and so migrates) the database named on its command line the moment it
 * reads "go" on standard input, then closes it: exit 0, or 1 with the error on standard error.
 * Started several at once by tests/processes/migrate-together.test.ts.
 */
import { openDb } from '../../src/store/db.js';

const target = process.argv[2] ?? '';
process.stdout.write('ready\n');
process.stdin.setEncoding('utf8').once('data', async () => {
  try {
    const db = await openDb(target.startsWith('postgres') ? { dataDir: '', databaseUrl: target } : { dataDir: target });
    await db.close();
  } catch (error) {
    process.stderr.write(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
  process.stdin.pause();
});
