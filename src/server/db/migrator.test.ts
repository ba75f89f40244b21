import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyTestDb, testDialect, type TestDb } from '../../../test/helpers/test-db';
import { migrateDown, migrateToBottom, migrateToLatest } from './migrator';
import { migrations } from './migrations/index';

/** Tables from 0001; later migrations add more, and every one must go away on the way down. */
const CORE_TABLES = [
  'app_user',
  'audit_event',
  'organization',
  'outbox_message',
  'password_reset',
  'session',
];

describe(`migrations on ${testDialect}`, () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createEmptyTestDb();
  });
  afterAll(async () => {
    await t.destroy();
  });

  // Kysely's own bookkeeping tables are excluded by the introspector.
  const tables = async () => (await t.db.introspection.getTables()).map((x) => x.name).sort();
  let afterUp: string[] = [];

  it('starts from an empty database', async () => {
    expect(await tables()).toEqual([]);
  });

  it('migrates up, creating every table with its columns', async () => {
    const applied = await migrateToLatest(t.db, testDialect);
    expect(applied).toEqual(Object.keys(migrations));
    afterUp = await tables();
    expect(afterUp).toEqual(expect.arrayContaining(CORE_TABLES));
    const meta = await t.db.introspection.getTables();
    const columns = (name: string) =>
      meta
        .find((x) => x.name === name)
        ?.columns.map((c) => c.name)
        .sort();
    expect(columns('app_user')).toEqual(
      [
        'created_at',
        'display_name',
        'email',
        'id',
        'organization_id',
        'password_hash',
        'role',
        'updated_at',
      ].sort(),
    );
    expect(columns('password_reset')).toEqual([
      'created_at',
      'expires_at',
      'token_hash',
      'used_at',
      'user_id',
    ]);
    // Running again is a no-op.
    expect(await migrateToLatest(t.db, testDialect)).toEqual([]);
  });

  it('keeps email unique and foreign keys enforced', async () => {
    const now = new Date().toISOString();
    await sql`insert into organization (id, name, time_zone, locale, crisis_resources, created_at, updated_at)
      values ('org-1', 'Org', 'UTC', 'en', '{}', ${now}, ${now})`.execute(t.db);
    const insertUser = (id: string, email: string, org: string) =>
      sql`insert into app_user (id, organization_id, email, password_hash, display_name, role, created_at, updated_at)
        values (${id}, ${org}, ${email}, 'h', 'Sam R.', 'member', ${now}, ${now})`.execute(t.db);
    await insertUser('u-1', 'sam@example.org', 'org-1');
    await expect(insertUser('u-2', 'sam@example.org', 'org-1')).rejects.toThrow(/unique/i);
    await expect(insertUser('u-3', 'kim@example.org', 'no-such-org')).rejects.toThrow(
      /foreign key/i,
    );
    // Deleting the organization cascades to its people.
    await sql`delete from organization where id = 'org-1'`.execute(t.db);
    const left = await sql<{ n: number | string }>`select count(*) as n from app_user`.execute(
      t.db,
    );
    expect(Number(left.rows[0]?.n)).toBe(0);
  });

  it('steps 0008 down and up, with data, dropping only the contact columns', async () => {
    const contact = ['contact_email', 'contact_phone', 'website'];
    const organizationColumns = async () =>
      (await t.db.introspection.getTables())
        .find((x) => x.name === 'organization')
        ?.columns.map((c) => c.name) ?? [];
    expect(await organizationColumns()).toEqual(expect.arrayContaining(contact));
    const now = new Date().toISOString();
    await sql`insert into organization (id, name, time_zone, locale, crisis_resources, created_at, updated_at, contact_email, contact_phone, website)
      values ('org-2', 'Org', 'UTC', 'en', '{}', ${now}, ${now}, 'a@example.org', '630 555 0142', 'https://example.org')`.execute(
      t.db,
    );
    // Later migrations first, then 0008 itself.
    let undone: string[] = [];
    while (!undone.includes('0008-organization-contact')) {
      const step = await migrateDown(t.db, testDialect);
      expect(step).toHaveLength(1);
      undone = [...undone, ...step];
    }
    const left = await organizationColumns();
    expect(left).toContain('name');
    for (const column of contact) expect(left).not.toContain(column);
    expect(await migrateToLatest(t.db, testDialect)).toEqual(undone.reverse());
    expect(await organizationColumns()).toEqual(expect.arrayContaining(contact));
    await sql`delete from organization where id = 'org-2'`.execute(t.db);
  });

  it('migrates down to the bottom, leaving none of our tables', async () => {
    await migrateToBottom(t.db, testDialect);
    expect(await tables()).toEqual([]);
    expect(await migrateDown(t.db, testDialect)).toEqual([]);
  });

  it('migrates up again', async () => {
    expect(await migrateToLatest(t.db, testDialect)).toEqual(Object.keys(migrations));
    expect(await tables()).toEqual(afterUp);
  });
});
