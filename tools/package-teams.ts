/**
 * Builds the Teams app package `dist/richtlijnenbot-teams.zip` from `manifests/teams/`:
 * manifest.json (with the bot's Microsoft App ID filled in), en.json, color.png and outline.png,
 * all at the root of the zip, ready for Teams admin center → Manage apps → Upload, or
 * Teams → Apps → Manage your apps → Upload an app.
 *
 *   npm run package:teams
 *
 * Reads `MicrosoftAppId` (the Azure Bot's app id, a GUID) and, optionally, `BOT_DOMAIN` (the
 * bot's public host, e.g. `bot.example.org`) from the environment or from `.env` (the
 * environment wins), through `readEnvironment` of src/config.ts. It prints no other variable
 * from `.env`, and no secret.
 *
 * The committed manifest uses the all-zero GUID as its placeholder so that it stays valid
 * against the schema; `buildTeamsManifest` replaces it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { readEnvironment, type Env } from '../src/config.js';

/** The GUID in the committed manifest's `id` and `bots[0].botId`; never a real app id. */
export const PLACEHOLDER_APP_ID = '00000000-0000-0000-0000-000000000000';

export const TEAMS_MANIFEST_DIR = fileURLToPath(new URL('../manifests/teams/', import.meta.url));
export const TEAMS_PACKAGE_FILE = 'richtlijnenbot-teams.zip';

/** What goes into the zip besides manifest.json, all next to it in `manifests/teams/`. */
export const TEAMS_EXTRA_FILES = ['en.json', 'color.png', 'outline.png'] as const;

