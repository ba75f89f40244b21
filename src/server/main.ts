// Process entry for `kindred serve`: read config, migrate, seed on first start, listen, and shut
// down gracefully (stop accepting, finish in-flight requests, close the database).
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import type { Config } from './config';
import { createDb } from './db/database';
import { migrateToLatest } from './db/migrator';
import { createLogger } from './logger';
import { startJobs } from './jobs/scheduler';
import { seedDemoGroups } from './seed/demo-groups.seed';
import { seedDemo } from './seed/organization.seed';

const SHUTDOWN_GRACE_MS = 10_000;

export interface RunningServer {
  app: FastifyInstance;
  url: string;
  close(): Promise<void>;
}

export async function startServer(config: Config): Promise<RunningServer> {
  const log = createLogger(config.logLevel);
  const db = createDb(config.database);
  const applied = await migrateToLatest(db, config.database.dialect);
  if (applied.length > 0) log.info({ migrations: applied }, 'database migrated');
  const firstStart = await seedDemo(db);
  const app = await buildApp(config, { db, logger: log });
  if (firstStart) {
    const groups = await seedDemoGroups(app);
    log.info({ groups }, 'first start: demo organization and its groups loaded');
  }
  startJobs(app);
  app.addHook('onClose', async () => {
    await db.destroy();
  });
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  // With PORT=0 (tests) the OS picks the port, so PUBLIC_URL cannot know it.
  const url = config.port === 0 ? `http://127.0.0.1:${port}` : config.publicUrl.origin;
  return { app, url, close: () => app.close() };
}

/** Wires SIGTERM/SIGINT to a graceful close, with a hard stop if in-flight work hangs. */
export function closeOnSignals(server: RunningServer): void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    server.app.log.info({ signal }, 'shutting down: finishing in-flight requests');
    const timer = setTimeout(() => {
      server.app.log.error('shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    timer.unref();
    server
      .close()
      .then(() => {
        server.app.log.info('stopped');
        process.exit(0);
      })
      .catch((error: unknown) => {
        server.app.log.error({ err: error }, 'error while shutting down');
        process.exit(1);
      });
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
}
