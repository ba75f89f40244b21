// `kindred import meeting-guide <file-or-url>` and `kindred import csv <file>`: a dry run by
// default (the report, nothing written), `--apply` to write it in one transaction. A progress
// bar on a terminal, then a summary; exit code 1 when the file itself cannot be imported. With
// --json, the report or the error is JSON on stdout ({ "error": { code, title, detail } }), so a
// script reads one stream and checks the exit code.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import {
  type ImportBody,
  importBodySchema,
  type ImportFormat,
  type ImportIssue,
  type ImportReport,
} from '../contracts/imports';
import { buildApp } from '../server/app';
import { ConfigError, loadConfig } from '../server/config';
import { createDb } from '../server/db/database';
import { migrateToLatest } from '../server/db/migrator';
import { AppError, type ErrorCode, type Problem, problem } from '../server/errors';
import { checkSize } from '../server/interop/meeting-guide/import-file';
import { seedDemo } from '../server/seed/organization.seed';
import type { ImportProgress } from '../server/services/interop/import.service';

type Say = (line: string) => void;

interface ImportOptions {
  apply?: boolean;
  source?: string;
  json?: boolean;
}

const LIST_LIMIT = 25;
const ISSUE_LIMIT = 100;

/** "writing  [##########----------]  50/100": one line, redrawn in place. */
export function renderProgress({ phase, done, total }: ImportProgress, width = 30): string {
  const filled = total === 0 ? width : Math.round((width * Math.min(done, total)) / total);
  return `${phase.padEnd(8)} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(done)}/${String(total)}`;
}

/** A progress bar on a terminal's stderr; nothing when output goes to a file or a pipe. */
function progressBar(stream: NodeJS.WriteStream = process.stderr) {
  let last = '';
  return {
    update(progress: ImportProgress) {
      if (!stream.isTTY) return;
      const line = renderProgress(progress);
      if (line !== last) stream.write(`\r${line}`);
      last = line;
    },
    finish() {
      if (stream.isTTY && last !== '') stream.write('\n');
      last = '';
    },
  };
}

function more(say: Say, shown: number, total: number) {
  if (total > shown) say(`    … and ${String(total - shown)} more (--json prints everything)`);
}

function issueLine(issue: ImportIssue): string {
  const where = issue.line === undefined ? `#${String(issue.index)}` : `line ${String(issue.line)}`;
  return `    ${where} ${issue.slug ?? '(no slug)'}  ${issue.field}: ${issue.message}`;
}

/** `"x" is already used by a group imported from <source>: not imported` (import-diff.ts). */
const OTHER_SOURCE = /is already used by a group imported from (.+): not imported$/;

/**
 * The source defaults to the file's name, so the same list saved under a new name collides with
 * the groups its earlier import made: say how to import it as that source instead.
 */
function sourceHint(report: ImportReport): string | null {
  const others = new Set(
    report.errors.flatMap((e) => OTHER_SOURCE.exec(e.message)?.slice(1, 2) ?? []),
  );
  if (others.size === 0) return null;
  const [first = ''] = others;
  const names = [...others].map((o) => `"${o}"`).join(', ');
  return `\nSome groups were imported before from ${names}, not from "${report.source}". If this file is that same list, run again with --source "${first}" to update those groups.`;
}

/** The report as people read it: counts first, then each category. */
export function printReport(report: ImportReport, say: Say): void {
  const c = report.counts;
  say(
    report.applied
      ? `Imported from ${report.source} (${report.format}).`
      : `Dry run of ${report.source} (${report.format}): nothing was written. Run again with --apply to write it.`,
  );
  say(
    `${String(c.records)} records → ${String(c.groups)} groups: ${String(c.added)} added · ${String(c.changed)} changed · ${String(c.unchanged)} unchanged · ${String(c.removed)} ${report.applied ? 'removed (archived)' : 'would be removed (archived)'} · ${String(c.errors)} errors · ${String(c.warnings)} warnings`,
  );
  const groups = (title: string, mark: string, list: ImportReport['added']) => {
    if (list.length === 0) return;
    say(`\n${title} (${String(list.length)}):`);
    for (const g of list.slice(0, LIST_LIMIT)) {
      const from = g.records.length > 1 ? ` from ${g.records.join(', ')}` : '';
      const count = `${String(g.schedules)} ${g.schedules === 1 ? 'schedule' : 'schedules'}`;
      say(`  ${mark} ${g.slug}  ${g.name}  (${count}${from})`);
      for (const change of g.changes) {
        say(`      ${change.field}: ${change.before} → ${change.after}`);
      }
    }
    more(say, LIST_LIMIT, list.length);
  };
  groups('Added', '+', report.added);
  groups('Changed', '~', report.changed);
  groups('Unchanged', '=', report.unchanged);
  if (report.removed.length > 0) {
    say(
      `\n${report.applied ? 'Removed (archived)' : 'Would be removed (archived)'} (${String(report.removed.length)}):`,
    );
    for (const g of report.removed.slice(0, LIST_LIMIT)) say(`  - ${g.slug}  ${g.name}`);
    more(say, LIST_LIMIT, report.removed.length);
  }
  if (report.kept.length > 0) {
    say(`\nKept, not archived: some records could not be read (${String(report.kept.length)}):`);
    for (const g of report.kept.slice(0, LIST_LIMIT)) say(`  ! ${g.slug}  ${g.name}`);
    more(say, LIST_LIMIT, report.kept.length);
  }
  for (const [title, list] of [
    ['Errors: these records were not imported', report.errors],
    ['Warnings', report.warnings],
  ] as const) {
    if (list.length === 0) continue;
    say(`\n${title} (${String(list.length)}):`);
    for (const issue of list.slice(0, ISSUE_LIMIT)) say(issueLine(issue));
    more(say, ISSUE_LIMIT, list.length);
  }
  const hint = sourceHint(report);
  if (hint !== null) say(hint);
}

