// buildApp(config): registers plugins, then routes; never listens. main.ts and tests call it.
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import type { Config } from './config';
import { createDb, type Db } from './db/database';
import { AppError } from './errors';
import { Background } from './lib/background';
import { systemClock, type Clock } from './lib/clock';
import { newId } from './lib/ids';
import { PasswordHasher } from './lib/passwords';
import { createLogger, requestLogSerializers } from './logger';
import { type Mailer, OutboxMailer, SmtpMailer } from './mail/mailer';
import { registerCsrf } from './plugins/csrf';
import { registerErrorHandler } from './plugins/error-handler';
import { frameworkErrorHandler, type ReplyHeaders } from './plugins/framework-errors';
import { setSecurityHeaders } from './plugins/security-headers';
import { registerSession, registerSignedInCheck } from './plugins/session';
import { registerStaticWeb } from './plugins/static-web';
import { createRepositories } from './repositories/index';
import { adminRoutes } from './routes/admin/admin.routes';
import { authRoutes } from './routes/auth/auth.routes';
import { meRoutes } from './routes/auth/me.routes';
import { groupsRoutes } from './routes/groups/groups.routes';
import { manageGroupsRoutes } from './routes/groups/manage-groups.routes';
import { healthRoutes } from './routes/health/health.routes';
import { helpRoutes } from './routes/help/help.routes';
import { calendarRoutes } from './routes/interop/calendar.routes';
import { importRoutes } from './routes/interop/import.routes';
import { meetingGuideRoutes } from './routes/interop/meeting-guide.routes';
import { organizationRoutes } from './routes/organization/organization.routes';
import { createServices, type Services } from './services/index';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    services: Services;
  }
}

export interface AppDeps {
  /** An open database; when absent buildApp opens one from config and closes it on close. */
  db?: Db;
  mailer?: Mailer;
  clock?: Clock;
  logger?: Logger;
}

export const API_BODY_LIMIT = 64 * 1024;

export async function buildApp(config: Config, deps: AppDeps = {}): Promise<FastifyInstance> {
  const log = deps.logger ?? createLogger(config.logLevel);
  // Request logs redact calendar tokens whichever logger was given (tests bring their own).
  const loggerInstance: FastifyBaseLogger = log.child({}, { serializers: requestLogSerializers });
  // Headers every reply carries, those Fastify makes itself for malformed URLs too.
  const replyHeaders: ReplyHeaders = (request, reply) => {
    void reply.header('X-Request-Id', request.id);
    setSecurityHeaders(request, reply);
  };
  const app = Fastify({
    loggerInstance,
    frameworkErrors: frameworkErrorHandler(replyHeaders),
    genReqId: () => newId(),
    requestIdHeader: false,
    trustProxy: config.trustProxy,
    bodyLimit: API_BODY_LIMIT,
    return503OnClosing: true,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const ownsDb = deps.db === undefined;
  const db = deps.db ?? createDb(config.database);
  const repos = createRepositories(db);
  const clock = deps.clock ?? systemClock;
  const mailer =
    deps.mailer ??
    (config.smtpUrl === undefined
      ? new OutboxMailer(repos.outbox, clock, log)
      : new SmtpMailer(config.smtpUrl, config.mailFrom));
  const hasher = new PasswordHasher(config.passwordHashing);
  const background = new Background(log);
  const services = createServices({ config, db, repos, clock, mailer, hasher, log, background });

  app.decorate('config', config);
  app.decorate('services', services);
  app.addHook('onClose', async () => {
    await background.drain();
    await mailer.close();
    if (ownsDb) await db.destroy();
  });

  registerErrorHandler(app);
  app.addHook('onSend', async (request, reply, payload) => {
    replyHeaders(request, reply);
    return payload;
  });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: () => new AppError('rate_limited'),
  });
  registerCsrf(app, config.publicUrl);
  registerSession(app, services.sessions, config.publicUrl);
  registerSignedInCheck(app);

  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Kindred API', version: '0.1.0', description: 'Recovery and support groups.' },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  await app.register(healthRoutes);
  await app.register(helpRoutes);
  await app.register(authRoutes);
  await app.register(meRoutes);
  await app.register(organizationRoutes);
  await app.register(adminRoutes);
  await app.register(groupsRoutes);
  await app.register(manageGroupsRoutes);
  await app.register(meetingGuideRoutes);
  await app.register(importRoutes);
  await app.register(calendarRoutes);
  await registerStaticWeb(app, config.webDir);
  return app;
}
