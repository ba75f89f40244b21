import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Db } from '../db/database';
import type { Background } from '../lib/background';
import type { Clock } from '../lib/clock';
import type { PasswordHasher } from '../lib/passwords';
import type { Mailer } from '../mail/mailer';
import type { Repositories } from '../repositories/index';

/** What every service needs, built once in buildApp. */
export interface ServiceContext {
  config: Config;
  db: Db;
  repos: Repositories;
  clock: Clock;
  mailer: Mailer;
  hasher: PasswordHasher;
  log: Logger;
  background: Background;
}
