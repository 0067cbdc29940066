import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/runtime/log/logger.js';
import { startPlatforms, type Platforms } from '../../support/platform-harness.js';

describe('logs', () => {
  it('redact tokens, passwords, secrets, texts and drafts wherever they appear', () => {
    const destination = new PassThrough();
    let out = '';
    destination.setEncoding('utf8').on('data', (c: string) => (out += c));
    const logger = createLogger({ level: 'trace', format: 'json', destination });
    logger.info({
      event: 'x',
      token: 'xoxb-123-secret',
      password: 'hunter2',
      draft: 'Vertrouwelijk plan',
      nested: { text: 'Pietje', secret: 's3', authorization: 'Bearer abc' },
    });
    logger.debug({ event: 'y', text: 'een vraag met 06-12345678' });
    for (const leaked of ['xoxb-123-secret', 'hunter2', 'Vertrouwelijk plan', 'Pietje', 's3', 'Bearer abc', '06-12345678']) expect(out).not.toContain(leaked);
    expect(out).toContain('[redacted]');
    expect(out).toContain('"event":"x"');
  });
});

describe('operations endpoints', () => {
  let bot: Platforms;
  beforeEach(async () => {
    bot = await startPlatforms();
  });
  afterEach(async () => {
    await bot.close();
  });

  it('/healthz says alive and /readyz that the database answers', async () => {
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${bot.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', database: 'sqlite ok', slack: 'connected' });
  });

  it('/readyz says not ready when the database is gone', async () => {
    await bot.db.close();
    expect((await fetch(`${bot.url}/readyz`)).status).toBe(503);
  });

  it('/metrics counts answers, fallbacks, checks and open escalations in Prometheus format', async () => {
    await bot.command('regel 7 ontsporen');
    await bot.command('mag ik een foto van een collega posten?');
    await bot.command('wat is het wifi-wachtwoord?');
    await bot.command('check WAT EEN SCHANDE!!!!');
    await bot.command('escaleer https://x.com/1 het loopt uit de hand');
    await bot.slackApi.waitFor('response_url', 5);
    const text = await (await fetch(`${bot.url}/metrics`)).text();
    expect(text).toMatch(/richtlijnenbot_questions_total\{outcome="answered"\} 2/);
    expect(text).toMatch(/richtlijnenbot_questions_total\{outcome="fallback"\} 1/);
    expect(text).toMatch(/richtlijnenbot_checks_total\{verdict="oranje"\} 1/);
    expect(text).toMatch(/richtlijnenbot_escalations_open 1/);
    expect(text).toMatch(/richtlijnenbot_process_resident_memory_bytes \d+/);
  });

  it('refuses an oversized body with 413 before reading it', async () => {
    const res = await fetch(`${bot.url}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(2 * 1024 * 1024) });
    expect(res.status).toBe(413);
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  });
});
