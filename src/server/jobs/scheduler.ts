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
  const timer = setInterval(extend, HOUR);
  timer.unref();
  app.addHook('onClose', async () => {
    clearInterval(timer);
  });
}
