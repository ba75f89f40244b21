import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupInput } from '../../../../test/helpers/group-builder';
import { createTestContext, type TestContext } from '../../../../test/helpers/test-app';

const shell = `<!doctype html>
<html lang="en">
  <head>
    <meta name="description" content="Default description" />
    <title>Kindred</title>
  </head>
  <body><div id="root"></div></body>
</html>`;

describe('group page HTML for link sharing', () => {
  let ctx: TestContext;
  let webDir: string;
  beforeAll(async () => {
    webDir = mkdtempSync(path.join(tmpdir(), 'kindred-web-'));
    writeFileSync(path.join(webDir, 'index.html'), shell);
    ctx = await createTestContext({ config: { webDir } });
  });
  afterAll(async () => {
    await ctx.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('carries the group title, description and Open Graph tags', async () => {
    const admin = await ctx.newUser({ role: 'admin' });
    const input = groupInput({
      name: 'Tuesday <Grief> Circle',
      description: 'A gentle group for people grieving a loss.',
    });
    const created = await ctx.request({
      method: 'POST',
      url: '/api/manage/groups',
      as: admin,
      payload: input,
    });
    expect(created.statusCode).toBe(201);
    const res = await ctx.request({ method: 'GET', url: `/groups/${input.slug}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain(
      '<title>Tuesday &lt;Grief&gt; Circle · Prairie Path Behavioral Health</title>',
    );
    expect(res.body).toContain('<meta property="og:title" content="Tuesday &lt;Grief&gt; Circle');
    expect(res.body).toMatch(
      /<meta name="description" content="Every Tuesday, 7:00–8:30 pm\. A gentle group/,
    );
    expect(res.body).toContain(
      `<meta property="og:url" content="http://localhost:3000/groups/${input.slug}" />`,
    );
    expect(res.body).not.toContain('Default description');
    expect(res.body.match(/<title>/g)).toHaveLength(1);
  });

  it('answers a missing or archived group with the app shell and a 404 status', async () => {
    const missing = await ctx.request({ method: 'GET', url: '/groups/no-such-group' });
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toContain('<div id="root">');
    const admin = await ctx.newUser({ role: 'admin' });
    const input = groupInput({ status: 'archived' });
    await ctx.request({ method: 'POST', url: '/api/manage/groups', as: admin, payload: input });
    const archived = await ctx.request({ method: 'GET', url: `/groups/${input.slug}` });
    expect(archived.statusCode).toBe(404);
    expect(archived.body).toBe(missing.body);
  });
});
