import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ConfigError,
  defaultRateLimits,
  loadConfig,
  owaspArgon2,
  parseDatabaseUrl,
} from './config';

const SECRET = 'a-session-secret-that-is-long-enough-0123';

function configError(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'kindred-config-'));
  });
  afterEach(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('names every bad variable at once', () => {
    const error = configError({
      PORT: 'abc',
      DATABASE_URL: 'mysql://x',
      PUBLIC_URL: 'not a url',
      SMTP_URL: 'http://mail.example.org',
      SESSION_SECRET: 'short',
      DATA_DIR: dataDir,
    });
    const named = error.problems.map((p) => p.split(':')[0]).sort();
    expect(named).toEqual(['DATABASE_URL', 'PORT', 'PUBLIC_URL', 'SESSION_SECRET', 'SMTP_URL']);
    expect(error.problems.find((p) => p.startsWith('PORT'))).toMatch(/number/);
    expect(error.problems.find((p) => p.startsWith('SESSION_SECRET'))).toMatch(/32 characters/);
    expect(error.message).toContain('Invalid configuration');
    for (const p of error.problems) expect(error.message).toContain(p);
    // Nothing was written while the configuration was invalid.
    expect(existsSync(path.join(dataDir, 'session-secret'))).toBe(false);
  });

  it.each([
    ['PORT', '70000', /between 0 and 65535/],
    ['PORT', '3000.5', /whole number/],
    ['PUBLIC_URL', 'ftp://example.org', /http:\/\/ or https:\/\//],
    ['SMTP_URL', 'not-a-url', /smtp:\/\/ or smtps:\/\//],
    ['DATABASE_URL', 'mysql://db.example.org/kindred', /postgres/],
    ['LOG_LEVEL', 'chatty', /./],
    ['TRUST_PROXY', 'yes', /./],
  ])('rejects %s=%s', (name, value, message) => {
    const error = configError({ DATA_DIR: dataDir, [name]: value });
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatch(new RegExp(`^${name}: `));
    expect(error.problems[0]).toMatch(message);
  });

  it('requires SESSION_SECRET with PostgreSQL', () => {
    const error = configError({
      DATABASE_URL: 'postgres://kindred@db.example.org/kindred',
      DATA_DIR: dataDir,
    });
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatch(/^SESSION_SECRET: .*PostgreSQL/);
    expect(existsSync(path.join(dataDir, 'session-secret'))).toBe(false);

    const ok = loadConfig({
      DATABASE_URL: 'postgresql://kindred@db.example.org/kindred',
      SESSION_SECRET: SECRET,
    });
    expect(ok.database).toEqual({
      dialect: 'postgres',
      connectionString: 'postgresql://kindred@db.example.org/kindred',
    });
    expect(ok.sessionSecret).toBe(SECRET);
  });

  it('generates a session secret once in embedded mode and reuses it', () => {
    const first = loadConfig({ DATA_DIR: dataDir });
    const file = path.join(dataDir, 'session-secret');
    expect(existsSync(file)).toBe(true);
    expect(first.sessionSecret.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(file, 'utf8').trim()).toBe(first.sessionSecret);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o077).toBe(0);

    const second = loadConfig({ DATA_DIR: dataDir });
    expect(second.sessionSecret).toBe(first.sessionSecret);

    const elsewhere = mkdtempSync(path.join(tmpdir(), 'kindred-config-'));
    try {
      expect(loadConfig({ DATA_DIR: elsewhere }).sessionSecret).not.toBe(first.sessionSecret);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('creates the data folder for the secret when it does not exist yet', () => {
    const nested = path.join(dataDir, 'not', 'yet');
    const config = loadConfig({ DATA_DIR: nested });
    expect(readFileSync(path.join(nested, 'session-secret'), 'utf8').trim()).toBe(
      config.sessionSecret,
    );
  });

  it('prefers an explicit SESSION_SECRET and writes no file', () => {
    const config = loadConfig({ DATA_DIR: dataDir, SESSION_SECRET: SECRET });
    expect(config.sessionSecret).toBe(SECRET);
    expect(existsSync(path.join(dataDir, 'session-secret'))).toBe(false);
  });

  it('has sensible defaults', () => {
    const config = loadConfig({ DATA_DIR: dataDir });
    expect(config).toMatchObject({
      port: 3000,
      host: '0.0.0.0',
      dataDir,
      database: { dialect: 'sqlite', filename: path.join(dataDir, 'kindred.db') },
      smtpUrl: undefined,
      mailFrom: 'Kindred <no-reply@localhost>',
      logLevel: 'info',
      trustProxy: false,
      rateLimits: defaultRateLimits,
      passwordHashing: owaspArgon2,
    });
    expect(config.publicUrl.href).toBe('http://localhost:3000/');
    expect(loadConfig({ DATA_DIR: dataDir, PORT: '8080' }).publicUrl.href).toBe(
      'http://localhost:8080/',
    );
    // With a secret given, nothing touches the default ./data folder.
    const defaults = loadConfig({ SESSION_SECRET: SECRET });
    expect(defaults.dataDir).toBe('./data');
    expect(defaults.database).toEqual({
      dialect: 'sqlite',
      filename: path.join('data', 'kindred.db'),
    });
  });

  it('reads the other variables', () => {
    const config = loadConfig({
      DATA_DIR: dataDir,
      PORT: '0',
      PUBLIC_URL: 'https://groups.example.org',
      SMTP_URL: 'smtps://user:pass@mail.example.org:465',
      TRUST_PROXY: '1',
      LOG_LEVEL: 'warn',
    });
    expect(config).toMatchObject({
      port: 0,
      smtpUrl: 'smtps://user:pass@mail.example.org:465',
      trustProxy: true,
      logLevel: 'warn',
    });
    expect(config.publicUrl.origin).toBe('https://groups.example.org');
  });
});

describe('parseDatabaseUrl', () => {
  it('understands sqlite:, file: and plain paths', () => {
    expect(parseDatabaseUrl('sqlite:/var/lib/kindred/k.db', '/d')).toEqual({
      dialect: 'sqlite',
      filename: '/var/lib/kindred/k.db',
    });
    expect(parseDatabaseUrl('file:./k.db', '/d')).toEqual({
      dialect: 'sqlite',
      filename: './k.db',
    });
    expect(parseDatabaseUrl('./local.db', '/d')).toEqual({
      dialect: 'sqlite',
      filename: './local.db',
    });
    expect(parseDatabaseUrl('', '/d')).toEqual({
      dialect: 'sqlite',
      filename: path.join('/d', 'kindred.db'),
    });
  });
});
