import { AnswerEngine } from '../../src/core/answer/answer.js';
import { DraftChecker } from '../../src/core/check/engine.js';
import type { HandlerContext, Services } from '../../src/core/handlers/handler.js';
import type { Inbound } from '../../src/core/inbound.js';
import type { Lang } from '../../src/core/lang.js';
import { captureLogger, knowledgeBase, message } from './bot.js';

let base: Promise<Pick<Services, 'kb' | 'engine' | 'checker'>> | undefined;

/** The knowledge, the answer engine and the draft check, built once per test file. */
function sharedParts(): Promise<Pick<Services, 'kb' | 'engine' | 'checker'>> {
  base ??= knowledgeBase().then((kb) => ({
    kb,
    engine: new AnswerEngine(kb),
    checker: new DraftChecker({ lexicons: kb.lexicons, organisation: kb.organisation, orgName: kb.orgName }),
  }));
  return base;
}

/** What a handler gets for `text`: real knowledge and engines, a fixed clock, a captured logger; `services` adds or replaces. */
export async function handlerContext(
  text: string,
  options: { lang?: Lang; inbound?: Partial<Inbound>; services?: Partial<Services> } = {},
): Promise<HandlerContext & { logger: ReturnType<typeof captureLogger> }> {
  const logger = captureLogger();
  const services: Services = {
    ...(await sharedParts()),
    clock: { now: () => new Date('2026-11-24T09:00:00Z') },
    random: () => 0,
    logger,
    timeZone: 'Europe/Amsterdam',
    ...options.services,
  };
  return { inbound: message(text, options.inbound), lang: options.lang ?? 'nl', services, logger };
}
