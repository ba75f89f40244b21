import { type Kysely, type Migration, type MigrationResultSet, Migrator } from 'kysely';

// Migrations work on any schema version, so they see the database untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;
import type { Dialect } from './database';
import { migrations } from './migrations/index';

/** Migrations receive the dialect for the few places where column types must differ. */
export interface MigrationContext {
  dialect: Dialect;
}

export interface MigrationModule {
  up(db: Kysely<unknown>, ctx: MigrationContext): Promise<void>;
  down(db: Kysely<unknown>, ctx: MigrationContext): Promise<void>;
}

function migratorFor(db: AnyDb, dialect: Dialect): Migrator {
  const ctx: MigrationContext = { dialect };
  return new Migrator({
    db,
    provider: {
      async getMigrations() {
        const list: Record<string, Migration> = {};
        for (const [name, m] of Object.entries(migrations)) {
          list[name] = { up: (d) => m.up(d, ctx), down: (d) => m.down(d, ctx) };
        }
        return list;
      },
    },
  });
}

function check({ error, results }: MigrationResultSet): string[] {
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === 'Error');
    const cause = error instanceof Error ? error.message : JSON.stringify(error);
    throw new Error(`Migration ${failed?.migrationName ?? '(unknown)'} failed: ${cause}`);
  }
  return (results ?? []).map((r) => r.migrationName);
}

/** Applies every pending migration; returns the names applied. */
export async function migrateToLatest(db: AnyDb, dialect: Dialect): Promise<string[]> {
  return check(await migratorFor(db, dialect).migrateToLatest());
}

/** Reverts the most recent migration; returns the name reverted, if any. */
export async function migrateDown(db: AnyDb, dialect: Dialect): Promise<string[]> {
  return check(await migratorFor(db, dialect).migrateDown());
}

/** Reverts every migration (used by the up → down → up test). */
export async function migrateToBottom(db: AnyDb, dialect: Dialect): Promise<void> {
  const { NO_MIGRATIONS } = await import('kysely');
  check(await migratorFor(db, dialect).migrateTo(NO_MIGRATIONS));
}
