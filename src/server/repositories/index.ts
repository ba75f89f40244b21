import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { dialectOf } from '../db/database';
import { AuditRepository } from './audit.repository';
import { CalendarRepository } from './calendar.repository';
import { DirectoryIndexRepository } from './directory-index.repository';
import { DirectoryRepository } from './directory.repository';
import { FeedRepository } from './feed.repository';
import { GroupRepository } from './group.repository';
import { TaxonomyRepository } from './taxonomy.repository';
import { OrganizationRepository } from './organization.repository';
import { OutboxRepository } from './outbox.repository';
import { PasswordResetRepository } from './password-reset.repository';
import { SessionRepository } from './session.repository';
import { UserRepository } from './user.repository';

/** Every repository bound to one executor: the database, or a transaction. */
export function createRepositories(db: Kysely<Database>) {
  const dialect = dialectOf(db);
  return {
    taxonomy: new TaxonomyRepository(db),
    groups: new GroupRepository(db, dialect),
    directory: new DirectoryRepository(db, dialect),
    directoryIndex: new DirectoryIndexRepository(db, dialect),
    feed: new FeedRepository(db),
    organizations: new OrganizationRepository(db),
    users: new UserRepository(db),
    sessions: new SessionRepository(db),
    passwordResets: new PasswordResetRepository(db),
    outbox: new OutboxRepository(db),
    audit: new AuditRepository(db),
    calendar: new CalendarRepository(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
