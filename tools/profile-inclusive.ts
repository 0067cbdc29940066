/**
 * `npx tsx tools/profile-inclusive.ts a.cpuprofile [b.cpuprofile] [--from=<seconds>]`: inclusive
 * time per module (a package, a bot folder, node core) of one or two CPU profiles side by side,
 * as tools/profile.ts writes them: a sample counts for every module on its stack, once. With
 * `--from`, samples of the first seconds (start-up) are left out. Also the bot's functions by
 * inclusive time, and the self-time top.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ProfileNode as Node, Profile } from './cpu-profile.js';

const ROOT = resolve(import.meta.dirname, '..');
const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const from = Number(process.argv.find((a) => a.startsWith('--from='))?.slice(7) ?? 0) * 1e6;

function moduleOf(url: string, functionName: string): string {
  if (url.includes('node_modules/')) return /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ?? '?';
  const bot = /\/dist\/src\/(.*)\/[^/]+\.js$/.exec(url) ?? /\/dist\/src\/()[^/]+\.js$/.exec(url);
  if (bot) return `bot ${bot[1] || '.'}`;
  if (url.startsWith('node:')) return 'node core';
  if (url.includes('/tests/') || url.includes('/tools/')) return 'script';
  return functionName ? `(${functionName.replace(/^\(|\)$/g, '')})` : '(native)';
}

function analyse(file: string) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const parent = new Map<number, number>();
  const byId = new Map<number, Node>();
  for (const n of profile.nodes) {
    byId.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  const modules = new Map<string, number>();
  const functions = new Map<string, number>();
  const self = new Map<string, number>();
  let total = 0;
  let clock = 0;
  for (const [i, id] of profile.samples.entries()) {
    const dt = profile.timeDeltas[i] ?? 0;
    clock += dt;
    if (clock < from) continue;
    const leaf = byId.get(id);
    if (!leaf || leaf.callFrame.functionName === '(idle)') continue;
    total += dt;
    const seenModules = new Set<string>();
    const seenFunctions = new Set<string>();
    for (let node: Node | undefined = leaf; node; node = byId.get(parent.get(node.id) ?? -1)) {
      const { functionName, url, lineNumber } = node.callFrame;
      if (functionName === '(root)') break;
      seenModules.add(moduleOf(url, functionName));
      if (url.includes('/dist/src/')) seenFunctions.add(`${functionName || '(anonymous)'} ${url.replace(/^.*\/dist\/src\//, '')}:${lineNumber + 1}`);
    }
    for (const m of seenModules) modules.set(m, (modules.get(m) ?? 0) + dt);
    for (const f of seenFunctions) functions.set(f, (functions.get(f) ?? 0) + dt);
    const { functionName, url, lineNumber } = leaf.callFrame;
    const key = `${functionName || '(anonymous)'} ${
      url
        ? `${url
            .replace(`file://${ROOT}/`, '')
            .replace(/^.*node_modules\//, '')
            .replace(/^.*\/dist\/src\//, 'dist/src/')}:${lineNumber + 1}`
        : ''
    }`;
    self.set(key, (self.get(key) ?? 0) + dt);
  }
  return { total, modules, functions, self };
}

const results = files.map(analyse);
const ms = (us: number) => `${(us / 1000).toFixed(0).padStart(7)} ms`;
const pct = (us: number, total: number) => `${((100 * us) / total).toFixed(1).padStart(5)} %`;
const table = (title: string, pick: (r: ReturnType<typeof analyse>) => Map<string, number>, n: number) => {
  const keys = new Map<string, number>();
  for (const r of results) for (const [k, v] of pick(r)) keys.set(k, Math.max(keys.get(k) ?? 0, v));
  const rows = [...keys]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k]) => `${results.map((r) => `${ms(pick(r).get(k) ?? 0)} ${pct(pick(r).get(k) ?? 0, r.total)}`).join('   ')}  ${k}`);
  return `${title}\n${rows.join('\n')}\n`;
};
process.stdout.write(
  `${files.map((f, i) => `${i ? 'b' : 'a'}: ${f}, ${ms(results[i]?.total ?? 0)} busy`).join('\n')}\n\n` +
    `${table('inclusive by module (busy samples, idle left out)', (r) => r.modules, 30)}\n` +
    `${table('self time by function', (r) => r.self, 25)}\n` +
    `${table("the bot's functions, inclusive", (r) => r.functions, 40)}`,
);
