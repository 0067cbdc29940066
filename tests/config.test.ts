import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, loadConfig } from '../src/config.js';
import { BotError } from '../src/core/errors.js';
import { listTsFiles, ROOT } from './support/files.js';

function problems(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(BotError);
    return (error as Error).message;
  }
  throw new Error('the configuration was accepted');
}

describe('the configuration', () => {
  it('works with nothing set: CNV, Dutch, the knowledge folder', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ orgName: 'CNV', defaultLang: 'nl', log: { level: undefined, format: 'auto' } });
    expect(config.knowledgeDir).toMatch(/knowledge$/);
  });

  it('takes the organisation name and language from the environment', () => {
    expect(loadConfig({ ORG_NAME: ' Acme ', DEFAULT_LANG: 'EN' })).toMatchObject({ orgName: 'Acme', defaultLang: 'en' });
  });

  it('names every wrong variable at once, with how to fix it', () => {
    const message = problems({ DEFAULT_LANG: 'de', LOG_FORMAT: 'xml', ORG_NAME: '<b>x</b>' });
    expect(message).toContain('DEFAULT_LANG="de" is not valid: use one of nl, en');
    expect(message).toContain('LOG_FORMAT="xml" is not valid: use one of auto, pretty, json');
    expect(message).toContain('ORG_NAME must be');
  });

  it('lists exactly the variables it reads in .env.example', () => {
    const example = readFileSync(resolve(import.meta.dirname, '../.env.example'), 'utf8');
    const listed = [...example.matchAll(/^([A-Za-z_][A-Za-z0-9_]*)=/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual([...CONFIG_VARIABLES].sort());
  });

  it('explains every variable of .env.example in the README', () => {
    const readme = readFileSync(resolve(import.meta.dirname, '../README.md'), 'utf8');
    for (const name of CONFIG_VARIABLES) expect(readme, name).toContain(`\`${name}\``);
  });

  it('is read only in src/config.ts', () => {
    const offenders = listTsFiles('src').filter(
      (file) => file !== 'src/config.ts' && /process\.env\b/.test(readFileSync(resolve(ROOT, file), 'utf8')),
    );
    expect(offenders).toEqual(['src/main.ts']); // main.ts hands process.env to loadConfig, nothing else
  });
});
