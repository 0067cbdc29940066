/**
 * `npm start` runs the compiled bot (dist/): it starts in well under a second and uses less
 * memory than compiling TypeScript on every start. This script, run by `prepare` (after
 * `npm ci`) and `prestart`, compiles src/ to dist/ when dist/ is missing or older than a source
 * file; otherwise it only looks at the dates (a few milliseconds). Without TypeScript installed
 * (`npm ci --omit=dev`) or without src/ (a Docker layer before the sources) it does nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const built = join(root, 'dist/src/main.js');

/** The newest modification time of the files that make up dist/. */
function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

if (existsSync(join(root, 'src/main.ts'))) {
  const sources = Math.max(newestSource(join(root, 'src')), ...['tsconfig.json', 'tsconfig.build.json'].map((f) => statSync(join(root, f)).mtimeMs));
  if (!existsSync(built) || statSync(built).mtimeMs < sources) {
    let tsc;
    try {
      tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    } catch {
      tsc = undefined;
    }
    if (tsc) {
      process.stderr.write('Compiling src/ to dist/ (npm run build)…\n');
      const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
      // A type error still emits JavaScript: say so, but let the bot start, as it did under tsx.
      if (result.status !== 0 && !existsSync(built)) process.exit(result.status ?? 1);
      if (result.status !== 0) process.stderr.write('The type check found errors (above); the bot starts anyway.\n');
    } else if (!existsSync(built)) {
      process.stderr.write('dist/ is missing and TypeScript is not installed: run npm ci (with the dev dependencies) first.\n');
      process.exit(1);
    }
  }
}
