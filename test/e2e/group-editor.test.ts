// Journey 8: an admin creates a group that meets on the first and third Tuesday of the month.
// Mistakes (a join link without https, an end before the start, a web address already in use)
// are listed in an error summary and shown at each field; once fixed, the group is saved, has
// its own page and appears in the directory. Then it is paused and shows as taking a break.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectHeading, expectNoAxeViolations, newPage, uniqueEmail } from './browser';
import { journeyFixture } from './fixture';
import { signIn, signUp, visit } from './journeys';

const admin = {
  email: 'robin.admin@example.org',
  password: 'admin passphrase 8',
  name: 'Robin A.',
};

const journey = journeyFixture(admin);

/** The error summary has taken focus and lists `messages`. */
async function expectSummary(page: Page, messages: string[]): Promise<void> {
  const summary = page.getByRole('heading', { level: 2, name: 'There is a problem' });
  await summary.waitFor();
  expect(await page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
  const text = (await page.locator('.error-summary').textContent()) ?? '';
  for (const message of messages) expect(text).toContain(message);
}

it('creates a monthly group, fixing mistakes along the way, and finds it in the directory', async () => {
  const page = await newPage(journey.browser, journey.server.url);
  await signIn(page, admin.email, admin.password);
  await expectHeading(page, 'Your account');
  await page.getByRole('banner').getByRole('link', { name: 'Manage groups' }).click();
  await expectHeading(page, 'Your groups');
  await page.getByRole('row').filter({ hasText: 'Duelo y Esperanza' }).waitFor();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'New group' }).click();
  await expectHeading(page, 'New group');
  await expectNoAxeViolations(page);

  await page.getByLabel('Name', { exact: true }).fill('Tuesday Grief Circle');
  expect(await page.getByLabel('Web address').inputValue()).toBe('tuesday-grief-circle');
  await page
    .getByLabel('Description')
    .fill('A gentle circle for adults grieving a loss, with a counselor and plenty of quiet.');
  await page.getByLabel('What to expect at a first meeting').fill('Come as you are; you can pass.');
  await page.getByRole('checkbox', { name: 'Grief and loss' }).check();
  await page.getByLabel('Who leads it').selectOption('professional');

  const meeting = page.getByRole('group', { name: 'Meeting 1' });
  await meeting.getByLabel('How often').selectOption('monthly-nth');
  await meeting.getByRole('checkbox', { name: 'First' }).check();
  await meeting.getByRole('checkbox', { name: 'Third' }).check();
  await meeting.getByLabel('Weekday').selectOption('2');
  await meeting.getByLabel('Starts at').fill('19:00');
  await meeting.getByLabel('Ends at').fill('18:30');
  expect(await meeting.getByLabel('Time zone').inputValue()).toBe('America/Chicago');
  await meeting.getByLabel('How it meets').selectOption('hybrid');
  await meeting.getByLabel('Name of the place').fill('Warrenville Public Library, Room B');
  await meeting.getByLabel('Street address').fill('28W751 Stafford Pl, Warrenville, IL 60555');
  await meeting.getByLabel('Latitude').fill('41.8178');
  await meeting.getByLabel('Longitude').fill('-88.1731');
  await meeting.getByLabel('Join link').fill('http://meet.example.org/grief-circle');
  await meeting.getByRole('button', { name: 'Cancel a date' }).click();
  await meeting.getByLabel('Cancelled date 1').fill('2027-01-05');
  await meeting.getByLabel('Note for members').fill('New Year break');

  await page.getByRole('button', { name: 'Create group' }).click();
  await expectSummary(page, [
    'Meeting 1, Ends at: The meeting ends before it starts',
    'Meeting 1, Join link: Join links must start with https://',
  ]);
  const join = meeting.getByLabel('Join link');
  expect(await join.getAttribute('aria-invalid')).toBe('true');
  expect(await meeting.getByLabel('Ends at').getAttribute('aria-invalid')).toBe('true');
  await expectNoAxeViolations(page);

  // The summary's links lead to the fields.
  await page.getByRole('link', { name: /Join link: Join links must start/ }).click();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe(
    'field-schedules-0-online-joinUrl',
  );
  await join.fill('https://meet.example.org/grief-circle');
  await meeting.getByLabel('Ends at').fill('20:30');

  // A web address another group already has is caught by the journey.server, next to its field.
  await page.getByLabel('Web address').fill('duelo-y-esperanza-en-linea');
  await page.getByRole('button', { name: 'Create group' }).click();
  await expectSummary(page, ['Web address: Another group already uses this address']);
  expect(await page.getByLabel('Web address').getAttribute('aria-invalid')).toBe('true');
  await page.getByLabel('Web address').fill('tuesday-grief-circle');
  await page.getByRole('button', { name: 'Create group' }).click();

  await expectHeading(page, 'Tuesday Grief Circle');
  expect(new URL(page.url()).pathname).toBe('/groups/tuesday-grief-circle');
  const main = (await page.locator('main').textContent()) ?? '';
  expect(main).toContain('First and third Tuesday of the month, 7:00–8:30 pm');
  expect(main).toContain('Warrenville Public Library, Room B');
  await page.getByRole('link', { name: 'Join the meeting online' }).waitFor();
  const directions = page.getByRole('link', { name: 'Directions (OpenStreetMap)' });
  expect(await directions.getAttribute('href')).toBe(
    'https://www.openstreetmap.org/directions?to=41.8178,-88.1731',
  );
  await expectNoAxeViolations(page);

  await visit(page, '/groups?q=Tuesday%20Grief%20Circle', 'Find a support group');
  const card = page.getByRole('article', { name: 'Tuesday Grief Circle' });
  await card.waitFor();
  expect(await card.textContent()).toContain('First and third Tuesday of the month');

  // Pause it: the page then says it is taking a break.
  await card.getByRole('link', { name: 'Tuesday Grief Circle' }).click();
  await expectHeading(page, 'Tuesday Grief Circle');
  await page.getByRole('link', { name: 'Edit group' }).click();
  await expectHeading(page, 'Edit Tuesday Grief Circle');
  expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('Tuesday Grief Circle');
  await page.getByRole('button', { name: 'Pause the group' }).click();
  await page.getByRole('status').filter({ hasText: 'The group is now: Taking a break.' }).waitFor();
  await page.getByRole('button', { name: 'Reactivate the group' }).waitFor();
  await expectNoAxeViolations(page);
  await visit(page, '/groups/tuesday-grief-circle', 'Tuesday Grief Circle');
  await page.getByText('This group is taking a break.').waitFor();
});

it('keeps group management to facilitators and admins, kindly', async () => {
  const page = await newPage(journey.browser, journey.server.url);
  await page.goto('/manage/groups/new');
  await expectHeading(page, 'Sign in');
  await page.getByRole('status').filter({ hasText: 'Please sign in to continue.' }).waitFor();

  await signUp(page, {
    email: uniqueEmail('member'),
    password: 'member passphrase',
    displayName: 'Sam M.',
  });
  expect(await page.getByRole('banner').getByRole('link', { name: 'Manage groups' }).count()).toBe(
    0,
  );
  await visit(page, '/manage/groups', 'Managing groups is for facilitators and admins');
  await visit(page, '/groups/no-such-group', 'We couldn’t find that group');
});
