import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, testDialect, type TestDb } from '../../../test/helpers/test-db';

// One file, both dialects: each asserts what its own connection must look like.
describe(`database connection on ${testDialect}`, () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => {
    await t.destroy();
  });

  it('is configured for the dialect', async () => {
    expect(t.config.dialect).toBe(testDialect);
    if (testDialect === 'sqlite') {
      const pragma = async (name: string) =>
        Object.values(
          (await sql.raw<Record<string, unknown>>(`pragma ${name}`).execute(t.db)).rows[0] ?? {},
        )[0];
      expect(await pragma('journal_mode')).toBe('wal');
      expect(await pragma('foreign_keys')).toBe(1);
      expect(await pragma('busy_timeout')).toBe(5000);
      expect(await pragma('synchronous')).toBe(1); // NORMAL
    } else {
      const version = await sql<{ v: string }>`select version() as v`.execute(t.db);
      expect(version.rows[0]?.v).toMatch(/^PostgreSQL/);
      const db = await sql<{ name: string }>`select current_database() as name`.execute(t.db);
      expect(db.rows[0]?.name).toMatch(/^kindred_t_/);
    }
  });

  it('rejects a row that points at nothing (foreign keys on)', async () => {
    const now = new Date().toISOString();
    const insert = sql`insert into session (id_hash, user_id, created_at, last_seen_at, expires_at)
      values ('h', 'no-such-user', ${now}, ${now}, ${now})`.execute(t.db);
    await expect(insert).rejects.toThrow(/foreign key/i);
  });

  it('round-trips ISO timestamps and JSON text identically', async () => {
    const at = '2030-06-01T12:34:56.789Z';
    await sql`insert into organization (id, name, time_zone, locale, crisis_resources, created_at, updated_at)
      values ('org-rt', 'Ünïcødé Org ✓', 'UTC', 'es', '{"en":[],"es":[]}', ${at}, ${at})`.execute(
      t.db,
    );
    const row = await t.db
      .selectFrom('organization')
      .selectAll()
      .where('id', '=', 'org-rt')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      name: 'Ünïcødé Org ✓',
      created_at: at,
      crisis_resources: '{"en":[],"es":[]}',
    });
  });
});
