// npm run bench:directory [-- options]
//
// Generates 100,000 meetings (seeded), loads them into SQLite and PostgreSQL, starts the real app
// on each and drives every directory query shape over HTTP with autocannon, next to a bare Fastify
// route as the ceiling. Prints a table and writes bench/results/directory-<timestamp>.json.
//
//   --explain            print each shape's search SQL, plan and time breakdown instead
//   --path=/api/groups?… with --explain: that one request instead of the shapes
//   --db=sqlite|postgres only one database (default: both)
//   --shapes=a,b         only these shapes (ids: see shapes.ts)
//   --duration=8         seconds measured per shape (after --warmup=2 seconds)
//   --connections=10     concurrent connections
//   --meetings=100000    dataset size; --seed=N to change the dataset
//   --no-cache           rebuild the cached SQLite file
//   --cold               measure without first building the directory's summaries, as a server
//                        just started would answer (by default the server's start-up job runs
//                        to the end before the first shape)
//   --keep               keep the PostgreSQL database (its name is printed) for experiments
//   --wait-idle=300      first wait up to this many seconds for the 1-minute load average to
//                        drop under 1 (a shared machine skews every figure)
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { type Dataset, DEFAULT_MEETINGS, DEFAULT_SEED, generateDataset } from './dataset';
import { ADMIN_DATABASE_URL, type BenchDatabase, openPostgres, openSqlite } from './databases';
import { explainShapes, type ShapeProfile } from './explain';
import { drive, type LoadFigures, type RunningServer, startServer } from './load';
import { pathsFor, SHAPES } from './shapes';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RESULTS_DIR = path.join(ROOT, 'bench', 'results');
const TARGET_P99_MS = 20;
const DAY_MS = 86_400_000;

const { values: args } = parseArgs({
  options: {
    explain: { type: 'boolean', default: false },
    db: { type: 'string', default: 'both' },
    shapes: { type: 'string' },
    duration: { type: 'string', default: '8' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '10' },
    meetings: { type: 'string', default: String(DEFAULT_MEETINGS) },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    samples: { type: 'string', default: '200' },
    'no-cache': { type: 'boolean', default: false },
    cold: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    path: { type: 'string' },
    'wait-idle': { type: 'string', default: '0' },
  },
});

const meetings = Number(args.meetings);
const seed = Number(args.seed);
const duration = Number(args.duration);
const warmup = Number(args.warmup);
const connections = Number(args.connections);
const dialects = (args.db === 'both' ? ['sqlite', 'postgres'] : [args.db]) as (
  'sqlite' | 'postgres'
)[];
if (!['both', 'sqlite', 'postgres'].includes(args.db)) {
  throw new Error(`--db is sqlite, postgres or both, not ${args.db}`);
}
const onlyShapes = args.shapes === undefined ? undefined : new Set(args.shapes.split(','));
const shapes = SHAPES.filter((s) => onlyShapes === undefined || onlyShapes.has(s.id));
const anchor = new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS);

const log = (message: string) => process.stderr.write(`${message}\n`);

let dataset: Dataset | undefined;
let generateSeconds = 0;
function getDataset(): Dataset {
  if (dataset === undefined) {
    log(`generating ${String(meetings)} meetings (seed ${String(seed)})…`);
    const t = Date.now();
    dataset = generateDataset(meetings, seed, anchor);
    generateSeconds = (Date.now() - t) / 1000;
    log(
      `  ${String(dataset.groups.length)} groups, ${String(dataset.schedules.length)} schedules, ${String(dataset.occurrences.length)} occurrences in ${generateSeconds.toFixed(1)} s`,
    );
  }
  return dataset;
}

