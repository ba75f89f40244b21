import { type AddressInfo, createServer } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureLogs } from '../../../test/helpers/log-capture';
import { createTestContext, type TestContext } from '../../../test/helpers/test-app';
import { createTestDb, type TestDb } from '../../../test/helpers/test-db';
import { testClock } from '../../../test/helpers/clock';
import { createRepositories } from '../repositories/index';
import { OutboxMailer } from './mailer';

interface Received {
  from: string | undefined;
  to: string[];
  raw: string;
}

/** Undoes quoted-printable soft line breaks and escapes, enough to read a link. */
function decodeQuotedPrintable(raw: string): string {
  return raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

describe('SmtpMailer against a real SMTP server', () => {
  const received: Received[] = [];
  let server: SMTPServer;
  let ctx: TestContext;

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const from = session.envelope.mailFrom;
          received.push({
            from: from === false ? undefined : from.address,
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.server.address() as AddressInfo;
    ctx = await createTestContext({ config: { smtpUrl: `smtp://127.0.0.1:${port}` } });
  });
  afterAll(async () => {
    await ctx.close();
    await new Promise<void>((resolve) => server.close(resolve));
  });

  it('sends the reset link by SMTP and stores nothing in the outbox', async () => {
    const user = await ctx.newUser();
    const res = await ctx.request({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { email: user.email },
    });
    expect(res.statusCode).toBe(202);

    const mail = received.find((m) => m.to.includes(user.email));
    expect(mail).toBeDefined();
    expect(mail?.from).toBe('no-reply@localhost');
    expect(mail?.raw).toMatch(/^Subject: Reset your Prairie Path Behavioral Health password/m);
    const body = decodeQuotedPrintable(mail?.raw ?? '');
    expect(body).toMatch(/http:\/\/localhost:3000\/reset-password#token=[A-Za-z0-9_-]{43}/);

    const outbox = await ctx.db.selectFrom('outbox_message').select('id').execute();
    expect(outbox).toHaveLength(0);
  });

  it('sends nothing for an unknown email', async () => {
    const before = received.length;
    const res = await ctx.request({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { email: 'nobody-at-all@example.org' },
    });
    expect(res.statusCode).toBe(202);
    expect(received).toHaveLength(before);
  });
});

describe('OutboxMailer', () => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = await createTestDb();
  });
  afterAll(async () => {
    await testDb.destroy();
  });

  it('stores the message and logs that it arrived, never its body', async () => {
    const logs = captureLogs('trace');
    const clock = testClock(new Date('2030-01-02T03:04:05.000Z'));
    const mailer = new OutboxMailer(createRepositories(testDb.db).outbox, clock, logs.logger);
    expect(mailer.kind).toBe('outbox');
    const secretBody = 'Open https://example.org/reset-password#token=very-secret-token-value';
    await mailer.send({ to: 'sam@example.org', subject: 'Reset your password', text: secretBody });

    const rows = await testDb.db.selectFrom('outbox_message').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      to_address: 'sam@example.org',
      subject: 'Reset your password',
      text_body: secretBody,
      created_at: '2030-01-02T03:04:05.000Z',
    });

    const entries = logs.entries();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      outboxMessageId: rows[0]?.id,
      subject: 'Reset your password',
    });
    const all = logs.lines.join('\n');
    expect(all).not.toContain('very-secret-token-value');
    expect(all).not.toContain(secretBody);
  });
});

describe('SMTP server unreachable', () => {
  it('still answers a reset request exactly as for an unknown email, and logs the failure', async () => {
    // A port that was free a moment ago: nothing listens there now.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));

    const logs = captureLogs('error');
    const ctx = await createTestContext({
      config: { smtpUrl: `smtp://127.0.0.1:${port}` },
      deps: { logger: logs.logger },
    });
    try {
      const user = await ctx.newUser();
      const reset = (email: string) =>
        ctx.request({ method: 'POST', url: '/api/auth/password-reset', payload: { email } });
      const known = await reset(user.email);
      const unknown = await reset('nobody-at-all@example.org');
      expect(known.statusCode).toBe(202);
      expect(known.body).toBe(unknown.body);
      expect(logs.lines.join('\n')).toContain('background task failed');
    } finally {
      await ctx.close();
    }
  });
});
