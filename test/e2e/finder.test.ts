// Journey 6: a newcomer on a small phone answers the guided finder, one gentle question at a
// time, and finds an online Spanish-language grief group (from the demo data), then opens it.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectHeading, expectNoAxeViolations, newPage } from './browser';
import { journeyFixture } from './fixture';
import { visit } from './journeys';

const journey = journeyFixture();

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** The progress line reads `text` and focus sits on the new question's legend. */
async function expectStep(page: Page, text: string, legend: string): Promise<void> {
  await page.getByText(text, { exact: true }).waitFor();
  const focused = await page.evaluate(() => ({
    tag: document.activeElement?.tagName,
    text: document.activeElement?.textContent,
  }));
  expect(focused).toEqual({ tag: 'LEGEND', text: legend });
}

async function next(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Next' }).tap();
}

it('finds an online Spanish grief group through the guided finder on a phone', async () => {
  const page = await newPage(journey.browser, journey.server.url, phone);
  await visit(page, '/', /^Welcome to /);
  await page.getByRole('link', { name: 'Help me choose' }).tap();
  await expectHeading(page, 'Let’s find a group that suits you');
  await page.getByText('Your answers stay on this device and are not saved.').waitFor();
  await page.getByText('Step 1 of 7', { exact: true }).waitFor();
  await expectNoAxeViolations(page);

  await page.getByRole('checkbox', { name: 'Grief and loss' }).check();
  await next(page);
  await expectStep(page, 'Step 2 of 7', 'Who is the support for?');
  expect(await page.getByRole('radio', { name: 'For me' }).isChecked()).toBe(true);
  await next(page);
  await expectStep(page, 'Step 3 of 7', 'How would you like to meet?');
  await page.getByRole('radio', { name: 'Online' }).check();
  // Online only: the distance question drops out of the count.
  await page.getByText('Step 3 of 6', { exact: true }).waitFor();
  await next(page);
  await expectStep(page, 'Step 4 of 6', 'When are you free?');
  await page.getByRole('radio', { name: 'Only certain days or times' }).check();
  await page.getByRole('group', { name: 'Days' }).waitFor();
  await expectNoAxeViolations(page);
  await page.getByRole('radio', { name: 'Any time works for me' }).check();

  // Back returns to the previous question with its answer kept.
  await page.getByRole('button', { name: 'Back' }).tap();
  await expectStep(page, 'Step 3 of 6', 'How would you like to meet?');
  expect(await page.getByRole('radio', { name: 'Online' }).isChecked()).toBe(true);
  await next(page);
  await next(page);
  await expectStep(page, 'Step 5 of 6', 'Which language would you like the group in?');
  await page.getByRole('radio', { name: 'Spanish (Español)' }).check();
  await next(page);
  await expectStep(page, 'Step 6 of 6', 'Does any of this matter to you?');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Show groups' }).tap();

  const results = page.getByRole('heading', { level: 2, name: 'Groups that may suit you' });
  await results.waitFor();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('finder-results-heading');
  const card = page.getByRole('article', { name: 'Duelo y Esperanza (en línea)' });
  await card.waitFor();
  const reasons = card.getByRole('list', { name: 'Why it may suit you' });
  expect(await reasons.textContent()).toContain('for people grieving a loss');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth > window.innerWidth,
  );
  expect(overflow).toBe(false);
  await expectNoAxeViolations(page);

  await card.getByRole('link', { name: 'Duelo y Esperanza (en línea)' }).tap();
  await expectHeading(page, 'Duelo y Esperanza (en línea)');
  expect(new URL(page.url()).pathname).toBe('/groups/duelo-y-esperanza-en-linea');
  expect(await page.title()).toContain('Duelo y Esperanza');
  expect(await page.getByRole('heading', { level: 1 }).getAttribute('lang')).toBe('es');
  await page.getByRole('heading', { name: 'What to expect at your first meeting' }).waitFor();
  await page.getByRole('heading', { name: 'How to take part' }).waitFor();
  const main = (await page.locator('main').textContent()) ?? '';
  expect(main).toContain('Spanish');
  expect(main).toContain('Every Thursday');
  await expectNoAxeViolations(page);

  // Back shows the same results again: the answers stayed in this tab's memory.
  await page.goBack();
  await page.getByRole('article', { name: 'Duelo y Esperanza (en línea)' }).waitFor();
  await page.getByRole('button', { name: 'Start again' }).tap();
  await expectStep(page, 'Step 1 of 7', 'What would you like support with?');
  expect(await page.getByRole('checkbox', { name: 'Grief and loss' }).isChecked()).toBe(false);
});

it('offers a warm way forward when nothing fits everything', async () => {
  const page = await newPage(journey.browser, journey.server.url, phone);
  await page.goto('/find');
  await expectHeading(page, 'Let’s find a group that suits you');
  await page.getByRole('checkbox', { name: 'Retirement' }).check();
  await next(page);
  await next(page);
  await page.getByRole('radio', { name: 'In person' }).check();
  await next(page);
  await page.getByRole('radio', { name: 'Only certain days or times' }).check();
  await page.getByRole('checkbox', { name: 'Sunday' }).check();
  await page.getByRole('checkbox', { name: 'Night' }).check();
  await next(page);
  await page.getByRole('radio', { name: 'Spanish (Español)' }).check();
  await next(page);
  await page.getByRole('checkbox', { name: 'A group for men' }).check();
  await next(page);
  await expectStep(page, 'Step 7 of 7', 'How far can you travel?');
  await page.getByLabel('Your postal code or city').fill('60555');
  await page.getByRole('button', { name: 'Show groups' }).tap();
  await page
    .getByRole('heading', { level: 2, name: 'We didn’t find a group that fits everything' })
    .waitFor();
  await page.getByRole('link', { name: 'Browse all groups' }).waitFor();
  expect(await page.getByRole('link', { name: 'Talk to someone now' }).getAttribute('href')).toBe(
    '/help',
  );
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Change my answers' }).tap();
  await expectStep(page, 'Step 7 of 7', 'How far can you travel?');
  expect(await page.getByLabel('Your postal code or city').inputValue()).toBe('60555');
});
