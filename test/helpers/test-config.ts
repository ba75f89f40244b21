import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type Config,
  type DatabaseConfig,
  defaultRateLimits,
  type RateLimits,
} from '../../src/server/config';

/** Cheap argon2id parameters for tests; production cost is asserted separately. */
export const TEST_PASSWORD_COST = { memoryCost: 1024, timeCost: 1, parallelism: 1 };

/** Limits high enough that suites creating many accounts from 127.0.0.1 never meet them. */
const generous = { max: 10_000, windowMs: 60_000 };
export const relaxedRateLimits: RateLimits = {
  signInPerIp: generous,
  signInPerAccount: generous,
  signUpPerIp: generous,
  resetPerIp: generous,
  resetPerAccount: generous,
};

export function testConfig(database: DatabaseConfig, overrides: Partial<Config> = {}): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    dataDir: path.join(tmpdir(), 'kindred-test-data'),
    database,
    publicUrl: new URL('http://localhost:3000'),
    smtpUrl: undefined,
    mailFrom: 'Kindred <no-reply@localhost>',
    sessionSecret: 'test-secret-test-secret-test-secret-0123456789',
    logLevel: 'silent',
    trustProxy: false,
    webDir: fileURLToPath(new URL('../../dist/web/', import.meta.url)),
    rateLimits: defaultRateLimits,
    passwordHashing: TEST_PASSWORD_COST,
    ...overrides,
  };
}
