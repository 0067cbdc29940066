import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listTsFiles, ROOT } from './support/files.js';

const read = (file: string) => readFileSync(resolve(ROOT, file), 'utf8');
const imports = (file: string) => [...read(file).matchAll(/^\s*(?:import|export)\b[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1] as string);

/** The root-relative `.ts` file a relative import names (`./x.js` → `src/…/x.ts`). */
const target = (file: string, spec: string) => relative(ROOT, resolve(ROOT, dirname(file), spec)).replace(/\.js$/, '.ts');
const localImports = (file: string) =>
  imports(file)
    .filter((s) => s.startsWith('.'))
    .map((s) => target(file, s));

/** Which layer a source file belongs to: its folder under src/ (surfaces by platform), or the file itself. */
function layer(file: string): string {
  const [, top, sub] = file.split('/');
  if (top === 'surfaces') return `surfaces/${sub}`;
  return top?.replace(/\.ts$/, '') ?? file;
}

/** What each layer may import besides itself. */
const MAY_IMPORT: Record<string, (to: string) => boolean> = {
  core: () => false,
  store: (to) => to === 'core',
  runtime: (to) => to === 'core' || to === 'config',
  config: (to) => to === 'core',
  surface: (to) => to === 'core' || to === 'runtime' || to === 'config',
  // The composition root's parts: they wire every layer together, and only main.ts uses them.
  compose: () => true,
};

/** The core may use pure libraries only; everything that talks to the outside is a surface's, the runtime's or the store's. */
const CORE_ALLOWED_PACKAGES = new Set(['fuse.js', 'zod', '@orama/stemmers/dutch', '@orama/stemmers/english', 'ibantools', 'libphonenumber-js/max']);

/**
 * The one built-in module the core may use, where: `createRequire` loads libphonenumber (an
 * allowed package) on the first phone-like digits instead of at start-up (issue 17).
 */
const CORE_LAZY_LOADERS: Record<string, string> = { 'src/core/check/detect/phone.ts': 'node:module' };

const SRC = listTsFiles('src');

/** The import cycles among `files`, each as the files it passes through, found by depth-first search. */
function findCycles(files: readonly string[], edges: (file: string) => readonly string[]): string[][] {
  const known = new Set(files);
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const cycles: string[][] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    path.push(file);
    for (const next of edges(file)) {
      if (!known.has(next)) continue;
      if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(file, 'done');
  };
  for (const file of files) if (!state.has(file)) visit(file);
  return cycles;
}
const TOOLS = existsSync(resolve(ROOT, 'tools')) ? listTsFiles('tools') : [];

describe('the dependency rule', () => {
  it.each(listTsFiles('src/core'))('%s imports only the core and pure libraries', (file) => {
    for (const spec of imports(file)) {
      if (spec.startsWith('.')) expect(target(file, spec), spec).toMatch(/^src\/core\//);
      else expect(CORE_ALLOWED_PACKAGES.has(spec) || CORE_LAZY_LOADERS[file] === spec, `${file} imports ${spec}`).toBe(true);
    }
    expect(read(file)).not.toMatch(/process\.(env|stdout|stderr|exit)/);
  });

  it.each(SRC.filter((f) => f !== 'src/main.ts'))('%s imports only the layers beneath it', (file) => {
    const own = layer(file);
    const kind = own.startsWith('surfaces/') ? 'surface' : own;
    const allowed = MAY_IMPORT[kind];
    expect(allowed, `${file} is in no known layer`).toBeDefined();
    for (const to of localImports(file)) {
      const other = layer(to);
      if (other === own) continue;
      // A surface may not use another surface; nothing but main.ts composes them.
      expect(allowed?.(other.startsWith('surfaces/') ? 'surfaces' : other), `${file} imports ${to}`).toBe(true);
    }
  });

  it('lets nothing import main.ts, nothing but main.ts the composition (src/compose/), and src nothing from tools/', () => {
    for (const file of [...SRC, ...TOOLS]) {
      for (const to of localImports(file)) {
        expect(to, `${file} imports ${to}`).not.toBe('src/main.ts');
        if (file !== 'src/main.ts' && !file.startsWith('src/compose/') && !file.startsWith('tests/'))
          expect(to, `${file} imports ${to}`).not.toMatch(/^src\/compose\//);
        if (file.startsWith('src/')) expect(to, `${file} imports ${to}`).not.toMatch(/^tools\//);
      }
    }
  });

  it('reads the environment and .env only in src/config.ts', () => {
    const offenders = [...SRC, ...TOOLS].filter((file) => file !== 'src/config.ts' && (/process\.env\b/.test(read(file)) || imports(file).includes('dotenv')));
    expect(offenders).toEqual([]);
  });

  it("takes Kysely's values only through src/store/kysely.ts (its CommonJS build: the ES build would load beside it)", () => {
    const valueImport = (file: string) =>
      [...read(file).matchAll(/^\s*import\s+(?!type\b)([^;]*?)\s+from\s+'kysely'/gm)].some((m) => {
        const names = /\{([^}]*)\}/.exec(m[1] as string)?.[1];
        return names === undefined || names.split(',').some((n) => n.trim() !== '' && !/^type\s/.test(n.trim()));
      });
    expect(SRC.filter((file) => file !== 'src/store/kysely.ts' && valueImport(file))).toEqual([]);
  });

  it('has no import cycle in src, type-only imports included', () => {
    expect(findCycles(SRC, localImports).map((cycle) => cycle.join(' → '))).toEqual([]);
  });

  it('would see a cycle: the finder itself', () => {
    const graph: Record<string, string[]> = { a: ['b'], b: ['c'], c: ['a'], d: ['a'] };
    expect(findCycles(Object.keys(graph), (f) => graph[f] ?? [])).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('keeps the top of src to main (with its composition), config (with its readers), core, surfaces, runtime and store', () => {
    expect(readdirSync(resolve(ROOT, 'src')).sort()).toEqual(['compose', 'config', 'config.ts', 'core', 'main.ts', 'runtime', 'store', 'surfaces']);
  });

  it('keeps every file in src/ and tools/ under 250 lines', () => {
    const long = [...SRC, ...TOOLS].filter((file) => read(file).split('\n').length > 250);
    expect(long).toEqual([]);
  });
});
