import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { App } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SLACK_IDS } from '../../../src/surfaces/slack/ids.js';
import { registerListeners } from '../../../src/surfaces/slack/listeners/index.js';
import { ROOT } from '../../support/files.js';

interface Manifest {
  display_information: { name: string; description: string };
  features: {
    app_home: { home_tab_enabled: boolean; messages_tab_enabled: boolean };
    bot_user: { display_name: string };
    slash_commands: Array<{ command: string; description: string; usage_hint: string }>;
    shortcuts: Array<{ name: string; type: string; callback_id: string; description: string }>;
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { bot_events: string[] }; interactivity: { is_enabled: boolean }; socket_mode_enabled: boolean };
}

const manifest = parse(readFileSync(resolve(ROOT, 'manifests/slack/manifest.yml'), 'utf8')) as Manifest;

/** What the code listens for, recorded by running the real registration against a recording app. */
function listenedFor() {
  const seen = { commands: [] as string[], shortcuts: [] as string[], events: [] as string[], actions: [] as string[] };
  const recorder = {
    command: (id: string) => seen.commands.push(id),
    shortcut: (id: string) => seen.shortcuts.push(id),
    event: (id: string) => seen.events.push(id),
    message: () => seen.events.push('message.im'),
    action: (id: string | RegExp) => seen.actions.push(String(id)),
    view: () => undefined,
  };
  registerListeners(recorder as unknown as App, { lang: 'nl' } as never);
  return seen;
}

describe('manifests/slack/manifest.yml', () => {
  const code = listenedFor();

  it('declares exactly the slash commands the code listens for', () => {
    expect(manifest.features.slash_commands.map((c) => c.command).sort()).toEqual([...new Set(code.commands)].sort());
  });

  it('declares exactly the shortcuts the code listens for', () => {
    expect(manifest.features.shortcuts.map((s) => s.callback_id).sort()).toEqual([...new Set(code.shortcuts)].sort());
  });

  it('subscribes to exactly the events the code listens for', () => {
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual([...new Set(code.events)].sort());
    expect([...SLACK_IDS.events].sort()).toEqual([...new Set(code.events)].sort());
  });

  it('has a listener for every action id the renderers put on buttons', () => {
    const ids = [
      `${SLACK_IDS.actions.followUpInputPrefix}0`,
      SLACK_IDS.actions.share,
      SLACK_IDS.actions.feedbackUp,
      SLACK_IDS.actions.feedbackDown,
      `${SLACK_IDS.actions.followUpPrefix}0`,
      `${SLACK_IDS.actions.homeToggleRule}_regel-7`,
    ];
    for (const id of ids)
      expect(
        code.actions.some((a) => (a.startsWith('/') ? new RegExp(a.slice(1, -1)).test(id) : a === id)),
        id,
      ).toBe(true);
  });

  it('asks for the scopes those need and no more', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([
      'app_mentions:read',
      'channels:history',
      'channels:read',
      'chat:write',
      'commands',
      'files:write',
      'groups:history',
      'groups:read',
      'im:history',
      'im:read',
      'mpim:read',
    ]);
  });

  it('is in Dutch, with Socket Mode, interactivity and the App Home on', () => {
    expect(manifest.display_information.description).toMatch(/richtlijnen/);
    expect(manifest.features.slash_commands[0]?.usage_hint).toMatch(/check/);
    expect(manifest.features.shortcuts[0]).toMatchObject({ name: 'Check dit bericht', type: 'message' });
    expect(manifest.features.shortcuts[1]).toMatchObject({ name: 'Escaleer deze discussie', type: 'message' });
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.features.bot_user.display_name).toBe('Richtlijnenbot');
  });
});
