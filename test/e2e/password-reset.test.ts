// Journey 2: someone forgets their password, the reset mail (read by an admin in the dev
// outbox) carries a one-time link, the new password works and the old one no longer does.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectHeading, expectNoAxeViolations, newPage, uniqueEmail } from './browser';
import { journeyFixture } from './fixture';
import { signIn, signOut, signUp, visit } from './journeys';

const admin = {
  email: 'robin.admin@example.org',
  password: 'admin passphrase 1',
  name: 'Robin A.',
};

const journey = journeyFixture(admin);

/** As the admin, finds the newest reset mail to `to` in the outbox and returns its link path. */
async function resetLinkFromOutbox(adminPage: Page, to: string): Promise<string> {
  await adminPage.goto('/admin/outbox');
  await expectHeading(adminPage, 'Outbox');
  const message = adminPage.getByRole('article').filter({ hasText: to }).first();
  await message.waitFor();
  await expectNoAxeViolations(adminPage);
  const text = (await message.locator('pre').textContent()) ?? '';
  const link = /https?:\/\/\S+?(\/reset-password#token=[\w-]+)/.exec(text);
  expect(link, `no reset link in:\n${text}`).not.toBeNull();
  return link?.[1] ?? '';
}

it('resets a forgotten password through the emailed link', async () => {
  const email = uniqueEmail('forgetful');
  const oldPassword = 'my first passphrase';
  const newPassword = 'my second passphrase';

  const person = await newPage(journey.browser, journey.server.url);
  await signUp(person, { email, password: oldPassword, displayName: 'Casey M.' });
  await signOut(person);

  await person.getByRole('link', { name: 'Forgot your password?' }).click();
  await expectHeading(person, 'Reset your password');
  await expectNoAxeViolations(person);
  await person.getByLabel('Email').fill(email);
  await person.getByRole('button', { name: 'Send reset link' }).click();
  await person
    .getByRole('status')
    .filter({ hasText: 'If an account exists for that email' })
    .waitFor();
  await expectNoAxeViolations(person);

  const adminPage = await newPage(journey.browser, journey.server.url);
  await signIn(adminPage, admin.email, admin.password);
  await expectHeading(adminPage, 'Your account');
  const linkPath = await resetLinkFromOutbox(adminPage, email);

  await person.goto(linkPath);
  await expectHeading(person, 'Choose a new password');
  // The token is read from the fragment and then removed from the address bar.
  await person.waitForURL((url) => url.hash === '');
  await expectNoAxeViolations(person);
  await person.getByLabel('New password').fill('short');
  await person.getByRole('button', { name: 'Save new password' }).click();
  await person.getByText('Use at least 10 characters').waitFor();
  await person.getByLabel('New password').fill(newPassword);
  await person.getByRole('button', { name: 'Save new password' }).click();
  await person
    .getByRole('status')
    .filter({ hasText: 'Password changed, please sign in' })
    .waitFor();
  await expectNoAxeViolations(person);

  await person.getByRole('link', { name: 'Sign in' }).last().click();
  await signIn(person, email, newPassword);
  await expectHeading(person, 'Your account');
  await signOut(person);

  await signIn(person, email, oldPassword);
  await person.getByRole('alert').filter({ hasText: 'don’t match' }).waitFor();

  // The link works once.
  await person.goto(linkPath);
  await person.getByLabel('New password').fill('a third passphrase');
  await person.getByRole('button', { name: 'Save new password' }).click();
  await person.getByRole('alert').filter({ hasText: 'expired or has already been used' }).waitFor();
  await person.getByRole('link', { name: 'Request a new link' }).waitFor();
  await expectNoAxeViolations(person);
});

it('explains what to do when the page is opened without a link', async () => {
  const page = await newPage(journey.browser, journey.server.url);
  await visit(page, '/reset-password', 'Choose a new password');
  await page
    .getByRole('alert')
    .filter({ hasText: 'needs the link from your password reset email' })
    .waitFor();
  await page.getByRole('link', { name: 'Request a new link' }).click();
  await expectHeading(page, 'Reset your password');
});
