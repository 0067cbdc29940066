import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { readEnvironment } from '../../src/config.js';
import { ACCENT_COLOR } from '../../tools/teams-icons.js';
import {
  buildTeamsManifest,
  checkDomain,
  packageTeamsApp,
  PLACEHOLDER_APP_ID,
  readPackageSettings,
  readTeamsAppSources,
  TEAMS_MANIFEST_DIR,
  TeamsPackageError,
} from '../../tools/package-teams.js';

// ajv-draft-04 and ajv-formats are CommonJS with `exports.default`: take the class and function.
const Ajv04 = Ajv04Module.default;
const addFormats = addFormatsModule.default;

const APP_ID = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
/** The command menu: what the bot's texts tell people to type in Teams (a test checks that too). */
const COMMANDS = ['help', 'check', 'regel', 'regels', 'tip', 'disclaimer', 'escaleer', 'taal'];
const TEAM_COMMANDS = [...COMMANDS, 'dagtip', 'afdeling'];
const SCOPES = ['personal', 'team', 'groupChat'];

const readJson = (file: string): unknown => JSON.parse(readFileSync(resolve(TEAMS_MANIFEST_DIR, file), 'utf8'));
const template = readJson('manifest.json') as {
  $schema: string;
  manifestVersion: string;
  id: string;
  localizationInfo: { defaultLanguageTag: string; additionalLanguages: Array<{ languageTag: string; file: string }> };
  bots: Array<{ botId: string; scopes: string[]; commandLists: Array<{ scopes: string[]; commands: Array<{ title: string; description?: string }> }> }>;
  [key: string]: unknown;
};
const en = readJson('en.json') as Record<string, unknown>;

/** The official schemas of the manifest's version, as shipped in Microsoft's @microsoft/app-manifest package. */
function officialSchema(name: 'MicrosoftTeams.schema.json' | 'MicrosoftTeams.Localization.schema.json'): object {
  const require = createRequire(import.meta.url);
  const file = require.resolve(`@microsoft/app-manifest/build/json-schemas/teams/v${template.manifestVersion}/${name}`);
  return JSON.parse(readFileSync(file, 'utf8')) as object;
}

function validator(name: Parameters<typeof officialSchema>[0]): (data: unknown) => string[] {
  // The Teams schemas are draft-04, compiled as Microsoft's own ManifestUtil does; their patterns
  // are plain ECMAScript regular expressions (one is not valid with the `u` flag Ajv adds by default).
  const ajv = new Ajv04({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(officialSchema(name));
  return (data) => (validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`));
}

const validateManifest = validator('MicrosoftTeams.schema.json');
const validateLocalization = validator('MicrosoftTeams.Localization.schema.json');

describe('the Teams manifest', () => {
  it('uses a current schema version and points $schema at it', () => {
    expect(Number(template.manifestVersion)).toBeGreaterThanOrEqual(1.19);
    expect(template.$schema).toBe(`https://developer.microsoft.com/en-us/json-schemas/teams/v${template.manifestVersion}/MicrosoftTeams.schema.json`);
  });

  it('as committed, with the all-zero placeholder GUID, is valid against the official schema', () => {
    expect(template.id).toBe(PLACEHOLDER_APP_ID);
    expect(template.bots[0]?.botId).toBe(PLACEHOLDER_APP_ID);
    expect(validateManifest(template)).toEqual([]);
  });

  it('as built with an app id and a domain, is valid against the official schema', () => {
    const built = buildTeamsManifest(template, { appId: APP_ID, domain: 'bot.example.org', version: '1.2.3' });
    expect(validateManifest(built)).toEqual([]);
    expect(built.id).toBe(APP_ID);
    expect(built.bots[0]?.botId).toBe(APP_ID);
    expect(built.validDomains).toEqual(['bot.example.org']);
    expect(built.version).toBe('1.2.3');
    expect(template.id, 'the template is not changed').toBe(PLACEHOLDER_APP_ID);
  });

  it('has en.json as its English strings, valid against the official localization schema', () => {
    expect(template.localizationInfo.defaultLanguageTag).toBe('nl');
    expect(template.localizationInfo.additionalLanguages).toEqual([{ languageTag: 'en', file: 'en.json' }]);
    expect(en.$schema).toBe(`https://developer.microsoft.com/en-us/json-schemas/teams/v${template.manifestVersion}/MicrosoftTeams.Localization.schema.json`);
    expect(validateLocalization(en)).toEqual([]);
    // Every English command title and description translates one that the manifest has.
    for (const key of Object.keys(en).filter((k) => k.startsWith('bots['))) {
      const m = /^bots\[0\]\.commandLists\[(\d)\]\.commands\[(\d+)\]\.(title|description)$/.exec(key);
      expect(m, key).not.toBeNull();
      const field = m?.[3] as 'title' | 'description';
      expect(template.bots[0]?.commandLists[Number(m?.[1])]?.commands[Number(m?.[2])]?.[field], key).toBeTypeOf('string');
    }
  });

  it('lists the commands the bot’s texts name, with a Dutch description, in every scope (a team also dagtip and afdeling)', () => {
    const bot = template.bots[0]!;
    expect(bot.scopes.sort()).toEqual([...SCOPES].sort());
    expect(bot.commandLists.flatMap((list) => list.scopes).sort()).toEqual([...SCOPES].sort());
    for (const list of bot.commandLists) {
      expect(list.scopes).toHaveLength(1);
      expect(list.commands.map((c) => c.title)).toEqual(list.scopes[0] === 'team' ? TEAM_COMMANDS : COMMANDS);
      for (const command of list.commands) {
        expect(command.description?.length, command.title).toBeGreaterThan(0);
        expect(command.description!.length, command.title).toBeLessThanOrEqual(128);
      }
    }
    expect(template).toMatchObject({
      name: { short: 'Richtlijnenbot' },
      accentColor: ACCENT_COLOR,
      permissions: ['identity', 'messageTeamMembers'],
      icons: { color: 'color.png', outline: 'outline.png' },
      bots: [{ supportsFiles: false, isNotificationOnly: false }],
    });
  });
});

