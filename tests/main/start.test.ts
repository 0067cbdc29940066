import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FakeBotConnector } from '../support/fake-bot-connector.js';
import { FakeSlackApi } from '../support/fake-slack-api.js';
import { runProgram, startProgram } from '../support/program.js';
import { teamsActivity } from '../support/teams-harness.js';
import { SIGNING_SECRET, postToSlackEvents } from '../support/sign-slack-request.js';

/** A file where a folder is expected. */
function aFile(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'richtlijnenbot-file-')), 'not-a-folder');
  writeFileSync(file, 'x');
  return file;
}

/** The address the start-up line names (the port is any free one). */
const urlOf = (logs: string) => /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(logs)?.[1] ?? '';

describe('npm start without credentials', () => {
  it('prints rule 8 for "/socialmedia mag ik dit posten?" on standard input and exits', async () => {
    const { code, stdout } = await runProgram([], '/socialmedia mag ik dit posten?\n');
    expect(code).toBe(0);
    expect(stdout).toContain('Regel 8: Bij twijfel, overleg');
    expect(stdout).toContain('Overleg dan met je leidinggevende');
  });

  it('stops with the variable and the fix when the configuration is wrong', async () => {
    const { code, stderr, stdout } = await runProgram([], '', { DEFAULT_LANG: 'fr', LOG_LEVEL: 'loud' });
    expect(code).toBe(1);
    expect(stderr).toContain('DEFAULT_LANG is not valid: use one of nl, en');
    expect(stderr).toContain('LOG_LEVEL is not valid');
    expect(stdout).toBe('');
  });

  it.each([
    ['a malformed DATABASE_URL', { DATABASE_URL: 'postgres://bot:s3cret-pw@db.example:99999/bot' }, 'DATABASE_URL is not a URL'],
    [
      'a PostgreSQL that does not answer',
      { DATABASE_URL: 'postgres://bot:s3cret-pw@127.0.0.1:1/bot' },
      'DATABASE_URL: the PostgreSQL database could not be opened or migrated (ECONNREFUSED)',
    ],
    ['a DATA_DIR that is a file', { DATA_DIR: aFile() }, 'DATA_DIR: the SQLite database could not be opened there'],
  ])('stops on %s naming the variable, without its value or a stack trace', async (_name, env, message) => {
    const { code, stderr } = await runProgram([], '', env);
    expect(code).toBe(1);
    expect(stderr).toContain(message);
    expect(stderr).not.toContain('s3cret-pw');
    expect(stderr).not.toContain('db.example');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('stops with the file and the field when the knowledge is broken', async () => {
    const { code, stderr } = await runProgram([], '', { KNOWLEDGE_DIR: 'tests/fixtures/no-such-knowledge' });
    expect(code).toBe(1);
    expect(stderr).toContain('no-such-knowledge has no items/ folder');
  });

  it('runs the terminal chat and the Emulator endpoint side by side', async () => {
    const connector = await new FakeBotConnector().start();
    const bot = startProgram([], { LOG_LEVEL: 'info', LOG_FORMAT: 'json' });
    try {
      await expect.poll(() => urlOf(bot.stderr()), { timeout: 15_000 }).not.toBe('');
      const url = urlOf(bot.stderr());
      expect(bot.stderr()).toContain(`${url}/api/messages`);
      const res = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(teamsActivity(connector.url, 'regel 7')),
      });
      expect(res.status).toBe(200);
      const [reply] = await connector.waitForActivities(1);
      expect(JSON.stringify(reply?.body)).toContain('Regel 7');
      bot.stdin.end('regel 8\n');
      expect(await bot.exited).toBe(0);
      expect(bot.stdout()).toContain('Regel 8: ');
    } finally {
      bot.stdin.end();
      await connector.stop();
    }
  });
});

describe('npm start with Slack keys', () => {
  it('serves /slack/events and /healthz in HTTP mode, and stops on SIGTERM', async () => {
    const api = await new FakeSlackApi().start();
    const bot = startProgram([], {
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: api.apiUrl,
      HOST: '127.0.0.1',
      LOG_FORMAT: 'json',
    });
    try {
      await expect.poll(() => urlOf(bot.stderr()), { timeout: 15_000 }).not.toBe('');
      const url = urlOf(bot.stderr());
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      const body = new URLSearchParams({
        command: '/socialmedia',
        text: 'regel 7',
        user_id: 'U1',
        channel_id: 'C1',
        response_url: api.responseUrl(),
      }).toString();
      const res = await api.showAcknowledgement(await postToSlackEvents(url, body));
      expect(res.status).toBe(200);
      const [answer] = await api.waitFor('response_url');
      expect(JSON.stringify(answer?.body.blocks)).toContain('Regel 7');
      expect(bot.stderr()).toContain('HTTP mode on');
      expect(bot.stderr()).not.toContain('xoxb-test');
      bot.terminate();
      expect(await bot.exited).toBe(0);
      await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    } finally {
      bot.terminate();
      await api.stop();
    }
  });

  it('stops at start-up with the variable and the fix when a Slack key is wrong', async () => {
    const { code, stderr } = await runProgram([], '', { SLACK_BOT_TOKEN: 'xoxp-user-token', SLACK_SIGNING_SECRET: 'short' });
    expect(code).toBe(1);
    expect(stderr).toContain('SLACK_BOT_TOKEN must start with "xoxb-"');
    expect(stderr).toContain('SLACK_SIGNING_SECRET must be 32 hexadecimal characters');
    expect(stderr).not.toContain('xoxp-user-token');
  });
});
