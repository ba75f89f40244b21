// The two databases under test: a SQLite file (reused from bench/.cache/ while the generator,
// the seed, the day and the migrations are unchanged) and a fresh PostgreSQL database
// `kindred_bench_<random>`, dropped at the end. Rows go in directly with Kysely, in batches,
// inside one transaction per database: no HTTP, no per-group service calls.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Kysely, sql } from 'kysely';
import pg from 'pg';
import { defaultCrisisResources } from '../../src/domain/crisis-resources';
import type { DatabaseConfig } from '../../src/server/config';
import { createDb, type Db } from '../../src/server/db/database';
import { migrateToLatest } from '../../src/server/db/migrator';
import type { Database } from '../../src/server/db/schema';
import { createRepositories } from '../../src/server/repositories/index';
import { seedTaxonomy } from '../../src/server/seed/taxonomy.seed';
import { DEMO_ORGANIZATION } from '../../src/server/seed/organization.seed';
import { BENCH_ORGANIZATION_ID, type Dataset, GENERATOR_VERSION } from './dataset';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CACHE_DIR = path.join(ROOT, 'bench', '.cache');
const MIGRATIONS_DIR = path.join(ROOT, 'src', 'server', 'db', 'migrations');

export const ADMIN_DATABASE_URL =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/test';

export interface BenchDatabase {
  dialect: 'sqlite' | 'postgres';
  config: DatabaseConfig;
  /** Where the data came from: "generated" or "cached". */
  origin: 'generated' | 'cached';
  loadSeconds: number;
  /** Drops the PostgreSQL database; the SQLite file stays cached. */
  dispose(): Promise<void>;
}

/** Hash of every migration's source: a cached file built by other migrations is rebuilt. */
function migrationsHash(): string {
  const h = createHash('sha256');
  for (const f of readdirSync(MIGRATIONS_DIR).sort()) {
    if (!f.endsWith('.ts') || f.endsWith('.test.ts')) continue;
    h.update(f);
    h.update(readFileSync(path.join(MIGRATIONS_DIR, f)));
  }
  return h.digest('hex').slice(0, 10);
}

export function sqliteCacheFile(meetings: number, seed: number, anchor: Date): string {
  const day = anchor.toISOString().slice(0, 10).replaceAll('-', '');
  return path.join(
    CACHE_DIR,
    `directory-g${String(GENERATOR_VERSION)}-s${String(seed)}-m${String(meetings)}-${day}-${migrationsHash()}.sqlite`,
  );
}

function chunks<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** Batches stay under SQLite's 32,766 bound parameters (and PostgreSQL's 65,535). */
async function insertDataset(db: Db, dialect: 'sqlite' | 'postgres', data: Dataset) {
  await migrateToLatest(db, dialect);
  await seedTaxonomy(db);
  await insertDatasetRows(db, dialect, data);
}

/**
 * The dataset's organization, groups, tags, schedules, occurrences and search rows, in one
 * transaction, into a migrated database with the taxonomy (tests use it on smaller datasets).
 */
export async function insertDatasetRows(
  db: Db,
  dialect: 'sqlite' | 'postgres',
  data: Dataset,
): Promise<void> {
  const now = data.anchor.toISOString();
  await createRepositories(db).organizations.insert({
    id: BENCH_ORGANIZATION_ID,
    ...DEMO_ORGANIZATION,
    crisisResources: defaultCrisisResources,
    createdAt: now,
    updatedAt: now,
  });
  await db.transaction().execute(async (trx: Kysely<Database>) => {
    for (const rows of chunks(data.groups, 1000))
      await trx.insertInto('support_group').values(rows).execute();
    for (const rows of chunks(data.tags, 5000))
      await trx.insertInto('group_tag').values(rows).execute();
    for (const rows of chunks(data.schedules, 1000))
      await trx.insertInto('schedule').values(rows).execute();
    for (const rows of chunks(data.exceptions, 2000))
      await trx.insertInto('schedule_exception').values(rows).execute();
    for (const rows of chunks(data.occurrences, 4000))
      await trx.insertInto('occurrence').values(rows).execute();
    if (dialect === 'sqlite') {
      for (const rows of chunks(data.fts, 5000))
        await trx.insertInto('support_group_fts').values(rows).execute();
    }
  });
}

/** What the app does on every search anyway, done once so the first request is not a bulk write. */
async function settle(db: Db, dialect: 'sqlite' | 'postgres'): Promise<void> {
  // Statistics first: without them PostgreSQL plans refreshNext's correlated subquery badly.
  await sql`analyze`.execute(db);
  await createRepositories(db).groups.refreshNext(new Date().toISOString());
  if (dialect === 'sqlite') {
    await sql`analyze`.execute(db);
    await sql`pragma optimize`.execute(db);
  } else {
    await sql`vacuum analyze`.execute(db);
  }
}

export async function openSqlite(
  meetings: number,
  seed: number,
  anchor: Date,
  dataset: () => Dataset,
  useCache: boolean,
): Promise<BenchDatabase> {
  const started = Date.now();
  mkdirSync(CACHE_DIR, { recursive: true });
  const file = sqliteCacheFile(meetings, seed, anchor);
  let origin: BenchDatabase['origin'] = 'cached';
  if (!useCache || !existsSync(file)) {
    origin = 'generated';
    // Older versions and days are dead weight.
    for (const f of readdirSync(CACHE_DIR)) {
      if (f.startsWith('directory-')) rmSync(path.join(CACHE_DIR, f), { force: true });
    }
    const building = `${file}.building`;
    const db = createDb({ dialect: 'sqlite', filename: building });
    try {
      await insertDataset(db, 'sqlite', dataset());
    } finally {
      await sql`pragma wal_checkpoint(truncate)`.execute(db);
      await db.destroy();
    }
    renameSync(building, file);
  }
  const config: DatabaseConfig = { dialect: 'sqlite', filename: file };
  const db = createDb(config);
  try {
    // A cached file still gets any migration added since (the hash changes then anyway).
    await migrateToLatest(db, 'sqlite');
    await settle(db, 'sqlite');
    await sql`pragma wal_checkpoint(truncate)`.execute(db);
  } finally {
    await db.destroy();
  }
  return {
    dialect: 'sqlite',
    config,
    origin,
    loadSeconds: (Date.now() - started) / 1000,
    async dispose() {
      /* The file stays in bench/.cache/ for the next run. */
    },
  };
}

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export async function openPostgres(data: Dataset): Promise<BenchDatabase> {
  const started = Date.now();
  const name = `kindred_bench_${randomBytes(5).toString('hex')}`;
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_DATABASE_URL);
  url.pathname = `/${name}`;
  const config: DatabaseConfig = { dialect: 'postgres', connectionString: url.toString() };
  const dispose = () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  try {
    const db = createDb(config);
    try {
      await insertDataset(db, 'postgres', data);
      await settle(db, 'postgres');
    } finally {
      await db.destroy();
    }
  } catch (error) {
    await dispose();
    throw error;
  }
  return {
    dialect: 'postgres',
    config,
    origin: 'generated',
    loadSeconds: (Date.now() - started) / 1000,
    dispose,
  };
}
