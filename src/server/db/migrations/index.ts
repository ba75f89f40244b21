// The one migration list for both dialects, in order. Add a file, then add it here.
import type { MigrationModule } from '../migrator';
import * as m0001 from './0001-accounts';
import * as m0002 from './0002-groups';
import * as m0003 from './0003-directory-indexes';
import * as m0004 from './0004-calendar-subscriptions';
import * as m0005 from './0005-search-tiers';
import * as m0006 from './0006-group-updated-index';
import * as m0007 from './0007-kept-types';
import * as m0008 from './0008-organization-contact';

export const migrations: Record<string, MigrationModule> = {
  '0001-accounts': m0001,
  '0002-groups': m0002,
  '0003-directory-indexes': m0003,
  '0004-calendar-subscriptions': m0004,
  '0005-search-tiers': m0005,
  '0006-group-updated-index': m0006,
  '0007-kept-types': m0007,
  '0008-organization-contact': m0008,
};
