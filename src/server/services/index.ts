import { AccountService } from './account.service';
import { AdminBootstrapService } from './admin-bootstrap.service';
import { AdminReadService } from './admin-read.service';
import { AuthService } from './auth.service';
import type { ServiceContext } from './context';
import { OrganizationService } from './organization.service';
import { PasswordResetService } from './password-reset.service';
import { PeopleService } from './people.service';
import { SessionService } from './session.service';

export function createServices(ctx: ServiceContext) {
  const sessions = new SessionService(ctx);
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
  };
}

export type Services = ReturnType<typeof createServices>;
