/**
 * `npm run test:e2e`: Richtlijnenbot in a real Teams client. Starts the bot (Teams emulator
 * mode, a fresh database), the Microsoft 365 Agents Playground in front of it and headless
 * Chromium (Debian's, driven by playwright-core), then does what a person does: asks, checks a
 * draft, presses every kind of button, votes, escalates with the message extension and handles
 * the escalation in the department's channel, then edits an answer in the web console (issue 19)
 * and asks the bot again. Each step asserts what the page shows and that exactly one reply came;
 * screenshots go to artifacts/e2e/ (or E2E_OUT).
 */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { axe } from './browser.js';
import { editAnswerAndPublish, NEW_ANSWER } from './knowledge-flow.js';
import { freePort, ROOT, type Running, startBot, startPlayground } from './processes.js';
import { PlaygroundSession, SEL } from './session.js';

const OUT = resolve(process.env.E2E_OUT ?? join(ROOT, 'artifacts/e2e'));
/** Screenshots of this run that the README shows (docs/screenshots/), refreshed with UPDATE_DOCS=1. */
const DOC_SHOTS = [
  ['card-welcome', 'teams-welcome'],
  ['card-answer', 'teams-answer'],
  ['card-check', 'teams-check'],
  ['dialog-escalate', 'teams-escalate-form'],
  ['card-escalation-claimed', 'teams-escalation-card'],
] as const;
const results: Array<{ step: string; ok: boolean; ms: number; error?: string; screenshot?: string }> = [];

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** Visible text of a card, without the invisible word joiners that keep a `<` from forming a tag. */
const textOf = async (card: ReturnType<PlaygroundSession['card']>) => (await card.innerText()).replace(/\u2060/g, '');

async function main(): Promise<number> {
  mkdirSync(OUT, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'richtlijnenbot-e2e-'));
  const running: Running[] = [];
  let s: PlaygroundSession | undefined;
  try {
    const [botPort, pgPort] = [await freePort(), await freePort()];
    // PUBLIC_URL: the console's sign-in links (`beheer`, step 17) open the bot on this machine.
    running.push(await startBot({ port: botPort, dataDir: join(work, 'data'), logDir: OUT, env: { PUBLIC_URL: `http://127.0.0.1:${botPort}` } }));
    running.push(await startPlayground({ port: pgPort, botPort, workDir: join(work, 'playground'), logDir: OUT }));
    s = await PlaygroundSession.open(`http://127.0.0.1:${pgPort}/`, OUT);
    await scenario(s);
  } catch (error) {
    // A failed step is in the results already; anything else failed in the set-up.
    if (!results.some((r) => !r.ok)) {
      results.push({ step: 'set-up', ok: false, ms: 0, error: String((error as Error).message ?? error) });
      process.stderr.write(`FAIL set-up: ${(error as Error).message ?? error}\n`);
    }
  } finally {
    writeFileSync(join(OUT, 'summary.json'), JSON.stringify({ results, problems: s?.problems(), blocked: s?.blocked, events: s?.events }, null, 2));
    await s?.close();
    for (const r of running.reverse()) await r.stop();
  }
  const failed = results.filter((r) => !r.ok);
  // The README's pictures are refreshed on purpose only, so that a run leaves the tree clean.
  if (process.env.UPDATE_DOCS === '1' && failed.length === 0) {
    for (const [shot, doc] of DOC_SHOTS) copyFileSync(join(OUT, `${shot}.png`), join(ROOT, 'docs/screenshots', `${doc}.png`));
  }
  process.stderr.write(`\n${results.length - failed.length} of ${results.length} steps passed; screenshots and logs in ${OUT}\n`);
  return failed.length === 0 && results.length > 0 ? 0 : 1;
}

