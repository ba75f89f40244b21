// A fresh, migrated database per test file, on the dialect chosen by KINDRED_TEST_DIALECT:
// SQLite in a temporary file (default) or a new PostgreSQL database dropped afterwards, so
// parallel files and parallel runs never interfere.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { DatabaseConfig } from '../../src/server/config';
import { createDb, type Db } from '../../src/server/db/database';
import { migrateToLatest } from '../../src/server/db/migrator';

export const testDialect: 'sqlite' | 'postgres' =
  process.env.KINDRED_TEST_DIALECT === 'postgres' ? 'postgres' : 'sqlite';

export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDb {
  db: Db;
  config: DatabaseConfig;
  destroy(): Promise<void>;
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** An empty database (no migrations applied). */
export async function createEmptyTestDb(): Promise<TestDb> {
  if (testDialect === 'postgres') {
    const name = `kindred_t_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
    await adminQuery(`CREATE DATABASE ${name}`);
    const url = new URL(TEST_DATABASE_URL);
    url.pathname = `/${name}`;
    const config: DatabaseConfig = { dialect: 'postgres', connectionString: url.toString() };
    const db = createDb(config);
    return {
      db,
      config,
      async destroy() {
        await db.destroy();
        await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      },
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'kindred-test-'));
  const config: DatabaseConfig = { dialect: 'sqlite', filename: path.join(dir, 'kindred.db') };
  const db = createDb(config);
  return {
    db,
    config,
    async destroy() {
      await db.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function createTestDb(): Promise<TestDb> {
  const t = await createEmptyTestDb();
  await migrateToLatest(t.db, t.config.dialect);
  return t;
}
