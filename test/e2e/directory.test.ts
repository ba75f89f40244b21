// Journey 7: someone filters the directory for in-person family groups near 60555 on Tuesday
// evenings; every result matches, the address carries the filters, and a reload keeps them.
// Also: "Show more", the empty state, and "Use my location".
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectHeading, expectNoAxeViolations, newPage } from './browser';
import { journeyFixture } from './fixture';
import { visit } from './journeys';

const journey = journeyFixture();

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** Waits until the results answer the current filters and returns the status line. */
async function settled(page: Page): Promise<string> {
  const status = page.locator('.results__status');
  await page.waitForFunction(() => {
    const text = document.querySelector('.results__status')?.textContent ?? '';
    return !text.startsWith('Looking') && document.querySelector('.results[aria-busy="false"]');
  });
  return (await status.textContent()) ?? '';
}

async function cardTexts(page: Page): Promise<string[]> {
  return page.locator('.results__list article').allTextContents();
}

it('filters for in-person family groups near 60555 on Tuesday evenings', async () => {
  const page = await newPage(journey.browser, journey.server.url, phone);
  await visit(page, '/groups', 'Find a support group');
  await settled(page);

  const toggle = page.getByRole('button', { name: /^Filters/ });
  expect(await toggle.getAttribute('aria-expanded')).toBe('false');
  await toggle.tap();
  expect(await toggle.getAttribute('aria-expanded')).toBe('true');
  await expectNoAxeViolations(page);

  await page.getByLabel('Kind of support').selectOption('family-caregivers');
  await page.getByRole('checkbox', { name: 'Tuesday' }).check();
  await page.getByRole('checkbox', { name: /^Evening/ }).check();
  await page.getByRole('checkbox', { name: 'In person' }).check();
  await page.getByLabel('Near', { exact: true }).fill('60555');
  await page.getByLabel('Within').selectOption('10');
  await page.getByLabel('Near', { exact: true }).press('Enter');
  await page.waitForURL((url) => url.searchParams.get('near') === '60555');
  // On a phone, searching from the panel folds it away and goes to the results.
  expect(await toggle.getAttribute('aria-expanded')).toBe('false');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('results-heading');
  const status = await settled(page);
  expect(status).toMatch(/groups? found\. Within 10 miles of Warrenville, IL/);
  expect(await toggle.textContent()).toContain('5 chosen');

  const url = new URL(page.url());
  expect(Object.fromEntries(url.searchParams)).toEqual({
    category: 'family-caregivers',
    day: '2',
    time: 'evening',
    format: 'in-person',
    near: '60555',
    radius: '10',
  });

  const cards = await cardTexts(page);
  expect(cards.length).toBeGreaterThan(0);
  for (const card of cards) {
    expect(card).toContain('Tuesday');
    expect(card).toContain('In person');
    expect(card).toMatch(/miles? away/);
  }
  await expectNoAxeViolations(page);

  // The address is the search: a reload (or a shared link) shows the same thing.
  await page.reload();
  await expectHeading(page, 'Find a support group');
  await settled(page);
  expect(await cardTexts(page)).toEqual(cards);
  await page.getByRole('button', { name: /^Filters/ }).tap();
  expect(await page.getByRole('checkbox', { name: 'Tuesday' }).isChecked()).toBe(true);
  expect(await page.getByLabel('Near', { exact: true }).inputValue()).toBe('60555');
  expect(await page.getByLabel('Within').inputValue()).toBe('10');
  expect(await page.getByLabel('Sort by').inputValue()).toBe('next');
  await page.getByLabel('Sort by').selectOption('nearest');
  await page.waitForURL((u) => u.searchParams.get('sort') === 'nearest');
  await settled(page);
  const facts = page.getByRole('list', { name: 'About this group' });
  const distances = await facts.evaluateAll((lists) =>
    lists.map((list) => list.lastElementChild?.textContent ?? ''),
  );
  const miles = distances.map((text) => Number.parseFloat(text));
  expect(miles.every((value) => value <= 10)).toBe(true);
  expect(miles).toEqual([...miles].sort((a, b) => a - b));
});

it('shows more groups on request and says so, moving focus to the first new one', async () => {
  const page = await newPage(journey.browser, journey.server.url);
  await visit(page, '/groups', 'Find a support group');
  expect(await settled(page)).toBe('Showing 20 groups. There are more.');
  await page.getByRole('button', { name: 'Show more groups' }).click();
  await page
    .locator('.results__status')
    .filter({ hasText: /more groups? loaded/ })
    .waitFor();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('result-20');
  expect((await cardTexts(page)).length).toBeGreaterThan(20);
  await expectNoAxeViolations(page);
});

it('is kind when nothing matches, and every way out works', async () => {
  const page = await newPage(journey.browser, journey.server.url);
  await page.goto('/groups?q=zebra%20juggling&day=0&format=in-person');
  await expectHeading(page, 'Find a support group');
  await page.getByRole('heading', { name: 'No groups match all of these choices' }).waitFor();
  await page
    .getByRole('link', { name: 'Answer a few questions and let us suggest groups' })
    .waitFor();
  expect(await page.getByRole('link', { name: 'Talk to someone now' }).getAttribute('href')).toBe(
    '/help',
  );
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Remove the search words “zebra juggling”' }).click();
  await page.waitForURL((url) => !url.searchParams.has('q'));
  await settled(page);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('results-heading');
  for (const card of await cardTexts(page)) expect(card).toContain('Sunday');
});

it('uses the journey.browser’s location when allowed, and is gentle when it is not', async () => {
  const allowed = await newPage(journey.browser, journey.server.url, {
    permissions: ['geolocation'],
    geolocation: { latitude: 41.8281, longitude: -88.2012 },
  });
  await visit(allowed, '/groups', 'Find a support group');
  await allowed.getByRole('button', { name: 'Use my location' }).click();
  await allowed.waitForURL((url) => url.searchParams.get('lat') === '41.83');
  expect(new URL(allowed.url()).searchParams.get('lng')).toBe('-88.20');
  await allowed.getByText('Using your location.').waitFor();
  expect(await allowed.evaluate(() => document.activeElement?.textContent)).toBe(
    'Stop using my location',
  );
  await settled(allowed);
  await expectNoAxeViolations(allowed);

  const refused = await newPage(journey.browser, journey.server.url);
  await refused.addInitScript(() => {
    const deny = (_ok: unknown, fail: (error: unknown) => void) =>
      fail({ code: 1, PERMISSION_DENIED: 1, message: 'denied' });
    Object.defineProperty(navigator, 'geolocation', { value: { getCurrentPosition: deny } });
  });
  await visit(refused, '/groups', 'Find a support group');
  await refused.getByRole('button', { name: 'Use my location' }).click();
  await refused.getByRole('status').filter({ hasText: 'your location wasn’t shared' }).waitFor();
  expect(new URL(refused.url()).searchParams.has('lat')).toBe(false);
});
