import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { FakeBotConnector } from '../support/fake-bot-connector.js';
import { FakeSlackApi } from '../support/fake-slack-api.js';
import { signSlackRequest, triggerId } from '../support/sign-slack-request.js';
import { freePort, waitForHealthy } from '../support/spawn-bot.js';
import { teamsActivity } from '../support/teams-harness.js';
import { percentile, type Timing } from './core.js';
import { cpuMs, errorLines, heapAfterGc, idleRss, rssOf } from './probes.js';

const ROOT = resolve(import.meta.dirname, '../..');
export const SECRET = '0123456789abcdef0123456789abcdef';
const QUESTIONS = ['mag ik een foto van een collega posten?', 'regel 7', 'Can I share information about our partners?', 'wat is het wifi-wachtwoord?', 'tip'];

/** Starts a script: the bot as built for production (dist/, see npm run build), baselines through tsx. */
export function start(script: string, env: Record<string, string>, nodeFlags: readonly string[] = []): ChildProcess {
  const args = [...nodeFlags, ...(script.endsWith('.js') ? [script] : ['--import', 'tsx', script])];
  return spawn(process.execPath, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'error', LOG_FORMAT: 'json', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((r) => child.once('close', r));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 12_000))]);
  child.kill('SIGKILL');
}

async function waitReady(child: ChildProcess): Promise<void> {
  await new Promise<void>((resolveReady, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolveReady());
    child.once('close', () => reject(new Error('baseline exited')));
  });
}

/** Fires `count` requests, `concurrency` at a time; times each from send to response. */
export async function load(
  count: number,
  concurrency: number,
  request: (i: number) => Promise<Response>,
): Promise<{ durations: number[]; seconds: number; errors: number; withBody: number }> {
  const durations: number[] = [];
  let errors = 0;
  let withBody = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        const t0 = performance.now();
        const res = await request(i);
        if ((await res.arrayBuffer()).byteLength > 0) withBody++;
        durations.push(performance.now() - t0);
        if (res.status !== 200) errors++;
      }
    }),
  );
  return { durations: durations.sort((a, b) => a - b), seconds: (performance.now() - started) / 1000, errors, withBody };
}

const round = (x: number) => Number(x.toFixed(2));

/** One side of a paired measurement: a server, how to send it a request, and optionally what to count while it is loaded. */
interface Side {
  child: ChildProcess;
  request: (i: number) => Promise<Response>;
  counter?: () => number;
}

/**
 * Loads two servers with `count` requests each, in blocks that alternate A B B A A B B A, so that
 * whatever else the machine does falls on both sides alike; each side's figures are over all its
 * blocks, `counted` the rise of its counter during them.
 */
export async function pairedLoads(count: number, concurrency: number, sides: readonly [Side, Side], blocks = 8) {
  const fresh = () => ({ durations: [] as number[], seconds: 0, errors: 0, withBody: 0, cpu: 0, counted: 0 });
  const totals = [fresh(), fresh()] as const;
  for (let b = 0; b < blocks; b++) {
    const order = b % 4 === 0 || b % 4 === 3 ? ([0, 1] as const) : ([1, 0] as const);
    for (const s of order) {
      const side = sides[s];
      const total = totals[s];
      const n = Math.floor((count * (b + 1)) / blocks) - Math.floor((count * b) / blocks);
      const cpuBefore = cpuMs(side.child);
      const counterBefore = side.counter?.() ?? 0;
      const run = await load(n, concurrency, side.request);
      total.cpu += cpuMs(side.child) - cpuBefore;
      total.counted += (side.counter?.() ?? 0) - counterBefore;
      total.durations.push(...run.durations);
      total.seconds += run.seconds;
      total.errors += run.errors;
      total.withBody += run.withBody;
    }
  }
  const finish = ({ cpu, ...t }: ReturnType<typeof fresh>) => ({
    ...t,
    durations: t.durations.sort((a, b) => a - b),
    cpuPerRequest: round(cpu / Math.max(1, t.durations.length)),
  });
  return [finish(totals[0]), finish(totals[1])] as const;
}

function timing(name: string, run: { durations: number[]; seconds: number; errors: number }, extra: Partial<Timing> = {}): Timing {
  return {
    name,
    runs: run.durations.length,
    p50Ms: round(percentile(run.durations, 50)),
    p99Ms: round(percentile(run.durations, 99)),
    maxMs: round(run.durations[run.durations.length - 1] ?? 0),
    perSecond: Math.round(run.durations.length / run.seconds),
    ...extra,
    // A request answered with an error costs less than one answered: it never passes for speed.
    ...(run.errors ? { target: `${run.errors} errors${extra.target ? `; ${extra.target}` : ''}`, ok: false } : {}),
  };
}

