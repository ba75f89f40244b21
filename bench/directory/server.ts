// The server under test, in its own process so the load generator never shares its event loop:
// the real app (buildApp with the production database factory, log level silent) plus a bare
// Fastify instance with one JSON route, the ceiling. Talks to the parent over IPC.
import Fastify from 'fastify';
import type { DatabaseConfig } from '../../src/server/config';
import { buildApp } from '../../src/server/app';
import { createDb } from '../../src/server/db/database';
import { testConfig } from '../../test/helpers/test-config';

export interface ServerReady {
  type: 'ready';
  appPort: number;
  barePort: number;
  pid: number;
  /** The summaries built after start, as the server's start-up job does (none with --cold). */
  warm: { groups: number; seconds: number } | null;
}

async function main(): Promise<void> {
  const raw = process.env.BENCH_DATABASE_CONFIG;
  if (raw === undefined || process.send === undefined) {
    throw new Error('Start this through bench/directory/main.ts');
  }
  const database = JSON.parse(raw) as DatabaseConfig;
  const db = createDb(database);
  const app = await buildApp(testConfig(database, { logLevel: 'silent', webDir: undefined }), {
    db,
  });
  // What `kindred serve` does after start, awaited here so the figures are a running server's.
  let warm: ServerReady['warm'] = null;
  if (process.env.BENCH_COLD !== '1') {
    const started = performance.now();
    const groups = await app.services.directory.warm();
    warm = { groups, seconds: Math.round(performance.now() - started) / 1000 };
  }
  // The app's own hooks (security headers, session, CSRF) with no database work.
  app.get('/bench/noop', async () => ({ ok: true }));
  await app.listen({ host: '127.0.0.1', port: 0 });

  const bare = Fastify({ logger: false });
  bare.get('/ok', async () => ({ ok: true }));
  await bare.listen({ host: '127.0.0.1', port: 0 });

  const portOf = (a: { server: { address(): unknown } }) =>
    (a.server.address() as { port: number }).port;
  const ready: ServerReady = {
    type: 'ready',
    appPort: portOf(app),
    barePort: portOf(bare),
    pid: process.pid,
    warm,
  };
  process.send(ready);

  process.on('message', (message) => {
    if (message !== 'close') return;
    void (async () => {
      await bare.close();
      await app.close();
      await db.destroy();
      process.exit(0);
    })();
  });
  process.on('disconnect', () => process.exit(0));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
