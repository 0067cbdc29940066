import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';

/** A new Dutch answer for regel-7, as the communication department might write it. */
export const NEW_ANSWER = 'Loopt een discussie uit de hand? Bel meteen de afdeling Communicatie en spreek samen een aanpak af (nieuw in de console).';

/**
 * Issue 19 as a person does it, in a console page already signed in by someone who may edit:
 * Kennis → regel-7 → an empty Dutch answer (the error next to the field, nothing saved) → the new
 * answer → the review (which answers change) → publish (confirmed when the review asks) → the
 * diff. `step` is called after each page (axe and a screenshot). Returns the item's first Dutch
 * example question, to ask the bot.
 */
export async function editAnswerAndPublish(page: Page, step: (name: string) => Promise<void>): Promise<{ question: string; version: number }> {
  await page.getByRole('link', { name: 'Kennis', exact: true }).click();
  await page.waitForURL(/\/console\/kennis$/);
  await step('k01-kennis');
  await page.locator('a[href="/console/kennis/item?id=regel-7"]').click();
  await page.waitForURL(/kennis\/item\?id=regel-7/);
  await step('k02-item');
  const examples = await page.getByLabel('Voorbeeldvragen (Nederlands), één per regel').inputValue();
  const question = examples.split('\n')[0] ?? '';
  assert.notEqual(question, '', 'the item has a Dutch example question');

  // Invalid: an empty answer. Nothing is saved; the message sits next to the field.
  const answer = page.getByLabel('Antwoord (Nederlands)');
  await answer.fill('   ');
  await page.getByRole('button', { name: 'Bekijk het effect' }).click();
  await page.locator('#e-answer_nl').waitFor();
  assert.match((await page.getByRole('alert').first().textContent()) ?? '', /Niets opgeslagen/);
  assert.equal(await answer.getAttribute('aria-invalid'), 'true');
  assert.equal(await answer.getAttribute('aria-describedby'), 'e-answer_nl');
  assert.equal(await page.locator('#f-answer_nl + .field-error').textContent(), 'is empty');
  assert.equal(await page.locator('#h-review').count(), 0, 'no review of an invalid edit');
  await step('k03-invalid');

  // Valid: the review says which answers change.
  await answer.fill(NEW_ANSWER);
  await page.getByRole('button', { name: 'Bekijk het effect' }).click();
  const review = page.locator('section[aria-labelledby="h-review"]');
  await review.waitFor();
  const reviewText = (await review.textContent()) ?? '';
  assert.match(reviewText, /items\.regel-7\.answer\.nl/);
  assert.match(reviewText, /\d+ van \d+ voorbeeldvragen goed \(was \d+\); \d+ van \d+ vragen krijgen een ander eerste antwoord\./);
  await step('k04-review');

  await page.getByLabel('Toelichting').fill('regel 7: bel Communicatie');
  const confirm = page.getByLabel('Ik weet dat antwoorden slechter worden en publiceer toch');
  if ((await confirm.count()) > 0) await confirm.check();
  await page.getByRole('button', { name: 'Publiceren' }).click();
  await page.waitForURL(/\/console\/kennis$/);
  const flash = (await page.locator('.flash').textContent()) ?? '';
  const version = Number(/Versie (\d+) is gepubliceerd/.exec(flash)?.[1]);
  assert.ok(version > 1, `published as a new version: ${flash}`);
  assert.match((await page.locator('tbody tr').first().textContent()) ?? '', /regel 7: bel Communicatie/);
  await step('k05-published');

  // The diff of the new version, one click from the history.
  await page.getByRole('link', { name: 'Verschil met de vorige' }).first().click();
  assert.equal(await page.locator('ins').first().textContent(), NEW_ANSWER);
  await step('k06-diff');
  return { question, version };
}
