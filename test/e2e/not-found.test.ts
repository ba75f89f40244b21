// Journey 6: a mistyped or old address gets a kind not-found page, not a blank screen.
import { expect, it } from 'vitest';
import { expectHeading, newPage } from './browser';
import { journeyFixture } from './fixture';
import { visit } from './journeys';

const journey = journeyFixture();

it('shows a friendly not-found page with a way home and to help', async () => {
  const page = await newPage(journey.browser, journey.server.url);
  await visit(page, '/meetings/does-not-exist', 'We couldn’t find that page');
  expect(await page.title()).toBe('Page not found · Kindred');
  const main = page.getByRole('main');
  expect(await main.getByRole('link', { name: 'Get help now' }).getAttribute('href')).toBe('/help');
  await main.getByRole('link', { name: 'Go to the home page' }).click();
  await expectHeading(page, /^Welcome to /);
  expect(new URL(page.url()).pathname).toBe('/');
});

it('moves focus to the new heading after an in-app navigation', async () => {
  const page = await newPage(journey.browser, journey.server.url);
  await visit(page, '/nowhere', 'We couldn’t find that page');
  await page.getByRole('link', { name: 'Go to the home page' }).focus();
  await page.keyboard.press('Enter');
  await expectHeading(page, /^Welcome to /);
  const focused = await page.evaluate(() => document.activeElement?.tagName);
  expect(focused).toBe('H1');
});
