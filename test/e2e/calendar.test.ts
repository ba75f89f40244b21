// Journey: someone adds a group to their calendar. A visitor finds "Add to calendar" on the group
// page; signed in, they follow the group, create their personal calendar link on the account
// page, and that link serves the group's meetings; then they let the group go and turn it off.
import { expect, it } from 'vitest';
import { expectNoAxeViolations, newPage, uniqueEmail } from './browser';
import { journeyFixture } from './fixture';
import { signUp, visit } from './journeys';

const journey = journeyFixture();

const GROUP = '/groups/families-in-recovery';

it('follows a group into a personal calendar link, and lets it go', async () => {
  const page = await newPage(journey.browser, journey.server.url);
  await visit(page, GROUP, 'Families in Recovery');
  const section = page.getByRole('region', { name: 'Keep it in your calendar' });
  const download = section.getByRole('link', { name: 'Add to calendar (.ics file)' });
  expect(await download.getAttribute('href')).toBe(`${GROUP}/calendar.ics`);
  const ics = await page.request.get(`${GROUP}/calendar.ics`);
  expect(ics.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  await section.getByRole('link', { name: 'Sign in to follow this group' }).waitFor();

  await signUp(page, {
    email: uniqueEmail('calendar'),
    password: 'a calm long passphrase',
    displayName: 'Kim T.',
  });
  await visit(page, GROUP, 'Families in Recovery');
  const follow = page.getByRole('button', { name: 'Follow this group' });
  expect(await follow.getAttribute('aria-pressed')).toBe('false');
  await follow.click();
  await page.getByRole('status').filter({ hasText: 'You follow this group' }).waitFor();
  expect(await follow.getAttribute('aria-pressed')).toBe('true');
  await expectNoAxeViolations(page);

  await visit(page, '/account', 'Your account');
  const mine = page.getByRole('region', { name: 'My calendar' });
  await mine.getByRole('link', { name: 'Families in Recovery' }).waitFor();
  await mine.getByRole('button', { name: 'Create my calendar link' }).click();
  const field = mine.getByLabel('Your calendar link');
  await field.waitFor();
  const url = await field.inputValue();
  expect(url).toMatch(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  await expectNoAxeViolations(page);
  const feed = await page.request.get(new URL(url).pathname);
  expect(await feed.text()).toContain('SUMMARY:Families in Recovery');

  await mine.getByRole('button', { name: 'Stop following Families in Recovery' }).click();
  await mine.getByText('You don’t follow any groups yet.').waitFor();
  await mine.getByRole('button', { name: 'Turn off my calendar link' }).click();
  await mine.getByRole('status').filter({ hasText: 'turned off' }).waitFor();
  await mine.getByRole('button', { name: 'Create my calendar link' }).waitFor();
  expect((await page.request.get(new URL(url).pathname)).status()).toBe(404);
  await expectNoAxeViolations(page);
});
