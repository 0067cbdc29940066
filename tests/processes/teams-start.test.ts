import { expect, it } from 'vitest';
import { FakeBotConnector } from '../support/fake-bot-connector.js';
import { freePort, spawnBot, untilOutput, waitForHealthy } from '../support/spawn-bot.js';
import { teamsActivity } from '../support/teams-harness.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

it('npm start without credentials runs the terminal chat and the Emulator endpoint side by side', async () => {
  const connector = await new FakeBotConnector().start();
  const port = await freePort();
  const bot = spawnBot({ PORT: String(port), DATA_DIR: mkdtempSync(join(tmpdir(), 'richtlijnenbot-emu-')) });
  try {
    await waitForHealthy(`http://127.0.0.1:${port}/healthz`);
    await untilOutput(bot, new RegExp(`http://127\\.0\\.0\\.1:${port}/api/messages`), 5000);
    const res = await fetch(`http://127.0.0.1:${port}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(teamsActivity(connector.url, 'regel 7')),
    });
    expect(res.status).toBe(200);
    const [reply] = await connector.waitForActivities(1);
    expect(JSON.stringify(reply?.body)).toContain('Regel 7');
    bot.child.stdin?.end('regel 8\n');
    expect(await bot.exited).toBe(0);
    expect(bot.output()).toContain('Regel 8: ');
  } finally {
    bot.child.kill('SIGKILL');
    await connector.stop();
  }
}, 30_000);
