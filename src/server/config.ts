// Configuration comes from environment variables, validated once at start. Each bad value gets
// its own clear message so an operator can fix everything in one go.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const urlWithScheme = (schemes: string[]) =>
  z.string().refine(
    (value) => {
      try {
        return schemes.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    { error: `must be a URL starting with ${schemes.map((s) => `${s}//`).join(' or ')}` },
  );

const envSchema = z.object({
  PORT: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'must be between 0 and 65535')
    .max(65535, 'must be between 0 and 65535')
    .default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .refine((v) => /^(postgres|postgresql):\/\/|^sqlite:|^file:/.test(v) || !v.includes('://'), {
      error: 'must be postgres://…, sqlite:<path> or a file path',
    })
    .optional(),
  PUBLIC_URL: urlWithScheme(['http:', 'https:']).optional(),
  SMTP_URL: urlWithScheme(['smtp:', 'smtps:']).optional(),
  MAIL_FROM: z.string().min(3).default('Kindred <no-reply@localhost>'),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
});

export type DatabaseConfig =
  { dialect: 'sqlite'; filename: string } | { dialect: 'postgres'; connectionString: string };

export interface RateLimitRule {
  max: number;
  windowMs: number;
}

export interface RateLimits {
  signInPerIp: RateLimitRule;
  signInPerAccount: RateLimitRule;
  signUpPerIp: RateLimitRule;
  resetPerIp: RateLimitRule;
  resetPerAccount: RateLimitRule;
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  database: DatabaseConfig;
  publicUrl: URL;
  smtpUrl: string | undefined;
  mailFrom: string;
  sessionSecret: string;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  trustProxy: boolean;
  /** Serve the built web app from this folder, if it exists. */
  webDir: string | undefined;
  rateLimits: RateLimits;
  /** argon2id cost; tests may lower it, production keeps OWASP's recommendation. */
  passwordHashing: { memoryCost: number; timeCost: number; parallelism: number };
}

const minutes = (n: number) => n * 60_000;

export const defaultRateLimits: RateLimits = {
  signInPerIp: { max: 30, windowMs: minutes(15) },
  signInPerAccount: { max: 10, windowMs: minutes(15) },
  signUpPerIp: { max: 10, windowMs: minutes(60) },
  resetPerIp: { max: 10, windowMs: minutes(60) },
  resetPerAccount: { max: 3, windowMs: minutes(60) },
};

// OWASP Password Storage Cheat Sheet: argon2id, 19 MiB, 2 iterations, 1 degree of parallelism.
export const owaspArgon2 = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function parseDatabaseUrl(value: string | undefined, dataDir: string): DatabaseConfig {
  if (value === undefined || value === '') {
    return { dialect: 'sqlite', filename: path.join(dataDir, 'kindred.db') };
  }
  if (/^postgres(ql)?:\/\//.test(value)) return { dialect: 'postgres', connectionString: value };
  const filename = value.replace(/^sqlite:(\/\/)?/, '').replace(/^file:(\/\/)?/, '');
  return { dialect: 'sqlite', filename };
}

/** In embedded mode a secret is generated once and kept in the data folder. */
function loadOrCreateSecret(dataDir: string): string {
  const file = path.join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }
  const e = parsed.data;
  const database = parseDatabaseUrl(e.DATABASE_URL, e.DATA_DIR);
  if (database.dialect === 'postgres' && e.SESSION_SECRET === undefined) {
    throw new ConfigError([
      'SESSION_SECRET: is required with PostgreSQL, so every instance shares it (at least 32 characters)',
    ]);
  }
  const publicUrl = new URL(e.PUBLIC_URL ?? `http://localhost:${e.PORT}`);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    database,
    publicUrl,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    sessionSecret: e.SESSION_SECRET ?? loadOrCreateSecret(e.DATA_DIR),
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    webDir: fileURLToPath(new URL('../../dist/web/', import.meta.url)),
    rateLimits: defaultRateLimits,
    passwordHashing: owaspArgon2,
  };
}
