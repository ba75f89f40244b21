import { AccountService } from './account.service';
import { AdminBootstrapService } from './admin-bootstrap.service';
import { AdminReadService } from './admin-read.service';
import { AuthService } from './auth.service';
import type { ServiceContext } from './context';
import { OrganizationService } from './organization.service';
import { PasswordResetService } from './password-reset.service';
import { PeopleService } from './people.service';
import { SessionService } from './session.service';
import { createDirectoryCaches } from './groups/directory-caches';
import { DirectoryService } from './groups/directory.service';
import { FacilitatorService } from './groups/facilitator.service';
import { FinderService } from './groups/finder.service';
import { GroupReadService } from './groups/group-read.service';
import { GroupService } from './groups/group.service';
import { OccurrenceMaintenanceService } from './groups/occurrence-maintenance.service';
import { TaxonomyService } from './groups/taxonomy.service';
import { CalendarSubscriptionService } from './interop/calendar-subscription.service';
import { CalendarService } from './interop/calendar.service';
import { FollowService } from './interop/follow.service';
import { FeedService } from './interop/feed.service';
import { ImportService } from './interop/import.service';

export function createServices(ctx: ServiceContext) {
  const sessions = new SessionService(ctx);
  const caches = createDirectoryCaches();
  const groups = new GroupService(ctx, caches);
  return {
    db: ctx.db,
    background: ctx.background,
    sessions,
    auth: new AuthService(ctx, sessions),
    passwordResets: new PasswordResetService(ctx),
    account: new AccountService(ctx),
    organizations: new OrganizationService(ctx),
    people: new PeopleService(ctx),
    adminRead: new AdminReadService(ctx),
    adminBootstrap: new AdminBootstrapService(ctx),
    groups,
    facilitators: new FacilitatorService(ctx),
    groupPages: new GroupReadService(ctx, caches),
    directory: new DirectoryService(ctx, caches),
    finder: new FinderService(ctx, caches),
    taxonomy: new TaxonomyService(ctx, caches),
    occurrenceMaintenance: new OccurrenceMaintenanceService(ctx, caches),
    calendars: new CalendarService(ctx),
    calendarSubscriptions: new CalendarSubscriptionService(ctx),
    follows: new FollowService(ctx),
    feed: new FeedService(ctx),
    imports: new ImportService(ctx, groups),
  };
}

export type Services = ReturnType<typeof createServices>;
