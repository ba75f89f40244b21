import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureLogs } from '../../../../test/helpers/log-capture';
import { createTestContext, type TestContext } from '../../../../test/helpers/test-app';
import { relaxedRateLimits } from '../../../../test/helpers/test-config';
import { testDialect } from '../../../../test/helpers/test-db';
import { DEMO_ORGANIZATION } from '../../seed/organization.seed';

function expectDefaultResources(html: string): void {
  expect(html).toContain('988');
  expect(html).toContain('741741');
  expect(html).toMatch(/1-800-662-4357|tel:18006624357/);
  expect(html).toContain('911');
  expect(html).toContain('href="tel:988"');
  expect(html).toContain('href="tel:911"');
}

describe('/help', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({
      config: {
        rateLimits: { ...relaxedRateLimits, signInPerIp: { max: 2, windowMs: 3_600_000 } },
      },
    });
  });
  afterAll(async () => {
    await ctx.close();
  });

  const help = (url = '/help', headers: Record<string, string> = {}) =>
    ctx.request({ method: 'GET', url, headers });

  it('answers HTML with the crisis lines, without a session', async () => {
    const res = await help();
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toMatch(/^<!doctype html>/);
    expect(res.body).toContain('<html lang="en">');
    expect(res.body).toContain('Get help now');
    expect(res.body).toContain(DEMO_ORGANIZATION.name);
    expectDefaultResources(res.body);
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('speaks Spanish with ?lang=es or Accept-Language: es-MX', async () => {
    for (const res of [
      await help('/help?lang=es'),
      await help('/help', { 'accept-language': 'es-MX,es;q=0.9,en;q=0.5' }),
    ]) {
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('<html lang="es">');
      expect(res.body).toContain('Ayuda inmediata');
      expect(res.body).toContain('Línea de Prevención del Suicidio');
      expectDefaultResources(res.body);
    }
    expect((await help('/help', { 'accept-language': 'es-MX' })).headers.vary).toContain(
      'Accept-Language',
    );
  });

  it('lets ?lang override the browser, and falls back to English for unknown values', async () => {
    expect((await help('/help?lang=en', { 'accept-language': 'es-MX' })).body).toContain(
      '<html lang="en">',
    );
    const unknown = await help('/help?lang=xx');
    expect(unknown.statusCode).toBe(200);
    expect(unknown.body).toContain('<html lang="en">');
  });

  it('is never rate-limited, even after the sign-in limit is exhausted from the same IP', async () => {
    for (let i = 0; i < 300; i++) {
      const res = await ctx.request({
        method: 'GET',
        url: '/help',
        remoteAddress: '198.51.100.77',
      });
      if (res.statusCode !== 200) throw new Error(`request ${i} answered ${res.statusCode}`);
    }
    const signIn = () =>
      ctx.request({
        method: 'POST',
        url: '/api/auth/sign-in',
        remoteAddress: '198.51.100.77',
        payload: { email: 'someone@example.org', password: 'wrong password' },
      });
    await signIn();
    await signIn();
    expect((await signIn()).statusCode).toBe(429);
    const after = await ctx.request({
      method: 'GET',
      url: '/help',
      remoteAddress: '198.51.100.77',
    });
    expect(after.statusCode).toBe(200);
    expectDefaultResources(after.body);
  });

  it('escapes organization-provided text', async () => {
    const admin = await ctx.newUser({ role: 'admin' });
    const res = await ctx.request({
      method: 'PATCH',
      url: '/api/admin/organization',
      as: admin,
      payload: {
        name: '<script>alert("name")</script> Center',
        crisisResources: {
          en: [
            {
              name: '<img src=x onerror=alert(1)>',
              description: '"quoted" & <b>bold</b>',
              phone: '988',
            },
          ],
          es: [],
        },
      },
    });
    expect(res.statusCode).toBe(200);
    const page = await help();
    expect(page.body).not.toContain('<script>');
    expect(page.body).not.toContain('<img');
    expect(page.body).not.toContain('<b>');
    expect(page.body).toContain('&lt;script&gt;alert(&quot;name&quot;)&lt;/script&gt; Center');
    expect(page.body).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page.body).toContain('&quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt;');
    // An empty Spanish list falls back to the English one.
    expect((await help('/help?lang=es')).body).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('/help when the database is unavailable', () => {
  it('still renders the default crisis lines', async () => {
    const logs = captureLogs('error');
    const ctx = await createTestContext({ deps: { logger: logs.logger } });
    try {
      const healthy = await ctx.request({ method: 'GET', url: '/api/health' });
      expect(healthy.json()).toEqual({ status: 'ok', database: testDialect });
      // The database goes away under a running server: the pool/handle is closed.
      await ctx.db.destroy();
      const health = await ctx.request({ method: 'GET', url: '/api/health' });
      expect(health.statusCode).toBe(503);
      expect(health.json()).toMatchObject({ code: 'service_unavailable' });

      for (const url of ['/help', '/help?lang=es']) {
        const res = await ctx.request({ method: 'GET', url });
        expect(res.statusCode).toBe(200);
        expectDefaultResources(res.body);
        expect(res.body).toContain('· Kindred</title>');
        expect(res.body).not.toContain(DEMO_ORGANIZATION.name);
      }
      expect(logs.lines.join('\n')).toContain('crisis resources fell back to defaults');
    } finally {
      await ctx.close();
    }
  });

  it('still renders the default crisis lines when the organization table is gone', async () => {
    const ctx = await createTestContext({ deps: { logger: captureLogs('silent').logger } });
    try {
      if (testDialect === 'postgres') {
        await sql`drop table organization cascade`.execute(ctx.db);
      } else {
        // SQLite has no CASCADE: drop with foreign keys off, as a broken manual edit would.
        await sql`pragma foreign_keys = off`.execute(ctx.db);
        await sql`drop table organization`.execute(ctx.db);
      }
      const res = await ctx.request({ method: 'GET', url: '/help' });
      expect(res.statusCode).toBe(200);
      expectDefaultResources(res.body);
    } finally {
      await ctx.close();
    }
  });
});
