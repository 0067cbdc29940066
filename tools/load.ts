/**
 * `npx tsx tools/load.ts [teams|slack] [rounds] [--no-anchor]`: the bench's load on one path only,
 * for A/B runs: the built bot (dist/src/main.js) and then its anchor (tests/bench/bare-teams.ts or
 * bare-bolt.ts), each warmed up with 4 000 requests and then measured `rounds` times with 2 000 (32
 * at a time). Prints per round the server's CPU per request, requests per second and p99, and the
 * medians with the bot's ratios to the anchor. Run it from a copy of the worktree with dist/ built.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { percentile } from '../tests/bench/core.js';
import { load, SECRET, slackRequest, start, stop, teamsRequest } from '../tests/bench/platforms.js';
import { cpuMs } from '../tests/bench/probes.js';
import { FakeBotConnector } from '../tests/support/fake-bot-connector.js';
import { FakeSlackApi } from '../tests/support/fake-slack-api.js';
import { freePort, waitForHealthy } from '../tests/support/spawn-bot.js';

const path = process.argv[2] === 'slack' ? 'slack' : 'teams';
const rounds = Number(process.argv[3] ?? 3);
const withAnchor = !process.argv.includes('--no-anchor');
const api = await new FakeSlackApi().start();
const connector = await new FakeBotConnector().start();

async function measure(script: string, env: Record<string, string>, port: number) {
  const child = start(script, { PORT: String(port), HOST: '127.0.0.1', ...env });
  if (script.endsWith('.js')) await waitForHealthy(`http://127.0.0.1:${port}/healthz`, 30_000);
  else await new Promise((r) => child.stdout?.once('data', r));
  const request = path === 'slack' ? slackRequest(port, api) : teamsRequest(port, connector);
  await load(4000, 32, request);
  const out: { cpu: number; perSecond: number; p99: number }[] = [];
  for (let r = 0; r < rounds; r++) {
    const before = cpuMs(child);
    const run = await load(2000, 32, request);
    if (run.errors) throw new Error(`${run.errors} errors from ${script}`);
    out.push({ cpu: (cpuMs(child) - before) / 2000, perSecond: 2000 / run.seconds, p99: percentile(run.durations, 99) });
  }
  await stop(child);
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const summary = (name: string, runs: { cpu: number; perSecond: number; p99: number }[]) => {
  const m = { cpu: median(runs.map((r) => r.cpu)), perSecond: median(runs.map((r) => r.perSecond)), p99: median(runs.map((r) => r.p99)) };
  process.stdout.write(
    `${name.padEnd(7)} CPU ${runs.map((r) => r.cpu.toFixed(3)).join('/')} ms/request, ${runs.map((r) => r.perSecond.toFixed(0)).join('/')} per s, p99 ${runs.map((r) => r.p99.toFixed(1)).join('/')} ms\n`,
  );
  return m;
};

const botPort = await freePort();
const bot = summary(
  'bot',
  await measure(
    'dist/src/main.js',
    { SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: api.apiUrl, DATA_DIR: mkdtempSync(join(tmpdir(), 'load-')) },
    botPort,
  ),
);
if (withAnchor) {
  const anchorPort = await freePort();
  const anchor = summary(
    'anchor',
    await measure(
      path === 'slack' ? 'tests/bench/bare-bolt.ts' : 'tests/bench/bare-teams.ts',
      path === 'slack' ? { SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: api.apiUrl } : {},
      anchorPort,
    ),
  );
  process.stdout.write(
    `ratio   CPU ${(bot.cpu / anchor.cpu).toFixed(2)}x, time ${(anchor.perSecond / bot.perSecond).toFixed(2)}x, p99 ${(bot.p99 / anchor.p99).toFixed(2)}x\n`,
  );
}
await api.stop();
await connector.stop();
