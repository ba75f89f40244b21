// Journey 5: on a small phone (390×844, touch) the main screens are usable and axe-clean.
import { expect, it } from 'vitest';
import { expectHeading, expectNoAxeViolations, newPage, uniqueEmail } from './browser';
import { journeyFixture } from './fixture';
import { visit } from './journeys';

const journey = journeyFixture();

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

it('works on a small phone: home, sign up, account', async () => {
  const page = await newPage(journey.browser, journey.server.url, phone);
  await visit(page, '/', /^Welcome to /);
  // Nothing is wider than the screen.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth > window.innerWidth,
  );
  expect(overflow).toBe(false);

  const help = page.getByRole('banner').getByRole('link', { name: 'Get help now' });
  const box = await help.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);

  await page.getByRole('link', { name: 'Create an account' }).tap();
  await expectHeading(page, 'Create your account');
  await expectNoAxeViolations(page);

  await page.getByLabel('Email').fill(uniqueEmail('phone'));
  await page.getByLabel('Password', { exact: true }).fill('typed on a phone');
  await page.getByRole('button', { name: 'Suggest a pseudonym' }).tap();
  expect(await page.getByLabel('Display name').inputValue()).not.toBe('');
  await page.getByRole('button', { name: 'Create account' }).tap();
  await expectHeading(page, 'Your account');
  await expectNoAxeViolations(page);
  await visit(page, '/signin', 'Sign in');
});

it('stays readable in the dark colour scheme (phones at night)', async () => {
  const page = await newPage(journey.browser, journey.server.url, {
    ...phone,
    colorScheme: 'dark',
  });
  await visit(page, '/', /^Welcome to /);
  await page.goto('/signup');
  await expectHeading(page, 'Create your account');
  await page.getByRole('button', { name: 'Create account' }).tap();
  await page.getByText('Enter a valid email address').waitFor();
  await expectNoAxeViolations(page);
});

it('keeps the directory, its badges and a group page readable in the dark', async () => {
  const page = await newPage(journey.browser, journey.server.url, {
    ...phone,
    colorScheme: 'dark',
  });
  await visit(page, '/groups?q=grief', 'Find a support group');
  await page.getByRole('article').first().waitFor();
  await page.getByRole('button', { name: /^Filters/ }).tap();
  await expectNoAxeViolations(page);
  await visit(page, '/groups/duelo-y-esperanza-en-linea', 'Duelo y Esperanza (en línea)');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth > window.innerWidth,
  );
  expect(overflow).toBe(false);
});
