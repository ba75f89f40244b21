import { Command } from 'commander';
import { buildApp } from '../server/app';
import { ConfigError, loadConfig } from '../server/config';
import { createDb } from '../server/db/database';
import { migrateDown, migrateToLatest } from '../server/db/migrator';
import { AppError } from '../server/errors';
import { closeOnSignals, startServer } from '../server/main';
import { seedDemoGroups } from '../server/seed/demo-groups.seed';
import { seedDemo } from '../server/seed/organization.seed';
import { registerImportCommand } from './import-command';
import { readSecret } from './prompt';
import { ensureWebBuild } from './web-build';

const say = (message: string) => process.stdout.write(`${message}\n`);

async function withDb<T>(
  fn: (db: ReturnType<typeof createDb>, dialect: 'sqlite' | 'postgres') => Promise<T>,
) {
  const config = loadConfig();
  const db = createDb(config.database);
  try {
    return await fn(db, config.database.dialect);
  } finally {
    await db.destroy();
  }
}

export function buildCli(): Command {
  const program = new Command('kindred')
    .description('Kindred: find, join and run recovery and support groups.')
    .showHelpAfterError();

  program
    .command('serve')
    .description('Migrate, load demo data on first start, build the web app if needed, and serve')
    .option('--no-build', 'do not build the web app, even if it is missing or stale')
    .action(async (opts: { build: boolean }) => {
      const config = loadConfig();
      if (opts.build) await ensureWebBuild(say);
      const server = await startServer(config);
      closeOnSignals(server);
      say(`\nKindred is running at ${server.url}`);
      say(`Crisis resources: ${server.url}/help · API docs: ${server.url}/api/docs`);
      if (!(await server.app.services.adminBootstrap.hasAdmin())) {
        say('\nNo admin yet. Create the first one in another terminal:');
        say('  npx kindred create-admin --email you@example.org --name "Sam R."\n');
      }
    });

  program
    .command('migrate')
    .description('Apply pending database migrations (or revert the latest with --down)')
    .option('--down', 'revert the most recent migration')
    .action(async (opts: { down?: boolean }) => {
      await withDb(async (db, dialect) => {
        const names =
          opts.down === true ? await migrateDown(db, dialect) : await migrateToLatest(db, dialect);
        say(
          names.length === 0
            ? 'Nothing to do.'
            : `${opts.down === true ? 'Reverted' : 'Applied'}: ${names.join(', ')}`,
        );
      });
    });

  program
    .command('seed')
    .description('Load data into the database')
    .requiredOption(
      '--demo',
      'load the demo organization and its groups (only into an empty database)',
    )
    .action(async () => {
      const config = loadConfig();
      await withDb(async (db, dialect) => {
        await migrateToLatest(db, dialect);
        if (!(await seedDemo(db))) {
          say('An organization already exists; nothing loaded.');
          return;
        }
        const app = await buildApp({ ...config, logLevel: 'warn' }, { db });
        try {
          say(
            `Demo data loaded: the demo organization and ${String(await seedDemoGroups(app))} groups.`,
          );
        } finally {
          await app.close();
        }
      });
    });

  program
    .command('create-admin')
    .description('Create an organization admin, or promote an existing account to admin')
    .requiredOption('--email <email>', 'email address to sign in with')
    .option(
      '--name <displayName>',
      'display name: first name and last initial, or a pseudonym',
      'Admin',
    )
    .option('--password-stdin', 'read the password from standard input instead of prompting')
    .action(async (opts: { email: string; name: string; passwordStdin?: boolean }) => {
      const config = loadConfig();
      const db = createDb(config.database);
      await migrateToLatest(db, config.database.dialect);
      await seedDemo(db);
      const app = await buildApp({ ...config, logLevel: 'warn' }, { db });
      try {
        const exists = await app.services.adminBootstrap.accountExists(opts.email);
        const password = exists
          ? ''
          : (process.env.KINDRED_ADMIN_PASSWORD ??
            (await readSecret(
              opts.passwordStdin === true ? '' : 'Password (at least 10 characters): ',
            )));
        const result = await app.services.adminBootstrap.createAdmin({
          email: opts.email,
          password,
          displayName: opts.name,
        });
        say(
          result.alreadyAdmin
            ? `${opts.email} is already an admin.`
            : result.promoted
              ? `${opts.email} is now an admin.`
              : `Admin ${opts.email} created. Sign in at ${config.publicUrl.origin}/signin`,
        );
      } finally {
        await app.close();
        await db.destroy();
      }
    });

  registerImportCommand(program, say);

  return program;
}

export async function runCli(argv: string[]): Promise<void> {
  try {
    await buildCli().parseAsync(argv);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
    } else if (error instanceof AppError) {
      process.stderr.write(`${error.detail ?? error.message}\n`);
    } else {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    }
    process.exitCode = 1;
  }
}
