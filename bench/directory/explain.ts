// `--explain`: for each query shape, the directory search SQL the app really sends (captured
// through Kysely's query log while the app answers the shape's first seeded request), its plan
// (SQLite EXPLAIN QUERY PLAN, PostgreSQL EXPLAIN (ANALYZE, BUFFERS)), and where a request's time
// goes: every SQL statement's duration against the whole request, over a sample of requests.
import SQLite from 'better-sqlite3';
import { type CompiledQuery, type LogEvent, Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { DatabaseConfig } from '../../src/server/config';
import { buildApp } from '../../src/server/app';
import type { Database } from '../../src/server/db/schema';
import { testConfig } from '../../test/helpers/test-config';
import { pathsFor, type QueryShape, SHAPES } from './shapes';

export interface ShapeProfile {
  shape: string;
  path: string;
  sql: string;
  parameters: unknown[];
  plan: string[];
  /** Mean and p95 (ms) over the sampled requests, measured in-process with app.inject(). */
  request: { mean: number; p95: number };
  /** Mean ms per request of each statement kind. */
  statements: Record<string, number>;
  /** Request time outside SQL: routing, validation, views, serialization. */
  outsideSql: number;
  /** The slowest sampled requests, with their search SQL time. */
  slowest: { path: string; ms: number; searchMs: number }[];
}

interface Logged {
  sql: string;
  parameters: readonly unknown[];
  ms: number;
}

function kindOf(sql: string): string {
  if (sql.startsWith('update "support_group"')) return 'refreshNext';
  if (sql.includes('from "support_group" as "g"')) return 'search';
  if (sql.includes('from "schedule_exception"')) return 'exceptions';
  if (sql.includes('from "schedule"')) return 'schedules';
  if (sql.includes('from "category"') || sql.includes('from "topic"')) return 'taxonomy';
  return 'other';
}

function openLogged(config: DatabaseConfig, sink: Logged[]) {
  const log = (event: LogEvent) => {
    const q: CompiledQuery = event.query;
    sink.push({ sql: q.sql, parameters: q.parameters, ms: event.queryDurationMillis });
  };
  if (config.dialect === 'postgres') {
    const pool = new pg.Pool({ connectionString: config.connectionString, max: 10 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log });
    const explain = async (sql: string, params: readonly unknown[]) => {
      const r = await pool.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN (ANALYZE, BUFFERS) ${sql}`,
        params as unknown[],
      );
      return r.rows.map((row) => row['QUERY PLAN']);
    };
    return { db, explain };
  }
  // Same settings as createDb().
  const sqlite = new SQLite(config.filename);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }), log });
  const explain = async (sql: string, params: readonly unknown[]) => {
    const rows = sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as {
      id: number;
      parent: number;
      detail: string;
    }[];
    const depth = new Map<number, number>([[0, -1]]);
    return rows.map((r) => {
      const d = (depth.get(r.parent) ?? -1) + 1;
      depth.set(r.id, d);
      return `${'  '.repeat(d)}${r.detail}`;
    });
  };
  return { db, explain };
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
const r2 = (x: number) => Math.round(x * 100) / 100;

export async function explainShapes(
  config: DatabaseConfig,
  seed: number,
  samples: number,
  only?: Set<string>,
  path?: string,
): Promise<ShapeProfile[]> {
  const sink: Logged[] = [];
  const { db, explain } = openLogged(config, sink);
  const app = await buildApp(testConfig(config, { logLevel: 'silent', webDir: undefined }), {
    db,
  });
  await app.ready();
  const out: ShapeProfile[] = [];
  try {
    const shapes: readonly QueryShape[] =
      path === undefined ? SHAPES : [{ id: 'path', label: path, next: () => path }];
    for (const shape of shapes) {
      if (only !== undefined && path === undefined && !only.has(shape.id)) continue;
      const next = pathsFor(shape, seed);
      const totals: number[] = [];
      const timed: { path: string; ms: number; searchMs: number }[] = [];
      const byKind: Record<string, number[]> = {};
      let first: { path: string; search: Logged } | undefined;
      // Warm up (JIT, caches), then measure.
      for (let i = 0; i < samples + 20; i += 1) {
        const path = next();
        sink.length = 0;
        const t = process.hrtime.bigint();
        const res = await app.inject({ method: 'GET', url: path });
        const ms = Number(process.hrtime.bigint() - t) / 1e6;
        if (res.statusCode !== 200)
          throw new Error(`${path}: ${String(res.statusCode)} ${res.body}`);
        if (i < 20) continue;
        totals.push(ms);
        const perKind: Record<string, number> = {};
        for (const q of sink) {
          const k = kindOf(q.sql);
          perKind[k] = (perKind[k] ?? 0) + q.ms;
        }
        for (const [k, v] of Object.entries(perKind)) (byKind[k] ??= []).push(v);
        const search = sink.find((q) => kindOf(q.sql) === 'search');
        timed.push({ path, ms: r2(ms), searchMs: r2(search?.ms ?? 0) });
        if (first === undefined && search !== undefined) first = { path, search };
      }
      if (first === undefined) throw new Error(`${shape.id}: no search query captured`);
      const statements = Object.fromEntries(
        Object.entries(byKind).map(([k, v]) => [k, r2(v.reduce((s, x) => s + x, 0) / samples)]),
      );
      const sorted = [...totals].sort((a, b) => a - b);
      out.push({
        shape: shape.id,
        path: first.path,
        sql: first.search.sql,
        parameters: [...first.search.parameters],
        plan: await explain(first.search.sql, first.search.parameters),
        request: {
          mean: r2(mean(totals)),
          p95: r2(sorted[Math.floor(sorted.length * 0.95)] ?? NaN),
        },
        statements,
        outsideSql: r2(mean(totals) - Object.values(statements).reduce((s, x) => s + x, 0)),
        slowest: timed.sort((a, b) => b.ms - a.ms).slice(0, 3),
      });
    }
  } finally {
    await app.close();
    await db.destroy();
  }
  return out;
}
