// In-process periodic jobs. Each is idempotent, so running it on several instances at once (or
// missing a tick) is harmless; a durable job table arrives with reminders.
import type { FastifyInstance } from 'fastify';

const HOUR = 3_600_000;

export function startJobs(app: FastifyInstance): void {
  const run = (name: string, job: () => Promise<unknown>) => {
    job().catch((error: unknown) => app.log.error({ err: error, job: name }, 'job failed'));
  };
  const extend = () =>
    run('extend occurrence horizons', () => app.services.occurrenceMaintenance.extendHorizons());
  extend();
  // Every page is served meanwhile; directory pages only read more from the database until done.
  let closing = false;
  run('build directory summaries', async () => {
    const started = Date.now();
    const groups = await app.services.directory.warm(() => closing);
    app.log.info({ groups, ms: Date.now() - started }, 'directory summaries built');
  });
  const timer = setInterval(extend, HOUR);
  timer.unref();
  app.addHook('onClose', async () => {
    closing = true;
    clearInterval(timer);
  });
}