function git(...argv: string[]): string {
  try {
    return execFileSync('git', argv, { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

async function databaseVersion(db: BenchDatabase): Promise<string> {
  if (db.config.dialect === 'sqlite') {
    const s = new SQLite(db.config.filename, { readonly: true });
    try {
      return `SQLite ${(s.prepare('select sqlite_version() as v').get() as { v: string }).v}`;
    } finally {
      s.close();
    }
  }
  const client = new pg.Client({ connectionString: db.config.connectionString });
  await client.connect();
  try {
    const r = await client.query<{ v: string }>(`select current_setting('server_version') as v`);
    return `PostgreSQL ${r.rows[0]?.v ?? '?'}`;
  } finally {
    await client.end();
  }
}

async function counts(db: BenchDatabase): Promise<Record<string, number>> {
  const tables = ['support_group', 'schedule', 'occurrence', 'group_tag'];
  const out: Record<string, number> = {};
  if (db.config.dialect === 'sqlite') {
    const s = new SQLite(db.config.filename, { readonly: true });
    try {
      for (const t of tables)
        out[t] = (s.prepare(`select count(*) as n from ${t}`).get() as { n: number }).n;
      out.active_groups = (
        s.prepare(`select count(*) as n from support_group where status = 'active'`).get() as {
          n: number;
        }
      ).n;
    } finally {
      s.close();
    }
    return out;
  }
  const client = new pg.Client({ connectionString: db.config.connectionString });
  await client.connect();
  try {
    for (const t of tables) {
      const r = await client.query<{ n: string }>(`select count(*) as n from ${t}`);
      out[t] = Number(r.rows[0]?.n);
    }
    const r = await client.query<{ n: string }>(
      `select count(*) as n from support_group where status = 'active'`,
    );
    out.active_groups = Number(r.rows[0]?.n);
  } finally {
    await client.end();
  }
  return out;
}

interface ShapeResult extends LoadFigures {
  shape: string;
  label: string;
  ratioToCeiling: number;
  /** From 30 seeded sample requests before the load: how many groups a page held. */
  sample: { meanResults: number; emptyShare: number; example: string };
}

interface DbRun {
  dialect: 'sqlite' | 'postgres';
  /** 1-minute load average before and after the measurements: other work skews them. */
  loadAverage: { before: number; after: number };
  version: string;
  origin: BenchDatabase['origin'];
  loadSeconds: number;
  rows: Record<string, number>;
  ceiling?: LoadFigures;
  appNoop?: LoadFigures;
  /** The summaries the server built before the first shape (null with --cold). */
  warm?: RunningServer['warm'];
  shapes: ShapeResult[];
  explain?: ShapeProfile[];
}

async function sampleShape(
  server: RunningServer,
  next: () => string,
): Promise<ShapeResult['sample']> {
  let total = 0;
  let empty = 0;
  let example = '';
  for (let i = 0; i < 30; i += 1) {
    const p = next();
    if (i === 0) example = p;
    const res = await fetch(server.appUrl + p);
    if (res.status !== 200)
      throw new Error(`${p} answered ${String(res.status)}: ${await res.text()}`);
    const body = (await res.json()) as { groups: unknown[] };
    total += body.groups.length;
    if (body.groups.length === 0) empty += 1;
  }
  return { meanResults: total / 30, emptyShare: empty / 30, example };
}

async function measure(url: string, next: () => string): Promise<LoadFigures> {
  if (warmup > 0) await drive(url, next, { connections, duration: warmup });
  return drive(url, next, { connections, duration });
}

async function runDatabase(db: BenchDatabase): Promise<DbRun> {
  const run: DbRun = {
    dialect: db.dialect,
    loadAverage: { before: loadAverage(), after: NaN },
    version: await databaseVersion(db),
    origin: db.origin,
    loadSeconds: db.loadSeconds,
    rows: await counts(db),
    shapes: [],
  };
  log(`${run.version}: ${JSON.stringify(run.rows)} (${db.origin}, ${db.loadSeconds.toFixed(1)} s)`);
  if (args.explain) {
    run.explain = await explainShapes(db.config, seed, Number(args.samples), onlyShapes, args.path);
    printExplain(run);
    run.loadAverage.after = loadAverage();
    return run;
  }
  const server = await startServer(db.config, args.cold);
  run.warm = server.warm;
  if (server.warm !== null) {
    log(
      `  summaries of ${String(server.warm.groups)} groups built in ${String(server.warm.seconds)} s`,
    );
  }
  try {
    const okPath = () => '/ok';
    log(`  ceiling: bare Fastify { ok: true }`);
    run.ceiling = await measure(server.bareUrl, okPath);
    log(`    ${String(run.ceiling.rps)} req/s, p99 ${String(run.ceiling.p99)} ms`);
    log(`  app no-op route (app hooks, no database)`);
    run.appNoop = await measure(server.appUrl, () => '/bench/noop');
    log(`    ${String(run.appNoop.rps)} req/s, p99 ${String(run.appNoop.p99)} ms`);
    for (const shape of shapes) {
      const next = pathsFor(shape, seed);
      const sample = await sampleShape(server, next);
      log(`  ${shape.id}: e.g. ${sample.example}`);
      const figures = await measure(server.appUrl, next);
      run.shapes.push({
        shape: shape.id,
        label: shape.label,
        ...figures,
        ratioToCeiling: Math.round((figures.rps / run.ceiling.rps) * 10_000) / 10_000,
        sample,
      });
      log(
        `    ${String(figures.rps)} req/s, p50 ${String(figures.p50)} p95 ${String(figures.p95)} p99 ${String(figures.p99)} ms${figures.non2xx + figures.errors > 0 ? ` (${String(figures.non2xx)} non-2xx, ${String(figures.errors)} errors)` : ''}`,
      );
    }
  } finally {
    await server.close();
  }
  run.loadAverage.after = loadAverage();
  return run;
}

const loadAverage = () => Math.round((os.loadavg()[0] ?? NaN) * 100) / 100;

async function waitIdle(seconds: number): Promise<void> {
  const until = Date.now() + seconds * 1000;
  while (loadAverage() >= 1 && Date.now() < until) {
    log(`waiting for the machine to settle (load average ${String(loadAverage())})…`);
    await new Promise((resolve) => setTimeout(resolve, 15_000));
  }
}

function printExplain(run: DbRun): void {
  for (const p of run.explain ?? []) {
    console.log(`\n=== ${run.version} · ${p.shape} · ${p.path}`);
    console.log(
      `request mean ${String(p.request.mean)} ms (p95 ${String(p.request.p95)}); SQL ${JSON.stringify(p.statements)}; outside SQL ${String(p.outsideSql)} ms`,
    );
    for (const slow of p.slowest) {
      console.log(`slow: ${String(slow.ms)} ms (search ${String(slow.searchMs)} ms) ${slow.path}`);
    }
    console.log(p.sql);
    console.log(`params: ${JSON.stringify(p.parameters)}`);
    for (const line of p.plan) console.log(`  ${line}`);
  }
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);
const fmt = (x: number | undefined, d = 1) =>
  x === undefined || Number.isNaN(x) ? '–' : x.toFixed(d);

function printTable(runs: DbRun[]): void {
  const names: Record<string, string> = { sqlite: 'SQLite', postgres: 'PostgreSQL' };
  const cols = ['p50', 'p95', 'p99', 'req/s', '×ceil'];
  const head =
    pad('shape', 36) +
    runs.map((r) => ` | ${pad(names[r.dialect] ?? r.dialect, 38)}`).join('') +
    '\n' +
    pad('', 36) +
    runs
      .map(() => ` | ${cols.map((c, i) => lpad(c, i < 3 ? 6 : i === 3 ? 8 : 7)).join(' ')}`)
      .join('');
  const line = (label: string, figures: (LoadFigures | undefined)[], ceilings: number[]) =>
    pad(label, 36) +
    figures
      .map((f, i) => {
        const ratio = f === undefined ? undefined : f.rps / (ceilings[i] ?? NaN);
        const miss = f !== undefined && f.p99 > TARGET_P99_MS ? '!' : ' ';
        return ` | ${lpad(fmt(f?.p50), 6)} ${lpad(fmt(f?.p95), 6)} ${lpad(fmt(f?.p99), 5)}${miss} ${lpad(fmt(f?.rps, 0), 8)} ${lpad(ratio === undefined ? '–' : `${(ratio * 100).toFixed(1)}%`, 7)}`;
      })
      .join('');
  const ceilings = runs.map((r) => r.ceiling?.rps ?? NaN);
  console.log('');
  console.log(head);
  console.log('-'.repeat(head.split('\n')[0]?.length ?? 80));
  console.log(
    line(
      'ceiling: bare Fastify {ok:true}',
      runs.map((r) => r.ceiling),
      ceilings,
    ),
  );
  console.log(
    line(
      'app no-op route (hooks, no DB)',
      runs.map((r) => r.appNoop),
      ceilings,
    ),
  );
  for (const shape of shapes) {
    console.log(
      line(
        shape.label,
        runs.map((r) => r.shapes.find((s) => s.shape === shape.id)),
        ceilings,
      ),
    );
  }
  console.log(
    `\nload average (1 min) before/after: ${runs.map((r) => `${r.dialect} ${String(r.loadAverage.before)}/${String(r.loadAverage.after)}`).join(', ')} on ${String(os.cpus().length)} CPUs`,
  );
  console.log(
    `latency in ms (client-side, ${String(connections)} connections, ${String(duration)} s per shape after ${String(warmup)} s warm-up); ×ceil = throughput / bare Fastify; ! = p99 over the ${String(TARGET_P99_MS)} ms target`,
  );
}

async function main(): Promise<void> {
  await waitIdle(Number(args['wait-idle']));
  const started = new Date();
  const runs: DbRun[] = [];
  for (const dialect of dialects) {
    const db =
      dialect === 'sqlite'
        ? await openSqlite(meetings, seed, anchor, getDataset, !args['no-cache'])
        : await openPostgres(getDataset());
    try {
      runs.push(await runDatabase(db));
    } finally {
      if (args.keep && db.config.dialect === 'postgres') log(`kept ${db.config.connectionString}`);
      else await db.dispose();
    }
  }
  const cpus = os.cpus();
  const report = {
    benchmark: 'directory',
    mode: args.explain ? 'explain' : 'load',
    startedAt: started.toISOString(),
    finishedAt: new Date().toISOString(),
    git: { commit: git('rev-parse', 'HEAD'), dirty: git('status', '--porcelain') !== '' },
    machine: {
      cpuModel: cpus[0]?.model ?? 'unknown',
      cpuCount: cpus.length,
      memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      node: process.version,
      loadAverageAtStart: loadAverage(),
    },
    settings: {
      connections,
      durationSeconds: duration,
      warmupSeconds: warmup,
      cold: args.cold,
      targetP99Ms: TARGET_P99_MS,
    },
    dataset: {
      meetings,
      seed,
      anchor: anchor.toISOString(),
      generateSeconds,
      groups: dataset?.groups.length ?? runs[0]?.rows.support_group,
      schedules: dataset?.schedules.length ?? runs[0]?.rows.schedule,
      occurrences: dataset?.occurrences.length ?? runs[0]?.rows.occurrence,
      tags: dataset?.tags.length ?? runs[0]?.rows.group_tag,
    },
    postgres: dialects.includes('postgres') ? ADMIN_DATABASE_URL.replace(/\/\/[^@]*@/, '//') : null,
    runs,
  };
  if (!args.explain) printTable(runs);
  mkdirSync(RESULTS_DIR, { recursive: true });
  const stamp = started.toISOString().replace(/[:.]/g, '-');
  const suffix = args.explain ? '-explain' : '';
  const file = path.join(RESULTS_DIR, `directory${suffix}-${stamp}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(
    path.join(RESULTS_DIR, `directory${suffix}-latest.json`),
    `${JSON.stringify(report, null, 2)}\n`,
  );
  log(`\nwrote ${path.relative(ROOT, file)}`);
  const missed = runs.flatMap((r) => r.shapes.filter((s) => s.p99 > TARGET_P99_MS));
  if (missed.length > 0) log(`${String(missed.length)} shape(s) over the p99 target`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
