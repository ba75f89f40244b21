// Journey 4: an admin renames the organization and sets its public contact, sees them at once,
// after a reload and in the meetings feed, and finds the change in the audit log. Also covers
// people, roles and access control.
import { expect, it } from 'vitest';
import { expectHeading, expectNoAxeViolations, newPage, uniqueEmail } from './browser';
import { journeyFixture } from './fixture';
import { signIn, signUp, visit } from './journeys';

const admin = {
  email: 'jordan.admin@example.org',
  password: 'admin passphrase 2',
  name: 'Jordan K.',
};

const journey = journeyFixture(admin);

it('renames the organization, sets its public contact and sees both saved and in the feed', async () => {
  const page = await newPage(journey.browser, journey.server.url);
  await signIn(page, admin.email, admin.password);
  await expectHeading(page, 'Your account');
  await page.getByRole('banner').getByRole('link', { name: 'Admin' }).click();
  await expectHeading(page, 'Organization settings');
  expect(new URL(page.url()).pathname).toBe('/admin/settings');
  await expectNoAxeViolations(page);

  // A bad crisis-resource phone number is caught before saving, next to its field.
  const phone = page.getByRole('group', { name: 'Resource 1' }).first().getByLabel('Phone');
  const originalPhone = await phone.inputValue();
  await phone.fill('call us');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByText('Use digits only, for example 988').waitFor();
  expect(await phone.getAttribute('aria-invalid')).toBe('true');
  await expectNoAxeViolations(page);
  await phone.fill(originalPhone);

  // The public contact: a plain http:// website is caught next to its field too.
  const contactBox = page.getByRole('group', { name: 'Public contact' });
  const email = contactBox.getByLabel('Contact email');
  const contactPhone = contactBox.getByLabel('Contact phone');
  const website = contactBox.getByLabel('Website');
  await email.fill('hello@riverside.example.org');
  await contactPhone.fill('+1 (630) 555-0142');
  await website.fill('http://riverside.example.org');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await contactBox.getByText('Use an https:// link').waitFor();
  expect(await website.getAttribute('aria-invalid')).toBe('true');
  expect(await website.getAttribute('aria-describedby')).toContain('-error');
  await expectNoAxeViolations(page);
  await website.fill('https://riverside.example.org');

  const newName = 'Riverside Peer Support';
  await page.getByLabel('Organization name').fill(newName);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByRole('status').filter({ hasText: 'Settings saved.' }).waitFor();
  await page.getByRole('banner').getByRole('link', { name: newName }).waitFor();

  await page.reload();
  await expectHeading(page, 'Organization settings');
  expect(await page.getByLabel('Organization name').inputValue()).toBe(newName);
  await page.getByRole('banner').getByRole('link', { name: newName }).waitFor();
  expect(await email.inputValue()).toBe('hello@riverside.example.org');
  expect(await contactPhone.inputValue()).toBe('+1 (630) 555-0142');
  expect(await website.inputValue()).toBe('https://riverside.example.org');

  // The meetings feed carries it on every meeting.
  const feed = await page.request.get('/api/meeting-guide.json');
  const [first] = (await feed.json()) as Record<string, unknown>[];
  expect(first).toMatchObject({
    entity: newName,
    entity_email: 'hello@riverside.example.org',
    entity_phone: '+16305550142',
    entity_url: 'https://riverside.example.org',
  });

  await page
    .getByRole('navigation', { name: 'Admin sections' })
    .getByRole('link', { name: 'Audit log' })
    .click();
  await expectHeading(page, 'Audit log');
  const row = page.getByRole('row').filter({ hasText: 'organization.settings_changed' }).first();
  await row.waitFor();
  expect(await row.textContent()).toContain(admin.name);
  await expectNoAxeViolations(page);
});

it('changes a person’s role and protects the last admin', async () => {
  const member = await newPage(journey.browser, journey.server.url);
  const memberEmail = uniqueEmail('member');
  await signUp(member, {
    email: memberEmail,
    password: 'member passphrase',
    displayName: 'Lee T.',
  });

  // A member may not enter the admin area.
  await visit(member, '/admin/people', 'You don’t have access to this area');

  const page = await newPage(journey.browser, journey.server.url);
  await signIn(page, admin.email, admin.password);
  await expectHeading(page, 'Your account');
  await visit(page, '/admin/people', 'People');

  await page.getByRole('combobox', { name: 'Role for Lee T.' }).selectOption('facilitator');
  await page.getByRole('button', { name: 'Save role for Lee T.' }).click();
  await page.getByRole('status').filter({ hasText: 'Lee T. is now: Facilitator.' }).waitFor();

  await page.getByRole('combobox', { name: `Role for ${admin.name}` }).selectOption('member');
  await page.getByRole('button', { name: `Save role for ${admin.name}` }).click();
  await page.getByRole('alert').filter({ hasText: 'needs at least one admin' }).waitFor();
  expect(await page.getByRole('combobox', { name: `Role for ${admin.name}` }).inputValue()).toBe(
    'admin',
  );
  await expectNoAxeViolations(page);
});

it('sends signed-out visitors from the admin area to sign in, then back', async () => {
  const page = await newPage(journey.browser, journey.server.url);
  await page.goto('/admin/outbox');
  await expectHeading(page, 'Sign in');
  await page.getByRole('status').filter({ hasText: 'Please sign in to continue.' }).waitFor();
  await signIn(page, admin.email, admin.password);
  await expectHeading(page, 'Outbox');
  await expectNoAxeViolations(page);
});