async function scenario(s: PlaygroundSession): Promise<void> {
  /** One step: stops the run at the first failure (later steps build on earlier ones). */
  const step = async (name: string, run: () => Promise<void>) => {
    const start = Date.now();
    const mark = s.events.length;
    try {
      await run();
      const problems = s.problems(mark);
      check(problems.length === 0, `the Playground or the page reported: ${problems.join('; ')}`);
      results.push({ step: name, ok: true, ms: Date.now() - start, screenshot: await s.shot(name) });
      process.stderr.write(`ok   ${name} (${Date.now() - start} ms)\n`);
    } catch (error) {
      results.push({
        step: name,
        ok: false,
        ms: Date.now() - start,
        error: String((error as Error).message),
        screenshot: await s.shot(`${name}-failed`).catch(() => undefined),
      });
      process.stderr.write(`FAIL ${name}: ${(error as Error).message}\n`);
      throw error;
    }
  };
  const oneReply = (replies: string[]) => check(replies.length === 1, `expected exactly one reply, got ${replies.length}`);
  const noPlainMarkup = (text: string) => {
    check(!/\/socialmedia|`|‹|›|\{cmd:/.test(text), `the card shows markup meant for another surface: ${JSON.stringify(text.slice(0, 200))}`);
  };
  let personal = '';

  await step('01-welcome', async () => {
    await s.until(() => s.events.some((e) => e.kind === 'log' && e.activity === 'installationUpdate' && e.status !== undefined), 'the install event');
    const card = s.card('Welkom bij Richtlijnenbot');
    await card.waitFor();
    check(s.created(0).length === 1, `expected one welcome card, got ${s.created(0).length}`);
    personal = s.created(0)[0]?.conversation ?? '';
    const text = await textOf(card);
    check(text.includes('check <je concept>'), 'the welcome shows "check <je concept>" as typed');
    noPlainMarkup(text);
    await s.shotOf('card-welcome', card);
  });

  await step('02-help', async () => {
    oneReply(await s.turn(() => s.say('help')));
    await s.card('Richtlijnenbot: zo werkt het').waitFor();
  });

  const answer = () => s.card('Beeld-, auteurs- en citaatrecht');
  await step('03-answer', async () => {
    oneReply(await s.turn(() => s.say('mag ik een foto van een collega posten?')));
    const text = await textOf(answer());
    check(text.split('Bedenk dat… (auteursrecht)').length === 2, 'the answer cites its source once');
    noPlainMarkup(text);
    for (const title of ['Meer over regel 1', '👍', '👎'])
      check((await answer().locator(SEL.button(title)).count()) === 1, `the answer has a "${title}" button`);
    await s.shotOf('card-answer', answer());
  });

  await step('04-follow-up-button', async () => {
    oneReply(await s.turn(() => answer().locator(SEL.button('Meer over regel 1')).click()));
    await s.card('Regel 1: Deel kennis, maar niets vertrouwelijks').waitFor();
  });

  await step('05-vote', async () => {
    const mark = s.events.length;
    const invoked = s.page.waitForResponse((r) => r.url().includes('/_conversation/v1/invoke'));
    await answer().locator(SEL.button('👍')).click();
    check((await invoked).status() === 200, 'the vote was answered');
    await answer().getByText('Bedankt, fijn dat je er iets aan had!').waitFor();
    check((await answer().locator(SEL.button('👍')).count()) === 0, 'the vote buttons are gone from the card');
    check(s.created(mark).length === 0, 'a vote makes no new message');
    await s.shotOf('card-answer-voted', answer());
  });

  await step('06-check', async () => {
    oneReply(await s.turn(() => s.say('check Mijn baas is een idioot, bel me op 0612345678')));
    const text = await textOf(s.card('Check van je concept'));
    check(text.split('Rood').length === 2 && !/ROOD/.test(text), 'the verdict says "Rood" once');
    check(text.includes('Bereik Communicatie via #communicatie, pers@cnv.nl of 030 751 10 07.'), 'the check says how to reach the department');
    noPlainMarkup(text);
    await s.shotOf('card-check', s.card('Check van je concept'));
  });

  await step('07-disclaimer-button', async () => {
    // An opinion about the employer without "personal view": oranje, with a disclaimer to make.
    oneReply(await s.turn(() => s.say('check Ik werk bij het CNV en vind het nieuwe pensioenakkoord een slechte deal.')));
    const check = s.card(/Oranje/);
    oneReply(await s.turn(() => check.locator(SEL.button('Disclaimer maken')).click()));
    await s.card('Disclaimer voor je persoonlijke blog').waitFor();
  });

  await step('08-language', async () => {
    oneReply(await s.turn(() => s.say('taal en')));
    oneReply(await s.turn(() => s.say('tip')));
    const tips = s.page.locator(SEL.card).filter({ hasText: 'Tip of the day' });
    oneReply(await s.turn(() => tips.last().locator(SEL.button('Another tip')).click()));
    check((await tips.count()) === 2, 'the tip and "Another tip" came in English');
    oneReply(await s.turn(() => s.say('taal nl')));
  });

  const channel = 'team-id';
  await step('09-bind-channel', async () => {
    await s.open('My Team - General', { firstTime: true });
    oneReply(await s.turn(() => s.say('afdeling koppel communicatie', { mention: true, post: true })));
    await s.page.getByText('Dit kanaal ontvangt vanaf nu de escalaties van Communicatie.').first().waitFor();
  });

  let ref = '';
  await step('10-escalate-form', async () => {
    await s.open('Personal Chat');
    await s.page.locator('button[aria-label="Trigger Message Extension App"]').first().click();
    await s.page.getByText('Action Command').click();
    await s.page.getByPlaceholder('Input command id or leave blanks').fill('escaleer');
    await s.turn(() => s.page.getByRole('button', { name: 'Create' }).click(), 'invoke');
    await s.page.getByText('Loopt een online discussie uit de hand?').waitFor();
    await s.page.locator('input[type=url]').first().fill('https://x.com/cnv/status/1');
    await s.page.locator('textarea').first().fill('Boze reacties <b>onder</b> onze post & meer');
    await s.shotOf('dialog-escalate', s.page.getByRole('dialog').first());
  });

  await step('11-escalate-reported', async () => {
    const mark = s.events.length;
    await s.turn(() => s.page.getByRole('button', { name: 'Melden' }).click(), 'invoke');
    const reported = await s.page
      .getByText(/Gemeld: E-[A-Z0-9]{5}/)
      .first()
      .innerText();
    ref = /E-[A-Z0-9]{5}/.exec(reported)?.[0] ?? '';
    await s.until(() => s.created(mark).some((e) => e.conversation === channel), 'the card in the department channel', 30_000);
    await s.page.locator('button[aria-label="Close"]').first().click();
  });

  const departmentCard = () => s.card(`Escalatie ${ref}`);
  await step('12-department-card', async () => {
    await s.open('My Team - General');
    const text = await textOf(departmentCard());
    check(text.includes('Boze reacties <b>onder</b> onze post & meer'), 'the description shows as typed');
    check(text.includes('Open: nog niemand heeft dit opgepakt'), 'the card is open');
  });

  await step('13-claim', async () => {
    const mark = s.events.length;
    const invoked = s.page.waitForResponse((r) => r.url().includes('/_conversation/v1/invoke'));
    await departmentCard().locator(SEL.button('Ik pak dit op')).click();
    check((await (await invoked).text()).includes(`Je hebt ${ref} opgepakt. De melder weet het.`), 'the one who pressed is told, on the card');
    await s.until(
      () => s.since(mark).some((e) => e.kind === 'push' && e.action === 'updateMessage' && e.conversation === channel),
      'the card updated in place',
      30_000,
    );
    await departmentCard().getByText('Opgepakt door Alex Wilber').waitFor();
    await s.until(() => s.created(mark).some((e) => e.conversation === personal), 'the notice to the reporter', 30_000);
    check(
      s.created(mark).every((e) => e.conversation !== channel),
      'no new message in the channel',
    );
    await s.shotOf('card-escalation-claimed', departmentCard());
  });

  await step('14-resolve', async () => {
    const mark = s.events.length;
    await departmentCard().locator(SEL.button('Afgehandeld')).first().click();
    await departmentCard().locator('textarea').fill('Gereageerd met een rustige uitleg');
    const invoked = s.page.waitForResponse((r) => r.url().includes('/_conversation/v1/invoke'));
    await departmentCard().locator(SEL.button('Afgehandeld')).last().click();
    check((await (await invoked).text()).includes(`${ref} is afgehandeld. De melder weet het.`), 'the one who pressed is told, on the card');
    await s.until(
      () => s.since(mark).some((e) => e.kind === 'push' && e.action === 'updateMessage' && e.conversation === channel),
      'the card updated in place',
      30_000,
    );
    await departmentCard().getByText('Afgehandeld door Alex Wilber').waitFor();
    await s.until(() => s.created(mark).some((e) => e.conversation === personal), 'the notice to the reporter', 30_000);
    check(!(await s.page.getByText('een concept laat ik niet').count()), 'no note about a draft after resolving');
  });

  await step('15-reporter-told', async () => {
    await s.open('Personal Chat');
    await s.page.getByText(`Je melding ${ref} is opgepakt door Alex Wilber (Communicatie).`).first().waitFor();
    await s.page.getByText(`Je melding ${ref} is afgehandeld door Communicatie. Uitkomst: Gereageerd met een rustige uitleg`).first().waitFor();
  });

  await step('16-group-check', async () => {
    await s.open('Group Chat', { firstTime: true });
    const replies = await s.turn(() => s.say('check Wat een idioot is mijn baas', { mention: true }));
    check(replies.length === 2 && replies[0] === personal, `a private card in the personal chat and one note here, got ${JSON.stringify(replies)}`);
    await s.page
      .locator('p', { hasText: 'Ik heb je persoonlijk geantwoord, in je chat met mij: een concept laat ik niet aan anderen zien.' })
      .first()
      .waitFor();
  });

  // Issue 19: the same person opens the web console from Teams, edits an answer, sees the review,
  // publishes, and asks the bot the question in Teams again: the card shows the new answer.
  let question = '';
  await step('17-knowledge-edit', async () => {
    await s.open('Personal Chat');
    oneReply(await s.turn(() => s.say('beheer')));
    const href = await s.card('Je inloglink voor de webconsole').locator('a[href*="/console/login"]').first().getAttribute('href');
    check(href?.startsWith('http://127.0.0.1:'), `a console link on this machine, got ${href}`);
    const web = await s.page.context().newPage();
    try {
      await web.goto(href as string);
      await web.getByRole('button', { name: 'Aanmelden' }).click();
      await web.waitForURL(/\/console\/$/);
      ({ question } = await editAnswerAndPublish(web, async (name) => {
        await web.waitForLoadState('load');
        const { violations } = await axe(web, name);
        check(violations.length === 0, `axe-core on ${name}: ${JSON.stringify(violations)}`);
        await web.screenshot({ path: join(OUT, `console-${name}.png`), fullPage: true });
      }));
    } finally {
      await web.close();
    }
  });

  await step('18-knowledge-answer', async () => {
    await s.page.bringToFront();
    oneReply(await s.turn(() => s.say(question)));
    const card = s.card(NEW_ANSWER.slice(0, 40));
    await card.waitFor();
    check((await textOf(card)).includes(NEW_ANSWER), 'the answer card shows the published answer');
    await s.shotOf('card-knowledge-answer', card);
  });
}

process.exitCode = await main();