export function slackRequest(port: number, api: FakeSlackApi) {
  return (i: number) => {
    const body = new URLSearchParams({
      command: '/socialmedia',
      text: QUESTIONS[i % QUESTIONS.length] as string,
      user_id: `U${i % 50}`,
      channel_id: 'C0BENCH',
      response_url: api.responseUrl(`b${i}`),
      trigger_id: triggerId(),
    }).toString();
    const ts = Math.floor(Date.now() / 1000);
    return fetch(`http://127.0.0.1:${port}/slack/events`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-slack-request-timestamp': String(ts),
        'x-slack-signature': signSlackRequest(SECRET, body, ts),
      },
      body,
    });
  };
}

export function teamsRequest(port: number, connector: FakeBotConnector) {
  return (i: number) =>
    fetch(`http://127.0.0.1:${port}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(teamsActivity(connector.url, QUESTIONS[i % QUESTIONS.length] as string)),
    });
}

/** The bot against the bare frameworks on both paths, start-up time and memory. */
export async function benchPlatforms(): Promise<Timing[]> {
  const api = await new FakeSlackApi().start();
  const connector = await new FakeBotConnector().start();
  const rows: Timing[] = [];
  const N = 2000;
  const C = 32;
  // Warm-up before each measured load, the same for the bot and the anchors: until V8 has
  // optimised what the path runs. After 200 requests ~360 functions of the bot (~260 of the
  // Teams anchor) were still being compiled during the measured 2 000, and the figure depended
  // on when the compiler threads got a core (Teams 1.74 or 3.08 ms CPU per request from one
  // run to the next); after 4 000, ~45 (~27). Both sides get cheaper: the anchors the most.
  const WARM = 4000;

  // Start-up: from spawn to the first 200 from /healthz.
  const port = await freePort();
  const spawnedAt = performance.now();
  const bot = start(
    'dist/src/main.js',
    {
      SLACK_BOT_TOKEN: 'xoxb-bench',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: api.apiUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'bench-')),
    },
    ['--expose-gc', '--import', './tests/bench/heap-probe.mjs'],
  );
  const botErrors = errorLines(bot);
  await waitForHealthy(`http://127.0.0.1:${port}/healthz`, 30_000);
  const startupMs = performance.now() - spawnedAt;
  rows.push({
    name: 'start-up to 200 from /healthz',
    runs: 1,
    p50Ms: round(startupMs),
    p99Ms: round(startupMs),
    maxMs: round(startupMs),
    target: '< 1000 ms',
    ok: startupMs < 1000,
  });
  await new Promise((r) => setTimeout(r, 2_000));
  // Two figures: 2 s after start-up the young generation V8 grew while loading still holds ~15 MB
  // of start-up garbage, which V8's memory reducer hands back ~8 s later without any request
  // (113 MB at 2 s, 95 MB from 9 s on). Idle memory is the RSS after that (probes.ts idleRss).
  const early = await rssOf(port);
  rows.push({
    name: 'memory 2 s after start-up (RSS, MB)',
    runs: 1,
    p50Ms: round(early),
    p99Ms: round(early),
    maxMs: round(early),
    target: 'start-up garbage still held',
  });
  const idle = await idleRss(port, spawnedAt + startupMs);
  rows.push({ name: 'idle memory (RSS, MB)', runs: 1, p50Ms: round(idle), p99Ms: round(idle), maxMs: round(idle), target: '< 120 MB', ok: idle < 120 });

  try {
    // Each path is timed against its bare framework in alternating blocks (pairedLoads): measured one
    // after the other, a slow minute of this shared machine fell on one side only, and the p99
    // ratios of unchanged code swapped their verdicts between bench runs (bare Bolt's own p99 was
    // 19-52 ms over six rounds).
    const barePort = await freePort();
    const bare = start('tests/bench/bare-bolt.ts', { SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: api.apiUrl, PORT: String(barePort) });
    await waitReady(bare);
    await load(WARM, C, slackRequest(port, api));
    await load(WARM, C, slackRequest(barePort, api));
    const slackErrorsBefore = botErrors();
    const [slackBot, slackBare] = await pairedLoads(N, C, [
      { child: bot, request: slackRequest(port, api) },
      { child: bare, request: slackRequest(barePort, api) },
    ]);
    const slackErrors = botErrors() - slackErrorsBefore;
    await stop(bare);

    const bareTeamsPort = await freePort();
    const bareTeams = start('tests/bench/bare-teams.ts', { PORT: String(bareTeamsPort) });
    await waitReady(bareTeams);
    await load(WARM, C, teamsRequest(port, connector));
    await load(WARM, C, teamsRequest(bareTeamsPort, connector));
    const replies = () => connector.activities.length;
    const teamsErrorsBefore = botErrors();
    const [teamsBot, teamsBare] = await pairedLoads(N, C, [
      { child: bot, request: teamsRequest(port, connector), counter: replies },
      { child: bareTeams, request: teamsRequest(bareTeamsPort, connector), counter: replies },
    ]);
    const teamsErrors = botErrors() - teamsErrorsBefore;
    const teamsBotReplies = teamsBot.counted;
    const teamsBareReplies = teamsBare.counted;
    await stop(bareTeams);

    const ratio = (a: number, b: number) => round(a / b);
    const slackRatio = ratio(percentile(slackBot.durations, 99), percentile(slackBare.durations, 99));
    const slackThroughput = ratio(slackBare.durations.length / slackBare.seconds, slackBot.durations.length / slackBot.seconds);
    rows.push(timing('Slack /socialmedia: bare Bolt (answer in ack)', slackBare, { target: `server CPU ${slackBare.cpuPerRequest} ms/request` }));
    rows.push(
      timing('Slack /socialmedia: Richtlijnenbot', slackBot, {
        target: `≤ 1.3×: ${slackRatio}× bare p99, ${slackThroughput}× bare time; server CPU ${slackBot.cpuPerRequest} ms/request (${ratio(slackBot.cpuPerRequest, slackBare.cpuPerRequest)}× bare); ${slackBot.withBody}/${N} answered in the ack; ${slackErrors} errors logged`,
        ok: slackRatio <= 1.3 && slackThroughput <= 1.3 && slackErrors === 0,
      }),
    );
    const teamsRatio = ratio(percentile(teamsBot.durations, 99), percentile(teamsBare.durations, 99));
    const teamsThroughput = ratio(teamsBare.durations.length / teamsBare.seconds, teamsBot.durations.length / teamsBot.seconds);
    rows.push(
      timing('Teams /api/messages: bare CloudAdapter (card)', teamsBare, {
        target: `server CPU ${teamsBare.cpuPerRequest} ms/request; ${teamsBareReplies}/${N} replies posted`,
      }),
    );
    rows.push(
      timing('Teams /api/messages: Richtlijnenbot', teamsBot, {
        target: `≤ 1.3×: ${teamsRatio}× bare p99, ${teamsThroughput}× bare time; server CPU ${teamsBot.cpuPerRequest} ms/request (${ratio(teamsBot.cpuPerRequest, teamsBare.cpuPerRequest)}× bare); ${teamsBotReplies}/${N} replies posted; ${teamsErrors} errors logged`,
        ok: teamsRatio <= 1.3 && teamsThroughput <= 1.3 && teamsBotReplies === N && teamsErrors === 0,
      }),
    );

    // Memory: warm-up is the first 12 000 requests (the loads above: every path has run and been compiled by
    // then); the second 10 000 must not grow what is alive after a full collection. A leak grows
    // with every request. RSS is shown beside it: it moves by tens of MB with the collector's
    // timing and V8's heap sizing, so it cannot tell a leak from a late collection.
    const mixed = (i: number) => (i % 2 === 0 ? slackRequest(port, api)(i) : teamsRequest(port, connector)(i));
    await load(Math.max(0, 10_000 - 2 * (N + WARM)), C, mixed);
    const warm = await heapAfterGc(bot);
    await load(10_000, C, mixed);
    const after = await heapAfterGc(bot);
    const growth = after.heapMb - warm.heapMb;
    rows.push({
      name: 'heap after 22 000 requests (after full GC, MB)',
      runs: 1,
      p50Ms: round(after.heapMb),
      p99Ms: round(after.heapMb),
      maxMs: round(after.heapMb),
      target: `${round(growth)} MB over the second 10 000 (< 5 % of ${round(warm.heapMb)}); RSS ${round(warm.rssMb)} → ${round(after.rssMb)} MB`,
      ok: growth < warm.heapMb * 0.05,
    });
  } finally {
    await stop(bot);
    await api.stop();
    await connector.stop();
  }
  return rows;
}
