// The `kindred` command end to end, as an operator runs it: real processes, real database.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { testDialect } from '../../test/helpers/test-db';

const bin = fileURLToPath(new URL('../../bin/kindred.js', import.meta.url));
const dataDir = mkdtempSync(path.join(tmpdir(), 'kindred-cli-'));
// The CLI suite always uses an embedded database of its own: it tests the command, not a dialect.
const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'info', PORT: '0' };

function run(args: string[], input?: string) {
  return spawnSync(process.execPath, [bin, ...args], {
    env,
    input,
    encoding: 'utf8',
    timeout: 30_000,
  });
}

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe(`kindred CLI (${testDialect} run)`, () => {
  it('prints help for every command', () => {
    for (const cmd of ['serve', 'migrate', 'seed', 'create-admin']) {
      const res = run([cmd, '--help']);
      expect(res.status).toBe(0);
      expect(res.stdout).toContain(`Usage: kindred ${cmd}`);
    }
  });

  // Several processes in a row; generous for a loaded CI machine.
  it('migrates, seeds the demo once and creates an admin', { timeout: 90_000 }, () => {
    expect(run(['migrate']).stdout).toContain('Applied: 0001-accounts');
    expect(run(['migrate']).stdout).toContain('Nothing to do.');
    expect(run(['seed', '--demo']).stdout).toMatch(
      /Demo data loaded: the demo organization and \d{2} groups\./,
    );
    expect(run(['seed', '--demo']).stdout).toContain('nothing loaded');
    const created = run(
      ['create-admin', '--email', 'Ops@Example.org', '--name', 'Ops O.', '--password-stdin'],
      'a strong admin pass\n',
    );
    expect(created.status).toBe(0);
    expect(created.stdout).toContain('Admin Ops@Example.org created');
    expect(run(['create-admin', '--email', 'ops@example.org']).stdout).toContain(
      'already an admin',
    );
  });

  it('refuses a weak admin password with a clear message', () => {
    const res = run(['create-admin', '--email', 'weak@example.org', '--password-stdin'], 'short\n');
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('password: Use at least 10 characters');
  });

  it('reports every bad environment variable at once', () => {
    const res = spawnSync(process.execPath, [bin, 'migrate'], {
      env: { ...env, PORT: 'abc', DATABASE_URL: 'mysql://db', SMTP_URL: 'http://mail' },
      encoding: 'utf8',
    });
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('PORT: must be a number');
    expect(res.stderr).toContain('DATABASE_URL:');
    expect(res.stderr).toContain('SMTP_URL:');
  });

  it(
    'serves, then on SIGTERM finishes the in-flight request and exits cleanly',
    { timeout: 60_000 },
    async () => {
      const child: ChildProcess = spawn(process.execPath, [bin, 'serve', '--no-build'], { env });
      let out = '';
      child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
      const url = await new Promise<URL>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 20_000);
        child.stdout?.on('data', () => {
          const m = /running at (http:\/\/[^\s]+)/.exec(out);
          if (m?.[1]) {
            clearTimeout(timer);
            resolve(new URL(m[1]));
          }
        });
      });
      const health = await fetch(new URL('/api/health', url));
      expect(health.status).toBe(200);

      // Start a request, send half its body, then ask the server to stop.
      const body = JSON.stringify({
        email: 'late@example.org',
        password: 'a long passphrase',
        displayName: 'Late L.',
      });
      const socket = connect(Number(url.port), url.hostname);
      await new Promise<void>((r) => socket.once('connect', () => r()));
      let reply = '';
      socket.on('data', (d: Buffer) => (reply += d.toString()));
      socket.write(
        `POST /api/auth/sign-up HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body.slice(0, 20)}`,
      );
      await new Promise((r) => setTimeout(r, 200));
      const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
      child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 300));
      socket.write(body.slice(20));
      await new Promise<void>((r) => socket.once('close', () => r()));
      expect(reply).toMatch(/^HTTP\/1\.1 201/);
      expect(await exited).toBe(0);
      // An admin was created above, so the first-admin hint is not shown.
      expect(out).not.toContain('No admin yet');
    },
  );
});
