// Journey 3: "Get help now" is one tap away on every screen, and /help works even without
// JavaScript.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectHeading, expectNoAxeViolations, newPage } from './browser';
import { journeyFixture } from './fixture';
import { signIn, visit } from './journeys';

const admin = { email: 'sky.admin@example.org', password: 'admin passphrase 3', name: 'Sky B.' };

const journey = journeyFixture(admin);

async function expectHelpPage(page: Page): Promise<void> {
  await page.waitForURL((url) => url.pathname === '/help');
  await page.getByRole('heading', { level: 1, name: 'Get help now' }).waitFor();
  expect(await page.locator('main').textContent()).toContain('988');
}

/** Opens `path`, then follows the header's help link. */
async function followHelpLink(page: Page, path: string, heading: string | RegExp): Promise<void> {
  await visit(page, path, heading);
  const link = page.getByRole('banner').getByRole('link', { name: 'Get help now' });
  expect(await link.getAttribute('href')).toBe('/help');
  await link.click();
  await expectHelpPage(page);
}

it('reaches /help from the header of every public page', async () => {
  const page = await newPage(journey.browser, journey.server.url);
  const pages: [string, string | RegExp][] = [
    ['/', /^Welcome to /],
    ['/signin', 'Sign in'],
    ['/signup', 'Create your account'],
    ['/forgot-password', 'Reset your password'],
    ['/reset-password', 'Choose a new password'],
    ['/no/such/page', 'We couldn’t find that page'],
  ];
  for (const [path, heading] of pages) await followHelpLink(page, path, heading);
  await expectNoAxeViolations(page);
});

it('reaches /help from the header of the account and admin pages', async () => {
  const page = await newPage(journey.browser, journey.server.url);
  await signIn(page, admin.email, admin.password);
  await expectHeading(page, 'Your account');
  const pages: [string, string][] = [
    ['/account', 'Your account'],
    ['/admin/settings', 'Organization settings'],
    ['/admin/people', 'People'],
    ['/admin/outbox', 'Outbox'],
    ['/admin/audit', 'Audit log'],
  ];
  for (const [path, heading] of pages) await followHelpLink(page, path, heading);
});

it('serves /help without JavaScript, and the app points there when scripts are off', async () => {
  const page = await newPage(journey.browser, journey.server.url, { javaScriptEnabled: false });
  await page.goto('/help');
  await expectHelpPage(page);
  expect(await page.getByRole('link', { name: /Call 988/ }).count()).toBeGreaterThan(0);

  await page.goto('/');
  await page.getByRole('link', { name: 'get help now' }).click();
  await expectHelpPage(page);
});
