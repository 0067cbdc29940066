import { describe, expect, it, vi } from 'vitest';
import { Bot } from '../../../src/core/bot.js';
import { createKnowledgeBase, type KnowledgeBase } from '../../../src/core/knowledge/knowledge-base.js';
import { LiveKnowledge } from '../../../src/core/knowledge/live.js';
import { followVersions, yieldToAnswers } from '../../../src/runtime/knowledge/follow-versions.js';
import { captureLogger, knowledgeData, learnedModels, message } from '../../support/bot.js';

const NEW_ANSWER = 'Bel bij een uit de hand lopende discussie meteen Communicatie (versie 2).';
const QUESTION = 'Er ontstaat een scheldpartij onder mijn bericht, wat moet ik doen?';

/** A process's bot over a live view of version 1, and version 2 with another answer for regel-7. */
async function setUp() {
  const data = await knowledgeData();
  const live = new LiveKnowledge(createKnowledgeBase(data, 'CNV'), 1);
  const logger = captureLogger();
  const bot = new Bot({
    kb: live.kb,
    clock: { now: () => new Date('2026-11-24T09:00:00Z') },
    random: () => 0,
    logger,
    defaultLang: 'nl',
    models: await learnedModels(),
  });
  const items = data.items.map((i) => (i.id === 'regel-7' ? { ...i, answer: { ...i.answer, nl: NEW_ANSWER } } : i));
  const version2 = createKnowledgeBase({ ...data, items }, 'CNV');
  const ask = async () => JSON.stringify((await bot.handle(message(QUESTION))).reply);
  return { live, bot, logger, version2, ask };
}

describe('following the published version', () => {
  it('answers a question asked while the new version is being built from the old version, then from the new one', async () => {
    const { live, bot, logger, version2, ask } = await setUp();
    expect(await ask()).not.toContain(NEW_ANSWER);
    // The build is held at its first pause: answers meanwhile come from version 1.
    let pauses = 0;
    let building: () => void = () => undefined;
    let release: () => void = () => undefined;
    const started = new Promise<void>((resolve) => {
      building = resolve;
    });
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const pause = async () => {
      pauses++;
      if (pauses === 1) {
        building();
        await held;
      }
      await yieldToAnswers();
    };
    const follow = followVersions({
      live,
      prepare: (kb: KnowledgeBase, p) => bot.prepareKnowledge(kb, p),
      latestNumber: async () => 2,
      load: async () => version2,
      intervalMs: 'manual',
      pause,
      logger,
    });
    const swapped = follow.check();
    await started;
    const during = await ask();
    expect(during).toContain('Regel 7');
    expect(during).not.toContain(NEW_ANSWER);
    expect(live.version).toBe(1);
    release();
    await swapped;
    // Built in slices: the index an item at a time, then the classifier and the check's word lists.
    expect(pauses).toBeGreaterThan(version2.items.length);
    expect(live.version).toBe(2);
    expect(await ask()).toContain(NEW_ANSWER);
    expect(logger.lines).toContainEqual(expect.objectContaining({ event: 'knowledge.version', from: 1, to: 2, via: 'publish' }));
    await follow.stop();
  });

  it('keeps the answers going while a version is built: other work runs between its slices', async () => {
    const { live, bot, logger, version2 } = await setUp();
    const follow = followVersions({
      live,
      prepare: (kb, p) => bot.prepareKnowledge(kb, p),
      latestNumber: async () => 2,
      load: async () => version2,
      intervalMs: 'manual',
      logger,
    });
    const swapped = follow.check();
    // Each turn of the event loop during the build is a moment an answer could be given; count them.
    let turns = 0;
    let done = false;
    const finished = swapped.then(() => {
      done = true;
    });
    while (!done) {
      await yieldToAnswers();
      turns++;
    }
    await finished;
    expect(turns).toBeGreaterThan(version2.items.length);
    expect(live.version).toBe(2);
    await follow.stop();
  });

  it('polls only as a safety net while PostgreSQL notifies, every second once the channel is lost, and listens again', async () => {
    const { live, logger, version2 } = await setUp();
    vi.useFakeTimers();
    try {
      let asked = 0;
      let listens = 0;
      let serverUp = true;
      let connected = false;
      let lose: (error: unknown) => void = () => undefined;
      let notify: () => void = () => undefined;
      const follow = followVersions({
        live,
        prepare: async () => () => undefined,
        latestNumber: async () => {
          asked++;
          return 1;
        },
        load: async () => version2,
        listen: async (onVersion, onLost) => {
          listens++;
          if (!serverUp) throw new Error('connection refused');
          [connected, notify, lose] = [true, onVersion, onLost];
          return { connected: () => connected, close: async () => undefined };
        },
        intervalMs: 1000,
        logger,
      });
      await vi.advanceTimersByTimeAsync(0);
      expect([listens, asked]).toEqual([1, 1]); // listening, and one round for what was published before
      await vi.advanceTimersByTimeAsync(10_000);
      expect(asked).toBe(1); // notified: no polling
      notify();
      await vi.advanceTimersByTimeAsync(0);
      expect(asked).toBe(2);
      await vi.advanceTimersByTimeAsync(30_000);
      expect(asked).toBe(3); // the safety net, once in 30 s

      serverUp = false;
      connected = false;
      lose(new Error('terminated'));
      await vi.advanceTimersByTimeAsync(10_000);
      expect(asked).toBe(13); // every second
      expect(listens).toBe(3); // and listening again every 5 s
      serverUp = true;
      await vi.advanceTimersByTimeAsync(5_000);
      expect(listens).toBe(4);
      const polled = asked;
      await vi.advanceTimersByTimeAsync(10_000);
      expect(asked).toBe(polled);
      expect(logger.lines.filter((l) => l.event === 'knowledge.listen-lost').length).toBeGreaterThanOrEqual(2);
      await follow.stop();
    } finally {
      vi.useRealTimers();
    }
  });
});
