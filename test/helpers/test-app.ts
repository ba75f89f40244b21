// The medium-test context: the real app (buildApp) on a fresh real database, with builders
// such as ctx.newUser({ role: 'admin' }) in the spirit of Immich's medium tests.
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp, type AppDeps } from '../../src/server/app';
import type { Config } from '../../src/server/config';
import type { Db } from '../../src/server/db/database';
import type { Role } from '../../src/server/db/schema';
import { seedDemo } from '../../src/server/seed/organization.seed';
import { testConfig } from './test-config';
import { createTestDb, type TestDb } from './test-db';

export interface TestUser {
  id: string;
  email: string;
  password: string;
  displayName: string;
  role: Role;
  cookie: string;
}

export interface TestContext {
  app: FastifyInstance;
  db: Db;
  config: Config;
  request(opts: InjectOptions & { as?: TestUser }): Promise<LightMyRequestResponse>;
  newUser(opts?: {
    role?: Role;
    email?: string;
    password?: string;
    displayName?: string;
  }): Promise<TestUser>;
  close(): Promise<void>;
}

let counter = 0;

export function sessionCookieFrom(res: LightMyRequestResponse): string {
  const cookie = res.cookies.find((c) => c.name.endsWith('kindred_session'));
  if (!cookie) throw new Error(`no session cookie in response ${res.statusCode}: ${res.body}`);
  return `${cookie.name}=${cookie.value}`;
}

export async function createTestContext(
  opts: { config?: Partial<Config>; deps?: Omit<AppDeps, 'db'>; seed?: boolean } = {},
): Promise<TestContext> {
  const testDb: TestDb = await createTestDb();
  if (opts.seed !== false) await seedDemo(testDb.db);
  const config = testConfig(testDb.config, opts.config);
  const app = await buildApp(config, { ...opts.deps, db: testDb.db });
  await app.ready();

  const request: TestContext['request'] = async ({ as, ...inject }) => {
    const res = await app.inject({
      ...inject,
      headers: { ...(as ? { cookie: as.cookie } : {}), ...inject.headers },
    });
    // Mail goes out after the reply; let it land so tests can read the outbox.
    await app.services.background.drain();
    return res;
  };

  return {
    app,
    db: testDb.db,
    config,
    request,
    async newUser(u = {}) {
      counter += 1;
      const email = u.email ?? `person${counter}-${Date.now()}@example.org`;
      const password = u.password ?? 'correct horse battery';
      const displayName = u.displayName ?? `Sam ${String.fromCharCode(65 + (counter % 26))}.`;
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/sign-up',
        payload: { email, password, displayName },
      });
      if (res.statusCode !== 201) throw new Error(`sign-up failed: ${res.statusCode} ${res.body}`);
      const id = res.json<{ user: { id: string } }>().user.id;
      const role = u.role ?? 'member';
      if (role !== 'member') {
        await testDb.db.updateTable('app_user').set({ role }).where('id', '=', id).execute();
      }
      return { id, email, password, displayName, role, cookie: sessionCookieFrom(res) };
    },
    async close() {
      await app.close();
      await testDb.destroy();
    },
  };
}
