// The server under test, in its own process so the load generator never shares its event loop.
// Builds a database with N published meetings, starts the real app with one extra route serving
// the very same feed bytes as a static file (@fastify/static, from a temporary folder), measures
// cold builds of the feed, then reports to the parent over IPC.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import fastifyStatic from '@fastify/static';
import pg from 'pg';
import { buildApp } from '../../src/server/app';
import type { DatabaseConfig } from '../../src/server/config';
import { createDb } from '../../src/server/db/database';
import { migrateToLatest } from '../../src/server/db/migrator';
import { instantToLocal } from '../../src/domain/schedule/resolve';
import {
  generateGroups,
  insertGenerated,
} from '../../src/server/interop/meeting-guide/export-fixtures.test-helpers';
import { seedDemo } from '../../src/server/seed/organization.seed';
import { testConfig } from '../../test/helpers/test-config';
import { FEED_PATH, type FeedServerReady } from './protocol';

const round = (x: number) => Math.round(x * 10) / 10;

async function openDatabase(): Promise<{ config: DatabaseConfig; cleanup: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kindred-feed-bench-'));
  if (process.env.BENCH_DB !== 'postgres') {
    return {
      config: { dialect: 'sqlite', filename: path.join(dir, 'kindred.db') },
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const admin = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const name = `kindred_feed_bench_${randomBytes(4).toString('hex')}`;
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE DATABASE ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    config: { dialect: 'postgres', connectionString: url.toString() },
    cleanup: async () => {
      await run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function main(): Promise<void> {
  const send = process.send?.bind(process);
  if (send === undefined) throw new Error('Start this through bench/feed/main.ts');
  const meetings = Number(process.env.BENCH_MEETINGS ?? 10_000);
  const seed = Number(process.env.BENCH_SEED ?? 42);
  const { config: database, cleanup } = await openDatabase();
  const db = createDb(database);
  await migrateToLatest(db, database.dialect);
  await seedDemo(db);

  const datasetStarted = performance.now();
  const org = await db.selectFrom('organization').selectAll().executeTakeFirstOrThrow();
  const now = new Date();
  const generated = generateGroups({
    meetings,
    organizationId: org.id,
    today: instantToLocal(now, org.time_zone).date,
    now,
    seed,
  });
  await insertGenerated(db, generated);
  const datasetSeconds = (performance.now() - datasetStarted) / 1000;

  const staticDir = mkdtempSync(path.join(tmpdir(), 'kindred-feed-static-'));
  const app = await buildApp(testConfig(database, { logLevel: 'silent', webDir: undefined }), {
    db,
  });
  await app.register(fastifyStatic, {
    root: staticDir,
    prefix: '/bench-static/',
    decorateReply: false,
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const port = (app.server.address() as { port: number }).port;

  const coldBuildMs: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    app.services.feed.invalidate();
    const t = performance.now();
    await app.services.feed.meetingGuide();
    coldBuildMs.push(round(performance.now() - t));
  }
  app.services.feed.invalidate();
  const t = performance.now();
  // identity: fetch asks for gzip by default, which would time the compression too.
  const res = await fetch(`http://127.0.0.1:${String(port)}${FEED_PATH}`, {
    headers: { 'accept-encoding': 'identity' },
  });
  const body = Buffer.from(await res.arrayBuffer());
  const coldHttpMs = round(performance.now() - t);

  const doc = await app.services.feed.meetingGuide();
  if (!doc.body.equals(body)) throw new Error('the feed changed between two reads');
  writeFileSync(path.join(staticDir, 'meeting-guide.json'), body);
  const timed = async (encoding: 'br' | 'gzip') => {
    const started = performance.now();
    const bytes = (await doc.encoded(encoding)).length;
    return { bytes, ms: round(performance.now() - started) };
  };

  const ready: FeedServerReady = {
    type: 'ready',
    port,
    pid: process.pid,
    dialect: database.dialect,
    meetings: doc.meetings,
    groups: generated.length,
    bytes: body.length,
    sha256: createHash('sha256').update(body).digest('hex'),
    coldBuildMs,
    coldHttpMs,
    compressed: { br: await timed('br'), gzip: await timed('gzip') },
    datasetSeconds: round(datasetSeconds),
  };
  send(ready);

  const close = async () => {
    await app.close();
    await db.destroy();
    rmSync(staticDir, { recursive: true, force: true });
    await cleanup();
    process.exit(0);
  };
  process.on('message', (message) => {
    if (message === 'close') void close();
  });
  process.on('disconnect', () => void close());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
