import { defineConfig } from 'vitest/config';

// Tests live in tests/ only: `npm run build` writes compiled JavaScript to dist/, which must
// never be picked up as a second copy of the suite (vitest 4 no longer excludes dist/ itself).
//
// Two projects: `unit` is `npm test`, everything that runs in this process (under 45 s on two cores with the type check beside it);
// `faults` is `npm run test:faults`, the fault tests and the tests that start the bot as a child
// process (seconds each, and what they prove needs a real process). `.ci/run` runs both.
//
// Vitest's default is one worker less than the CPUs: one on a 2-core machine. Most tests wait
// on sockets and timers rather than the CPU, so two workers use both cores. Against PostgreSQL
// (.ci/run sets DATABASE_URL) one: each test migrates a schema of its own, and Kysely looks for
// its migration tables in every schema, so two migrating at once take each other's for their own.
const workers = process.env.DATABASE_URL ? 1 : 2;

// Tests outside tests/processes/ that start a child process all the same (tsx and a whole tool,
// seconds of CPU each): they run with the process tests, in `npm run test:faults`.
const spawning = ['tests/tools/eval-cli.test.ts', 'tests/tools/train-keep-check.test.ts', 'tests/tools/agreement-cli.test.ts'];

export default defineConfig({
  test: {
    maxWorkers: workers,
    isolate: false,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/faults/**', 'tests/processes/**', 'tests/e2e/**', ...spawning] },
      },
      { extends: true, test: { name: 'faults', include: ['tests/faults/**/*.test.ts', 'tests/processes/**/*.test.ts', ...spawning] } },
      // `npm run test:e2e:console`: the web console in Debian's chromium (see tests/e2e/).
      { extends: true, test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 60_000 } },
    ],
  },
});