describe('packageTeamsApp', () => {
  const sources = readTeamsAppSources();

  it('zips exactly manifest.json, en.json, color.png and outline.png at the root, with the app id filled in', () => {
    const files = unzipSync(packageTeamsApp(sources, { appId: APP_ID.toUpperCase() }));
    expect(Object.keys(files).sort()).toEqual(['color.png', 'en.json', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as typeof template;
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots[0]?.botId).toBe(APP_ID);
    expect(strFromU8(files['manifest.json']!)).not.toContain(PLACEHOLDER_APP_ID);
    expect(validateManifest(manifest)).toEqual([]);
    expect(Buffer.from(files['color.png']!)).toEqual(readFileSync(resolve(TEAMS_MANIFEST_DIR, 'color.png')));
    expect(Buffer.from(files['outline.png']!)).toEqual(readFileSync(resolve(TEAMS_MANIFEST_DIR, 'outline.png')));
    expect(JSON.parse(strFromU8(files['en.json']!))).toEqual(en);
  });

  it('gives the same zip for the same input', () => {
    expect(packageTeamsApp(sources, { appId: APP_ID })).toEqual(packageTeamsApp(sources, { appId: APP_ID }));
  });

  it.each([
    ['missing', undefined, /MicrosoftAppId ontbreekt[\s\S]*MicrosoftAppId is missing/],
    ['empty', '  ', /MicrosoftAppId ontbreekt[\s\S]*MicrosoftAppId is missing/],
    ['not a GUID', 'mijn-bot', /MicrosoftAppId is geen GUID[\s\S]*MicrosoftAppId is not a GUID/],
    ['a GUID without dashes', APP_ID.replaceAll('-', ''), /MicrosoftAppId is not a GUID/],
    ['the placeholder', PLACEHOLDER_APP_ID, /MicrosoftAppId is the placeholder/],
  ])('refuses an app id that is %s, naming MicrosoftAppId', (_, appId, message) => {
    expect(() => packageTeamsApp(sources, { appId })).toThrow(TeamsPackageError);
    expect(() => packageTeamsApp(sources, { appId })).toThrow(message);
  });

  it('does not echo a malformed app id', () => {
    expect(() => buildTeamsManifest(template, { appId: 'geheim-123' })).toThrow(/^(?![\s\S]*geheim)/);
  });

  it('takes BOT_DOMAIN as a host or a URL and refuses anything else', () => {
    expect(checkDomain(undefined)).toBeUndefined();
    expect(checkDomain('Bot.Example.org')).toBe('bot.example.org');
    expect(checkDomain('https://bot.example.org/api/messages')).toBe('bot.example.org');
    expect(() => checkDomain('bot example')).toThrow(/BOT_DOMAIN/);
    expect(buildTeamsManifest(template, { appId: APP_ID }).validDomains).toEqual([]);
  });

  it('reads MicrosoftAppId and BOT_DOMAIN from the environment before .env', () => {
    const dir = mkdtempSync(join(tmpdir(), 'richtlijnenbot-package-'));
    writeFileSync(join(dir, '.env'), `MicrosoftAppId=${APP_ID}\nMicrosoftAppPassword=secret\nBOT_DOMAIN=file.example.org\n`);
    vi.stubEnv('MicrosoftAppId', undefined);
    vi.stubEnv('BOT_DOMAIN', undefined);
    try {
      expect(readPackageSettings(readEnvironment(dir))).toEqual({ appId: APP_ID, domain: 'file.example.org' });
      vi.stubEnv('BOT_DOMAIN', 'env.example.org');
      expect(readPackageSettings(readEnvironment(dir))).toEqual({ appId: APP_ID, domain: 'env.example.org' });
      expect(readPackageSettings({})).toEqual({ appId: undefined, domain: undefined });
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('the message extension', () => {
  it('declares the "escaleer" action on messages that the bot handles, and gets the app id when packaged', async () => {
    const { readFileSync } = await import('node:fs');
    const { resolve } = await import('node:path');
    const { ESCALATE_COMMAND } = await import('../../src/surfaces/teams/escalate-form.js');
    const { buildTeamsManifest } = await import('../../tools/package-teams.js');
    const template = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../manifests/teams/manifest.json'), 'utf8')) as {
      composeExtensions: Array<{ botId: string; commands: Array<{ id: string; type: string; context: string[]; fetchTask: boolean }> }>;
    };
    expect(template.composeExtensions[0]?.commands[0]).toMatchObject({ id: ESCALATE_COMMAND, type: 'action', context: ['message'], fetchTask: true });
    const built = buildTeamsManifest(template, { appId: '11111111-2222-3333-4444-555555555555' }) as unknown as typeof template;
    expect(built.composeExtensions[0]?.botId).toBe('11111111-2222-3333-4444-555555555555');
  });
});
