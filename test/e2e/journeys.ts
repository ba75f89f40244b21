// Steps several journeys share, written the way a person would do them.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectHeading, expectNoAxeViolations } from './browser';

export async function signUp(
  page: Page,
  account: { email: string; password: string; displayName: string },
): Promise<void> {
  await page.goto('/signup');
  await expectHeading(page, 'Create your account');
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
  await page.getByLabel('Display name').fill(account.displayName);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expectHeading(page, 'Your account');
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  if (!new URL(page.url()).pathname.startsWith('/signin')) await page.goto('/signin');
  await expectHeading(page, 'Sign in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  await expectHeading(page, 'Sign in');
  await page.getByRole('status').filter({ hasText: 'You’re signed out' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/signin');
}

/** Visits a path, waits for its heading and scans it with axe. */
export async function visit(page: Page, path: string, heading: string | RegExp): Promise<void> {
  await page.goto(path);
  await expectHeading(page, heading);
  await expectNoAxeViolations(page);
}
