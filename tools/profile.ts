/**
 * `npx tsx tools/profile.ts [requests] [slack|teams|both] [script] [data folder]`: the built bot (dist/, run `npm run
 * build` first; or an anchor, tests/bench/bare-bolt.ts) under the bench's Slack and/or Teams load
 * with `--cpu-prof`; prints the top entries by self time, by function and by package. The profile
 * stays in profiles/ for a flame graph (Chrome DevTools, speedscope).
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { load, SECRET, slackRequest, start, stop, teamsRequest } from '../tests/bench/platforms.js';
import { FakeBotConnector } from '../tests/support/fake-bot-connector.js';
import { FakeSlackApi } from '../tests/support/fake-slack-api.js';
import { freePort, waitForHealthy } from '../tests/support/spawn-bot.js';
import type { Profile } from './cpu-profile.js';

const ROOT = resolve(import.meta.dirname, '..');
const N = Number(process.argv[2] ?? 4000);
const only = process.argv[3] ?? 'both';
const script = process.argv[4] ?? 'dist/src/main.js';
const dir = resolve(ROOT, 'profiles', new Date().toISOString().replace(/[:.]/g, '-'));
const api = await new FakeSlackApi().start();
const connector = await new FakeBotConnector().start();
const port = await freePort();
const env = {
  SLACK_BOT_TOKEN: 'xoxb-bench',
  SLACK_SIGNING_SECRET: SECRET,
  SLACK_API_URL: api.apiUrl,
  PORT: String(port),
  HOST: '127.0.0.1',
  // A fifth argument reuses a data folder (its knowledge cache), to profile a restart rather than a first start.
  DATA_DIR: process.argv[5] ?? mkdtempSync(join(tmpdir(), 'profile-')),
};
const bot = start(script, env, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
if (script.endsWith('.js')) await waitForHealthy(`http://127.0.0.1:${port}/healthz`, 30_000);
else await new Promise((r) => bot.stdout?.once('data', r));
const slack = slackRequest(port, api);
const teams = teamsRequest(port, connector);
await load(N, 32, (i) => (only === 'slack' || (only === 'both' && i % 2 === 0) ? slack(i) : teams(i)));
await stop(bot);
await api.stop();
await connector.stop();

const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
if (!file) throw new Error(`no profile written in ${dir}`);
const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Profile;
const self = new Map<number, number>();
for (const [i, id] of profile.samples.entries()) self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
const total = [...self.values()].reduce((a, b) => a + b, 0);
const byFunction = new Map<string, number>();
const byPackage = new Map<string, number>();
for (const node of profile.nodes) {
  const us = self.get(node.id) ?? 0;
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url.replace(`file://${ROOT}/`, '').replace(/^.*node_modules\//, '');
  const key = `${functionName || '(anonymous)'} ${where ? `${where}:${lineNumber + 1}` : ''}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + us);
  const pkg = url.includes('node_modules/')
    ? (/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ?? '?')
    : url.includes('/dist/src/')
      ? 'bot (dist/src)'
      : url.startsWith('node:')
        ? 'node core'
        : functionName || '(other)';
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
}
const top = (m: Map<string, number>, n: number) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, us]) => `${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / total).toFixed(1).padStart(5)} %  ${k}`)
    .join('\n');
process.stdout.write(
  `${N} requests (${only}) to ${script}; ${(total / 1000).toFixed(0)} ms sampled; ${join(dir, file)}\n\nby function (self time)\n${top(byFunction, 25)}\n\nby package\n${top(byPackage, 12)}\n`,
);