const GUID = /^[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const HOSTNAME = /^(?=.{1,253}$)(?:\*\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/** A refusal the CLI prints as it is (Dutch, then English) before exiting with 1. */
export class TeamsPackageError extends Error {
  override name = 'TeamsPackageError';
}

/** The parts of a Teams manifest this script touches; the rest is passed through untouched. */
export interface TeamsManifest {
  id: string;
  version: string;
  bots: Array<{ botId: string; [key: string]: unknown }>;
  validDomains?: string[];
  webApplicationInfo?: { id: string; [key: string]: unknown };
  [key: string]: unknown;
}

export interface TeamsManifestOptions {
  /** The Azure Bot's Microsoft App ID (a GUID). */
  appId: string | undefined;
  /** The bot's public host name, for `validDomains`; absent leaves the template's list. */
  domain?: string | undefined;
  /** The app version (semver), e.g. package.json's; absent keeps the template's. */
  version?: string | undefined;
}

/** Returns the app id trimmed, or refuses with a message that names `MicrosoftAppId`. */
export function checkAppId(raw: string | undefined): string {
  const appId = raw?.trim() ?? '';
  if (appId === '') {
    throw new TeamsPackageError(
      'MicrosoftAppId ontbreekt. Zet de Microsoft App ID van je Azure Bot (een GUID, zoals ' +
        '123e4567-e89b-12d3-a456-426614174000) in .env of in de omgeving.\n' +
        "MicrosoftAppId is missing. Put your Azure Bot's Microsoft App ID (a GUID such as " +
        '123e4567-e89b-12d3-a456-426614174000) in .env or in the environment.',
    );
  }
  if (!GUID.test(appId)) {
    throw new TeamsPackageError(
      `MicrosoftAppId is geen GUID (${appId.length} tekens). Kopieer de Microsoft App ID uit ` +
        'Azure Bot → Configuration, zoals 123e4567-e89b-12d3-a456-426614174000.\n' +
        `MicrosoftAppId is not a GUID (${appId.length} characters). Copy the Microsoft App ID from ` +
        'Azure Bot → Configuration, such as 123e4567-e89b-12d3-a456-426614174000.',
    );
  }
  if (appId === PLACEHOLDER_APP_ID) {
    throw new TeamsPackageError(
      'MicrosoftAppId is de plaatshouder 00000000-0000-0000-0000-000000000000. Zet de echte ' +
        'Microsoft App ID van je Azure Bot in .env of in de omgeving.\n' +
        'MicrosoftAppId is the placeholder 00000000-0000-0000-0000-000000000000. Put the real ' +
        'Microsoft App ID of your Azure Bot in .env or in the environment.',
    );
  }
  return appId.toLowerCase();
}

/** Accepts `bot.example.org` or `https://bot.example.org/...` and returns the host name. */
export function checkDomain(raw: string | undefined): string | undefined {
  let domain = raw?.trim() ?? '';
  if (domain === '') return undefined;
  if (/^https?:\/\//i.test(domain)) {
    try {
      domain = new URL(domain).hostname;
    } catch {
      // Falls through to the refusal below.
    }
  }
  if (!HOSTNAME.test(domain)) {
    throw new TeamsPackageError(
      `BOT_DOMAIN "${raw?.trim()}" is geen hostnaam. Gebruik alleen de host, zoals bot.example.org.\n` +
        `BOT_DOMAIN "${raw?.trim()}" is not a host name. Use the host alone, such as bot.example.org.`,
    );
  }
  return domain.toLowerCase();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asTeamsManifest(template: unknown): TeamsManifest {
  if (!isRecord(template) || typeof template.id !== 'string' || typeof template.version !== 'string') {
    throw new TeamsPackageError(
      'manifest.json is geen Teams-manifest (id of version ontbreekt).\n' + 'manifest.json is not a Teams manifest (id or version is missing).',
    );
  }
  const bots = template.bots;
  if (!Array.isArray(bots) || bots.length !== 1 || !isRecord(bots[0]) || typeof bots[0].botId !== 'string') {
    throw new TeamsPackageError('manifest.json moet precies één bot met een botId hebben.\n' + 'manifest.json must have exactly one bot with a botId.');
  }
  return template as TeamsManifest;
}

/**
 * The manifest with the app id in `id`, `bots[0].botId`, the message extension's `botId` and (when present)
 * `webApplicationInfo.id`, and the domain in `validDomains`. Does not change `template`.
 */
export function buildTeamsManifest(template: unknown, options: TeamsManifestOptions): TeamsManifest {
  const appId = checkAppId(options.appId);
  const domain = checkDomain(options.domain);
  const manifest = structuredClone(asTeamsManifest(template));
  manifest.id = appId;
  for (const bot of manifest.bots) bot.botId = appId;
  for (const extension of (manifest as { composeExtensions?: Array<{ botId: string }> }).composeExtensions ?? []) extension.botId = appId;
  if (manifest.webApplicationInfo) manifest.webApplicationInfo.id = appId;
  if (domain !== undefined) manifest.validDomains = [domain];
  if (options.version !== undefined) {
    if (!SEMVER.test(options.version)) {
      throw new TeamsPackageError(
        `Versie "${options.version}" is geen semver (zoals 1.2.3).\n` + `Version "${options.version}" is not semver (such as 1.2.3).`,
      );
    }
    manifest.version = options.version;
  }
  return manifest;
}

/** What the zip is made of: the manifest template and the other files, by name. */
export interface TeamsAppSources {
  manifest: unknown;
  files: Readonly<Record<(typeof TEAMS_EXTRA_FILES)[number], Uint8Array>>;
}

/** Reads manifest.json and the other files from `dir` (by default `manifests/teams/`). */
export function readTeamsAppSources(dir = TEAMS_MANIFEST_DIR): TeamsAppSources {
  const read = (name: string): Buffer => {
    const file = resolve(dir, name);
    if (!existsSync(file)) {
      throw new TeamsPackageError(`${file} ontbreekt.\n${file} is missing.`);
    }
    return readFileSync(file);
  };
  let manifest: unknown;
  try {
    manifest = JSON.parse(read('manifest.json').toString('utf8'));
  } catch (error) {
    if (error instanceof TeamsPackageError) throw error;
    throw new TeamsPackageError(
      `manifest.json is geen geldige JSON: ${(error as Error).message}\n` + `manifest.json is not valid JSON: ${(error as Error).message}`,
    );
  }
  return {
    manifest,
    files: {
      'en.json': read('en.json'),
      'color.png': read('color.png'),
      'outline.png': read('outline.png'),
    },
  };
}

/** A fixed time stamp for the zip entries, so the same input gives the same zip. */
const ZIP_MTIME = new Date(2024, 0, 1);

/** The zip's bytes: manifest.json (filled in), en.json, color.png and outline.png at the root. */
export function packageTeamsApp(sources: TeamsAppSources, options: TeamsManifestOptions): Uint8Array {
  const manifest = buildTeamsManifest(sources.manifest, options);
  return zipSync(
    {
      'manifest.json': strToU8(`${JSON.stringify(manifest, null, 2)}\n`),
      'en.json': sources.files['en.json'],
      'color.png': sources.files['color.png'],
      'outline.png': sources.files['outline.png'],
    },
    { level: 9, mtime: ZIP_MTIME },
  );
}

/** `MicrosoftAppId` and `BOT_DOMAIN` from the environment (with `.env` under it, see `readEnvironment`). */
export function readPackageSettings(env: Env): { appId: string | undefined; domain: string | undefined } {
  const pick = (name: string): string | undefined => env[name]?.trim() || undefined;
  return { appId: pick('MicrosoftAppId'), domain: pick('BOT_DOMAIN') };
}

/** The CLI: reads the settings, writes `dist/richtlijnenbot-teams.zip` and says where. */
export function runPackageTeams(cwd = process.cwd(), env: Env = readEnvironment(cwd)): string {
  const settings = readPackageSettings(env);
  const packageJson = JSON.parse(readFileSync(resolve(TEAMS_MANIFEST_DIR, '../../package.json'), 'utf8')) as { version?: string };
  const zip = packageTeamsApp(readTeamsAppSources(), { ...settings, version: packageJson.version });
  const out = resolve(cwd, 'dist', TEAMS_PACKAGE_FILE);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, zip);
  return out;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const out = runPackageTeams();
    console.log(`Teams-app geschreven / Teams app written: ${out}`);
    console.log('Upload het in Teams (Apps → Apps beheren → Een app uploaden) / upload it in Teams (Apps → Manage your apps → Upload an app).');
  } catch (error) {
    if (!(error instanceof TeamsPackageError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}
