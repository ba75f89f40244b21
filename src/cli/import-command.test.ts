// `kindred import` end to end, as an operator runs it: a real process on its own SQLite file.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from '../server/db/database';
import { testDialect } from '../../test/helpers/test-db';
import type { ImportReport } from '../contracts/imports';
import { printReport, renderProgress } from './import-command';

const bin = fileURLToPath(new URL('../../bin/kindred.js', import.meta.url));
const fixtures = fileURLToPath(new URL('../../test/fixtures/', import.meta.url));
const dataDir = mkdtempSync(path.join(tmpdir(), 'kindred-import-cli-'));
// Like src/cli/cli.test.ts: an embedded database of its own; it tests the command, not a dialect.
const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' };

function run(args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { env, encoding: 'utf8', timeout: 60_000 });
}

async function groupSlugs(): Promise<string[]> {
  const db = createDb({ dialect: 'sqlite', filename: path.join(dataDir, 'kindred.db') });
  try {
    const rows = await db.selectFrom('support_group').select('slug').orderBy('slug').execute();
    return rows.map((r) => r.slug);
  } finally {
    await db.destroy();
  }
}

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe(`kindred import (${testDialect} run)`, () => {
  it('has help for both formats', () => {
    const res = run(['import', 'meeting-guide', '--help']);
    expect(res.status).toBe(0);
    expect(res.stdout).toContain('Usage: kindred import meeting-guide [options] <file-or-url>');
    expect(res.stdout).toContain('--apply');
    expect(run(['import', 'csv', '--help']).stdout).toContain('Usage: kindred import csv');
  });

  it('a dry run prints the report and writes nothing', async () => {
    const res = run([
      'import',
      'meeting-guide',
      path.join(fixtures, 'meeting-guide/tsml-export.json'),
    ]);
    expect(res.status, res.stderr).toBe(0);
    expect(res.stdout).toContain(
      'Dry run of tsml-export.json (meeting-guide): nothing was written',
    );
    expect(res.stdout).toContain(
      '5 records → 4 groups: 4 added · 0 changed · 0 unchanged · 0 would be removed (archived) · 0 errors · 4 warnings',
    );
    expect(res.stdout).toContain(
      '+ wheaton-women  Wheaton Women  (2 schedules from wheaton-women-3, wheaton-women-6)',
    );
    expect(await groupSlugs()).toEqual([]);
  });

  it('--apply writes; a second --apply changes nothing; a changed feed shows field diffs', async () => {
    const file = path.join(fixtures, 'meeting-guide/tsml-export.json');
    const first = run(['import', 'meeting-guide', file, '--apply', '--source', 'dupage']);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('Imported from dupage (meeting-guide).');
    expect(await groupSlugs()).toEqual([
      'covered-bridge',
      'noon-hybrid',
      'sunrise-serenity',
      'wheaton-women',
    ]);
    const second = run(['import', 'meeting-guide', file, '--apply', '--source', 'dupage']);
    expect(second.stdout).toContain('4 unchanged');
    expect(second.stdout).toContain('0 added · 0 changed');

    const changed = path.join(dataDir, 'changed.json');
    const feed = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>[];
    writeFileSync(
      changed,
      JSON.stringify(
        feed
          .filter((m) => m.slug !== 'noon-hybrid')
          .map((m) => (m.slug === 'covered-bridge' ? { ...m, end_time: '21:00' } : m)),
      ),
    );
    const diff = run(['import', 'meeting-guide', changed, '--source', 'dupage']);
    expect(diff.stdout).toContain('~ covered-bridge  Covered Bridge  (1 schedule)');
    expect(diff.stdout).toContain('schedules.0.end: 20:30 → 21:00');
    expect(diff.stdout).toContain('Would be removed (archived) (1):\n  - noon-hybrid  Noon Hybrid');
  });

  it('names the source to use when the groups came from the same list under another name', () => {
    // The groups above were imported as "dupage"; without --source, the source is the file name.
    const res = run([
      'import',
      'meeting-guide',
      path.join(fixtures, 'meeting-guide/tsml-export.json'),
    ]);
    expect(res.status, res.stderr).toBe(0);
    expect(res.stdout).toContain(
      '"wheaton-women" is already used by a group imported from dupage: not imported',
    );
    expect(res.stdout).toContain(
      'Some groups were imported before from "dupage", not from "tsml-export.json". If this file is that same list, run again with --source "dupage" to update those groups.',
    );
  });

  it('imports the CSV template, naming bad rows by line', () => {
    const res = run(['import', 'csv', path.join(fixtures, 'csv/meeting-list-template.csv')]);
    expect(res.status, res.stderr).toBe(0);
    expect(res.stdout).toContain('7 records → 6 groups: 6 added');
    expect(res.stdout).toContain(
      'line 8 never-meets  day: Day "Funday" is not 0 (Sunday) to 6 (Saturday)',
    );
  });

  it('exits 1 with one clear message when the file cannot be imported', async () => {
    const notJson = run([
      'import',
      'meeting-guide',
      path.join(fixtures, 'meeting-guide/not-json.json'),
      '--apply',
    ]);
    expect(notJson.status).toBe(1);
    expect(notJson.stderr).toMatch(/^This is not a JSON file/);
    const notArray = run([
      'import',
      'meeting-guide',
      path.join(fixtures, 'meeting-guide/not-array.json'),
    ]);
    expect(notArray.status).toBe(1);
    expect(notArray.stderr).toContain('A Meeting Guide feed is a JSON array of meetings');
    const huge = path.join(dataDir, 'huge.json');
    writeFileSync(huge, `[${' '.repeat(20 * 1024 * 1024)}]`);
    const tooLarge = run(['import', 'meeting-guide', huge]);
    expect(tooLarge.status).toBe(1);
    expect(tooLarge.stderr).toContain('files up to 20.0 MB can be imported');
    const http = run(['import', 'meeting-guide', 'http://example.org/feed.json']);
    expect(http.status).toBe(1);
    expect(http.stderr).toContain('url: Use a feed address that starts with https://');
    expect(await groupSlugs()).toHaveLength(4);
  });

  it('--json prints errors as JSON on stdout, with exit code 1', () => {
    const cases = [
      [['csv', path.join(dataDir, 'missing.csv')], 'not_found', 'Not found', /^There is no file /],
      [
        ['meeting-guide', path.join(fixtures, 'meeting-guide/not-json.json')],
        'import_invalid_file',
        'This file cannot be imported',
        /^This is not a JSON file/,
      ],
      [
        ['meeting-guide', 'https://localhost/feed.json'],
        'import_fetch_failed',
        'The feed could not be fetched',
        /localhost \(127\.0\.0\.1\) is a loopback address/,
      ],
    ] as const;
    for (const [args, code, title, detail] of cases) {
      const res = run(['import', ...args, '--json']);
      expect(res.status, res.stderr).toBe(1);
      expect(res.stderr).toBe('');
      const printed = JSON.parse(res.stdout) as { error: Record<string, string> };
      expect(Object.keys(printed)).toEqual(['error']);
      expect(printed.error).toMatchObject({ code, title });
      expect(Object.keys(printed.error).sort()).toEqual(['code', 'detail', 'title']);
      expect(printed.error.detail).toMatch(detail);
    }
  });

  it('ends quietly when the reader of its output goes away (| head)', async () => {
    const child = spawn(
      process.execPath,
      [bin, 'import', 'meeting-guide', path.join(fixtures, 'meeting-guide/tsml-export.json')],
      { env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    // Gone before the first line: every line of the report meets a closed pipe (EPIPE).
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });

  it('draws a simple progress bar', () => {
    expect(renderProgress({ phase: 'writing', done: 5, total: 10 }, 10)).toBe(
      'writing  [#####-----] 5/10',
    );
    expect(renderProgress({ phase: 'checking', done: 0, total: 0 }, 4)).toBe('checking [####] 0/0');
  });

  it('lists the groups a half-read file kept instead of archiving', () => {
    const report: ImportReport = {
      planId: '0'.repeat(64),
      format: 'meeting-guide',
      source: 'times.json',
      applied: true,
      counts: {
        records: 1,
        groups: 0,
        added: 0,
        changed: 0,
        unchanged: 0,
        removed: 0,
        errors: 1,
        warnings: 1,
      },
      added: [],
      changed: [],
      unchanged: [],
      removed: [],
      kept: [{ slug: 'early-birds', name: 'Early Birds' }],
      errors: [{ index: 0, slug: null, field: 'slug', message: 'Every record needs a slug' }],
      warnings: [],
    };
    const lines: string[] = [];
    printReport(report, (line) => lines.push(line));
    const text = lines.join('\n');
    expect(text).toContain('Kept, not archived: some records could not be read (1):');
    expect(text).toContain('  ! early-birds  Early Birds');
    expect(text).not.toContain('Removed (archived)');
  });
});
