import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listTsFiles, ROOT } from './support/files.js';

const read = (file: string) => readFileSync(resolve(ROOT, file), 'utf8');
const imports = (file: string) => [...read(file).matchAll(/^\s*(?:import|export)\b[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1] as string);

/** The core may use pure libraries only; everything that talks to the outside is an adapter's. */
const CORE_ALLOWED_PACKAGES = new Set(['fuse.js', 'zod', '@orama/stemmers/dutch', '@orama/stemmers/english', 'ibantools', 'libphonenumber-js/max']);

describe('the dependency rule', () => {
  it.each(listTsFiles('src/core'))('%s imports only the core and pure libraries', (file) => {
    for (const spec of imports(file)) {
      if (spec.startsWith('.')) {
        expect(resolve(ROOT, file, '..', spec), spec).toContain(resolve(ROOT, 'src/core'));
      } else {
        expect(CORE_ALLOWED_PACKAGES.has(spec), `${file} imports ${spec}`).toBe(true);
      }
    }
    expect(read(file)).not.toMatch(/process\.(env|stdout|stderr|exit)/);
  });

  it.each([...listTsFiles('src/adapters'), ...listTsFiles('src/store')])('%s does not reach across adapters and store', (file) => {
    const own = file.startsWith('src/store') ? 'src/store' : 'src/adapters';
    const other = own === 'src/store' ? 'src/adapters' : 'src/store';
    for (const spec of imports(file).filter((s) => s.startsWith('.'))) {
      expect(resolve(ROOT, file, '..', spec), `${file} imports ${spec}`).not.toContain(resolve(ROOT, other));
    }
  });

  it('keeps the top of src to main, config, core, adapters and store', async () => {
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(resolve(ROOT, 'src')).sort()).toEqual(['adapters', 'config.ts', 'core', 'main.ts', 'store']);
  });
});
