// Journey 1: a newcomer signs up with a suggested pseudonym, sees their account, signs out and
// signs back in.
import { expect, it } from 'vitest';
import { expectHeading, expectNoAxeViolations, newPage, uniqueEmail } from './browser';
import { journeyFixture } from './fixture';
import { signIn, signOut, visit } from './journeys';

const journey = journeyFixture();

it('signs up with a pseudonym, signs out and signs in again', async () => {
  const page = await newPage(journey.browser, journey.server.url);
  const email = uniqueEmail('newcomer');
  const password = 'a calm long passphrase';

  await visit(page, '/', /^Welcome to /);
  await page.getByRole('link', { name: 'Create an account' }).click();
  await expectHeading(page, 'Create your account');
  await expectNoAxeViolations(page);

  // Client-side checks speak up before anything is sent.
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByText('Enter a valid email address').waitFor();
  const emailField = page.getByLabel('Email');
  expect(await emailField.getAttribute('aria-invalid')).toBe('true');
  expect(await emailField.evaluate((el) => el === document.activeElement)).toBe(true);
  await expectNoAxeViolations(page);

  await emailField.fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  const displayName = page.getByLabel('Display name');
  await page.getByRole('button', { name: 'Suggest a pseudonym' }).click();
  const pseudonym = await displayName.inputValue();
  expect(pseudonym).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
  await page.getByRole('button', { name: 'Suggest a pseudonym' }).click();
  const chosen = await displayName.inputValue();
  expect(chosen).not.toBe(pseudonym);

  await page.getByRole('button', { name: 'Create account' }).click();
  await expectHeading(page, 'Your account');
  expect(new URL(page.url()).pathname).toBe('/account');
  const details = page.getByRole('region', { name: 'Your details' });
  await details.getByText(chosen, { exact: true }).waitFor();
  await details.getByText(email, { exact: true }).waitFor();
  await details.getByText('Member', { exact: true }).waitFor();
  await page.getByRole('banner').getByRole('link', { name: chosen }).waitFor();
  await expectNoAxeViolations(page);

  await signOut(page);
  await expectNoAxeViolations(page);
  await page.getByRole('banner').getByRole('link', { name: 'Sign up' }).waitFor();

  // The same email cannot sign up twice.
  await page.goto('/signup');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Display name').fill('Sam R.');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('alert').filter({ hasText: 'already has an account' }).waitFor();

  await page.goto('/signin');
  await signIn(page, email, 'not the password');
  await page.getByRole('alert').filter({ hasText: 'don’t match' }).waitFor();
  await expectNoAxeViolations(page);

  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expectHeading(page, 'Your account');
  await page.getByRole('banner').getByRole('link', { name: chosen }).waitFor();
});

it('changes the display name from the account page', async () => {
  const page = await newPage(journey.browser, journey.server.url);
  const email = uniqueEmail('renamer');
  await page.goto('/signup');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill('another long passphrase');
  await page.getByLabel('Display name').fill('Alex P.');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expectHeading(page, 'Your account');

  const form = page.getByRole('region', { name: 'Change your display name' });
  await form.getByLabel('Display name').fill('555 123 4567');
  await form.getByRole('button', { name: 'Save display name' }).click();
  await form.getByText('cannot be a phone number').waitFor();

  await form.getByLabel('Display name').fill('Gentle Heron');
  await form.getByRole('button', { name: 'Save display name' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: 'Others now see you as Gentle Heron' })
    .waitFor();
  await page.getByRole('banner').getByRole('link', { name: 'Gentle Heron' }).waitFor();
  await expectNoAxeViolations(page);
});