/** Reads the file, with errors that name it instead of a bare ENOENT. */
async function readTarget(target: string): Promise<string> {
  try {
    // Refused before reading: a huge file is not loaded into memory to be rejected.
    checkSize((await stat(target)).size);
    return await readFile(target, 'utf8');
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AppError('not_found', `There is no file ${target}`);
    throw new AppError(
      'import_invalid_file',
      `${target} cannot be read (${code ?? String(error)})`,
    );
  }
}

/** An error as --json prints it: the same code, title and detail as the API's problem+json. */
function errorJson(error: unknown): { error: Pick<Problem, 'code' | 'title' | 'detail'> } {
  const code: ErrorCode =
    error instanceof AppError
      ? error.code
      : error instanceof ConfigError
        ? 'validation_failed'
        : 'internal_error';
  const detail =
    error instanceof AppError
      ? (error.detail ?? error.message)
      : error instanceof Error
        ? error.message
        : String(error);
  const { title } = problem(code);
  return { error: { code, title, detail } };
}

/**
 * `kindred import … | head`: once the reader is gone, writing says EPIPE, which would crash the
 * command with a stack trace. The rest of the report is dropped instead and the command ends as
 * it would have (what --apply writes is written before the report is printed).
 */
function quietWhenPipeCloses(say: Say, stream: NodeJS.WritableStream = process.stdout): Say {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && !closed) throw error;
    closed = true;
  });
  return (line) => {
    if (!closed) say(line);
  };
}

async function bodyFor(format: ImportFormat, target: string, opts: ImportOptions) {
  let body: unknown;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) {
    body = { format, url: target, ...(opts.source === undefined ? {} : { source: opts.source }) };
  } else {
    body = {
      format,
      content: await readTarget(target),
      source: opts.source ?? path.basename(target),
    };
  }
  const parsed = importBodySchema.safeParse(body);
  if (!parsed.success) {
    throw new AppError(
      'validation_failed',
      parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; '),
    );
  }
  return parsed.data;
}

async function importAndReport(
  format: ImportFormat,
  target: string,
  opts: ImportOptions,
  say: Say,
) {
  const body: ImportBody = await bodyFor(format, target, opts);
  const config = loadConfig();
  const db = createDb(config.database);
  const bar = progressBar();
  try {
    await migrateToLatest(db, config.database.dialect);
    await seedDemo(db); // the organization (and taxonomy) the groups belong to
    const app = await buildApp({ ...config, logLevel: 'warn' }, { db });
    try {
      const report = await app.services.imports.runAsSystem(body, opts.apply === true, {
        onProgress: (p) => bar.update(p),
      });
      bar.finish();
      if (opts.json === true) say(JSON.stringify(report, null, 2));
      else printReport(report, say);
    } finally {
      await app.close();
    }
  } finally {
    bar.finish();
    await db.destroy();
  }
}

async function runImport(format: ImportFormat, target: string, opts: ImportOptions, say: Say) {
  const out = quietWhenPipeCloses(say);
  try {
    await importAndReport(format, target, opts, out);
  } catch (error) {
    // Without --json, the CLI prints the detail on stderr (commands.ts) and exits 1.
    if (opts.json !== true) throw error;
    out(JSON.stringify(errorJson(error), null, 2));
    process.exitCode = 1;
  }
}

export function registerImportCommand(program: Command, say: Say): void {
  const command = program
    .command('import')
    .description(
      "Import an intergroup's meetings: a dry run that reports what would change, or --apply",
    );
  const common = (sub: Command) =>
    sub
      .option('--apply', 'write the changes (in one transaction); without it nothing is written')
      .option(
        '--source <name>',
        'what the groups remember as their source (default: the file name or URL)',
      )
      .option(
        '--json',
        'print the whole report as JSON on stdout; errors too, as { "error": { code, title, detail } }',
      );

  common(
    command
      .command('meeting-guide')
      .argument('<file-or-url>', 'a Meeting Guide JSON file, or an https:// feed address')
      .description('Import a Meeting Guide JSON feed (as TSML and the Meeting Guide app use)'),
  ).action(async (target: string, opts: ImportOptions) =>
    runImport('meeting-guide', target, opts, say),
  );

  common(
    command
      .command('csv')
      .argument('<file>', 'a CSV file in the 12 Step Meeting List template')
      .description('Import a CSV file in the 12 Step Meeting List import template'),
  ).action(async (target: string, opts: ImportOptions) => runImport('csv', target, opts, say));
}
