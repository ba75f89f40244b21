// Kysely factory: embedded SQLite by default, PostgreSQL for scale-out. Everything above this
// file is dialect-agnostic.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import {
  Kysely,
  PostgresAdapter,
  PostgresDialect,
  SqliteDialect,
  type SqliteDatabase,
} from 'kysely';
import pg from 'pg';
import type { DatabaseConfig } from '../config';
import type { Database } from './schema';

export type Db = Kysely<Database>;
export type Dialect = DatabaseConfig['dialect'];

/** Which dialect a Kysely instance (or transaction) speaks, for the few dialect-specific queries. */
export function dialectOf(db: Kysely<Database>): Dialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

export function createDb(config: DatabaseConfig): Db {
  if (config.dialect === 'postgres') {
    // Fail fast rather than hang: /help falls back to defaults when the database is unreachable.
    const pool = new pg.Pool({
      connectionString: config.connectionString,
      max: 10,
      connectionTimeoutMillis: 5_000,
      statement_timeout: 15_000,
    });
    // An idle client can be cut off (server restart, failover, a dropped test database). The pool
    // replaces it on the next checkout; without a listener the error would crash the process.
    pool.on('error', () => undefined);
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  if (config.filename !== ':memory:') {
    mkdirSync(path.dirname(path.resolve(config.filename)), { recursive: true });
  }
  const sqlite = new SQLite(config.filename);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  return new Kysely<Database>({
    dialect: new SqliteDialect({ database: cachingStatements(sqlite) }),
  });
}

/** How many distinct SQL texts keep their prepared statement. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely's SQLite driver prepares every query anew, which costs 0.1–0.3 ms for the directory's
 * long statements, several per page; the same SQL texts come back all the time (values are bound
 * parameters), so prepared statements are kept by text. A statement still being iterated (a
 * stream) is busy and cannot be rebound: such a call gets a fresh one. SQLite re-prepares a kept
 * statement by itself after a schema change.
 */
function cachingStatements(database: SQLite.Database): SqliteDatabase {
  const kept = new Map<string, SQLite.Statement>();
  return {
    close: () => {
      kept.clear();
      database.close();
    },
    prepare: (text: string) => {
      const hit = kept.get(text);
      if (hit !== undefined && !hit.busy) return hit;
      const statement = database.prepare(text);
      if (hit === undefined) {
        if (kept.size >= STATEMENT_CACHE_SIZE) {
          const oldest = kept.keys().next();
          if (oldest.done !== true) kept.delete(oldest.value);
        }
        kept.set(text, statement);
      }
      return statement;
    },
  };
}
