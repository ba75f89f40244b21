// A real Kindred server for browser journeys: fresh SQLite database, the built web app from
// dist/web, listening on 127.0.0.1 at a random port.
import { buildApp } from '../../src/server/app';
import type { Db } from '../../src/server/db/database';
import { seedDemoGroups } from '../../src/server/seed/demo-groups.seed';
import { seedDemo } from '../../src/server/seed/organization.seed';
import { testConfig } from './test-config';
import { createTestDb } from './test-db';

export interface TestServer {
  url: string;
  db: Db;
  createAdmin(email: string, password: string, displayName: string): Promise<void>;
  close(): Promise<void>;
}

export async function startTestServer(): Promise<TestServer> {
  const testDb = await createTestDb();
  await seedDemo(testDb.db);
  const config = testConfig(testDb.config);
  const app = await buildApp(config, { db: testDb.db });
  // Browser journeys see what a fresh `npm start` shows: the demo organization and its groups.
  await seedDemoGroups(app);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  const url = `http://127.0.0.1:${address.port}`;
  // Links in mail must point at this server, not the default public URL.
  config.publicUrl = new URL(url);
  return {
    url,
    db: testDb.db,
    async createAdmin(email, password, displayName) {
      await app.services.adminBootstrap.createAdmin({ email, password, displayName });
    },
    async close() {
      await app.close();
      await testDb.destroy();
    },
  };
}
