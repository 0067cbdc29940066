/**
 * `npx tsx tools/startup.ts [runs] [script]`: start-up to the first 200 from /healthz and the idle
 * memory (RSS after 2 s) of the built bot (dist/src/main.js, or src/main.ts through tsx as `npm
 * start` runs it), on the Slack path against the fake Slack API; the median of `runs` starts (the
 * first parses the knowledge, the others use its cache).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SECRET, start } from '../tests/bench/platforms.js';
import { FakeSlackApi } from '../tests/support/fake-slack-api.js';
import { freePort, waitForHealthy } from '../tests/support/spawn-bot.js';

const runs = Number(process.argv[2] ?? 3);
const script = process.argv[3] ?? 'dist/src/main.js';
const api = await new FakeSlackApi().start();
const results: { ms: number; cpu: number; rss: number }[] = [];
// One data folder for all starts: the first parses the knowledge, the others start from its cache, as a restart does.
const dataDir = mkdtempSync(join(tmpdir(), 'startup-'));
for (let i = 0; i < runs; i++) {
  const port = await freePort();
  const env = {
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: api.apiUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
  };
  const started = performance.now();
  const child = start(script, env);
  await waitForHealthy(`http://127.0.0.1:${port}/healthz`, 30_000);
  const ms = performance.now() - started;
  // CPU the process spent until then (user + system, clock ticks of 10 ms): steadier than the wall clock on a busy machine.
  const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  const cpu = (Number(fields[11]) + Number(fields[12])) * 10;
  await new Promise((r) => setTimeout(r, 2_000));
  const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  results.push({ ms, cpu, rss });
  const exited = new Promise((r) => child.once('close', r));
  child.kill('SIGTERM');
  await exited;
}
await api.stop();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
process.stdout.write(
  `start-up ${results.map((r) => r.ms.toFixed(0)).join(', ')} ms (median ${median(results.map((r) => r.ms)).toFixed(0)}), CPU ${median(results.map((r) => r.cpu))} ms; idle RSS ${results.map((r) => r.rss.toFixed(0)).join(', ')} MB (median ${median(results.map((r) => r.rss)).toFixed(0)})\n`,
);
