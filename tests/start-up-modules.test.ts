import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/files.js';

/**
 * What `npm start` loads before it serves: src/main.ts and its static imports, transitively
 * (`import type` is erased; a dynamic `import()` loads later, when used). Heavy libraries that
 * only an edit, an import or a first start needs stay off this path: start-up time and idle
 * memory (issue 17).
 */
function startUpPackages(entry: string): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(resolve(ROOT, file), 'utf8');
    for (const m of text.matchAll(/^(?:import|export)(\s+type\b)?[^;'"()=]*?\bfrom\s+'([^']+)'|^import\s+'([^']+)'/gm)) {
      if (m[1]) continue;
      const spec = (m[2] ?? m[3]) as string;
      if (spec.startsWith('.')) visit(relative(ROOT, resolve(ROOT, dirname(file), spec)).replace(/\.js$/, '.ts'));
      else if (!spec.startsWith('node:')) packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] as string));
    }
  };
  visit(entry);
  return packages;
}

describe('start-up', () => {
  const packages = startUpPackages('src/main.ts');

  it('sees the packages the bot needs to serve (the walk works)', () => {
    for (const pkg of ['@slack/bolt', 'fuse.js', 'pino', 'croner']) expect(packages).toContain(pkg);
  });

  it.each(['zod', 'yaml', 'naughty-words', 'pg', 'botbuilder', 'vega', 'libphonenumber-js'])('does not load %s before the bot serves', (pkg) => {
    expect(packages).not.toContain(pkg);
  });
});
