// An admin imports an intergroup's feed: uploads it, reads the dry run, applies it, and finds a
// bad file refused with one clear message. When the meetings change between the check and the
// apply, nothing is written and the fresh check is shown; a junk file archives nothing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { expectHeading, expectNoAxeViolations, newPage } from './browser';
import { journeyFixture } from './fixture';
import { signIn } from './journeys';

const fixtures = fileURLToPath(new URL('../fixtures/meeting-guide/', import.meta.url));
const admin = {
  email: 'riley.import@example.org',
  password: 'import passphrase 3',
  name: 'Riley M.',
};

const journey = journeyFixture(admin);

/** The feed the first journey applied, changed, under the same file name (so the same source). */
function sameSource(change: (meetings: Record<string, unknown>[]) => unknown) {
  const meetings = JSON.parse(
    readFileSync(path.join(fixtures, 'tsml-export.json'), 'utf8'),
  ) as Record<string, unknown>[];
  return {
    name: 'tsml-export.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(change(meetings))),
  };
}

it('checks a feed, shows what would change, then applies it', async () => {
  const page = await newPage(journey.browser, journey.server.url);
  await signIn(page, admin.email, admin.password);
  await expectHeading(page, 'Your account');
  await page.goto(`${journey.server.url}/admin/settings`);
  await page
    .getByRole('navigation', { name: 'Admin sections' })
    .getByRole('link', { name: 'Import' })
    .click();
  await expectHeading(page, 'Import meetings');
  await expectNoAxeViolations(page);

  // Checking without a file says so, on the file field.
  await page.getByRole('button', { name: 'Check' }).click();
  await page.getByText('Choose a file to import.').first().waitFor();

  await page
    .getByLabel('File', { exact: true })
    .setInputFiles(path.join(fixtures, 'tsml-export.json'));
  await page.getByRole('button', { name: 'Check' }).click();
  await page.getByRole('heading', { name: 'What this import changes' }).waitFor();
  await page.getByText('Nothing has been written yet.').waitFor();
  const added = page.getByRole('table', { name: 'Groups to add' });
  await added.waitFor();
  expect(await added.getByRole('row').count()).toBe(5); // header + 4 groups
  expect(await added.textContent()).toContain('wheaton-women-3, wheaton-women-6');
  await page.getByRole('table', { name: 'Warnings: imported, but worth a look' }).waitFor();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Apply these changes' }).click();
  await page.getByText('Done. The changes below were written.').waitFor();
  expect(await page.getByRole('button', { name: 'Apply these changes' }).count()).toBe(0);

  // The same file again: nothing to write.
  await page.getByRole('button', { name: 'Check' }).click();
  await page.getByText('Nothing to write: everything is already as the file says.').waitFor();
  await page.getByText('Unchanged: 4').click();
  await page.getByRole('table', { name: 'Groups already up to date' }).waitFor();
});

it('refuses a file that is not JSON with one clear message', async () => {
  const page = await newPage(journey.browser, journey.server.url);
  await signIn(page, admin.email, admin.password);
  await page.goto(`${journey.server.url}/admin/import`);
  await expectHeading(page, 'Import meetings');
  await page
    .getByLabel('File', { exact: true })
    .setInputFiles(path.join(fixtures, 'not-json.json'));
  await page.getByRole('button', { name: 'Check' }).click();
  const alert = page.getByRole('alert');
  await alert.waitFor();
  expect(await alert.textContent()).toContain('This is not a JSON file');
  await expectNoAxeViolations(page);
});

it('shows the fresh check when the meetings changed after it, and writes only after that', async () => {
  const page = await newPage(journey.browser, journey.server.url);
  await signIn(page, admin.email, admin.password);
  await page.goto(`${journey.server.url}/admin/import`);
  await expectHeading(page, 'Import meetings');
  await page
    .getByLabel('File', { exact: true })
    .setInputFiles(
      sameSource((ms) =>
        ms.map((m) => (m.slug === 'covered-bridge' ? { ...m, time: '19:45' } : m)),
      ),
    );
  await page.getByRole('button', { name: 'Check' }).click();
  const changed = page.getByRole('table', { name: 'Groups that change' });
  await changed.waitFor();
  expect(await changed.getByRole('row').count()).toBe(2); // header + Covered Bridge

  // Someone renames Noon Hybrid by hand while the admin reads the check.
  await journey.server.db
    .updateTable('support_group')
    .set({ name: 'Noon Hybrid (edited)' })
    .where('slug', '=', 'noon-hybrid')
    .execute();
  await page.getByRole('button', { name: 'Apply these changes' }).click();
  const alert = page.getByRole('alert');
  await alert.waitFor();
  expect(await alert.textContent()).toContain(
    'The meetings changed since you checked this import, so nothing was written.',
  );
  await expect.poll(() => changed.getByRole('row').count()).toBe(3); // + Noon Hybrid
  const stored = await journey.server.db
    .selectFrom('support_group')
    .select('name')
    .where('slug', '=', 'noon-hybrid')
    .executeTakeFirstOrThrow();
  expect(stored.name).toBe('Noon Hybrid (edited)');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Apply these changes' }).click();
  await page.getByText('Done. The changes below were written.').waitFor();
  expect(await page.getByRole('alert').count()).toBe(0);
});

it('a file whose records cannot be read archives nothing, and says so', async () => {
  const page = await newPage(journey.browser, journey.server.url);
  await signIn(page, admin.email, admin.password);
  await page.goto(`${journey.server.url}/admin/import`);
  await expectHeading(page, 'Import meetings');
  await page
    .getByLabel('File', { exact: true })
    .setInputFiles(sameSource(() => [{ foo: 1 }, { bar: 2 }]));
  await page.getByRole('button', { name: 'Check' }).click();
  await page
    .getByText(
      'To be safe, 4 groups from this source that the file does not list are kept as they are, not archived.',
    )
    .waitFor();
  const kept = page.getByRole('table', {
    name: 'Groups kept: not archived, because some records could not be read',
  });
  expect(await kept.getByRole('row').count()).toBe(5); // header + 4 groups
  expect(await page.getByRole('table', { name: /Groups to archive/ }).count()).toBe(0);
  await page.getByText('Nothing to write: no group would be added, changed or archived.').waitFor();
  await expectNoAxeViolations(page);
});
