import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CrisisResourcesByLocale } from '../../../contracts/organization';
import { errorPaths, expectProblem } from '../../../../test/helpers/problem';
import {
  createTestContext,
  type TestContext,
  type TestUser,
} from '../../../../test/helpers/test-app';
import { DEMO_ORGANIZATION } from '../../seed/organization.seed';

interface OrganizationView {
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  crisisResources: CrisisResourcesByLocale;
}

const riverbendResources: CrisisResourcesByLocale = {
  en: [
    {
      name: 'Riverbend Warmline',
      description: 'Peer support, evenings and weekends.',
      phone: '6305550142',
      url: 'https://riverbend.example.org/warmline',
    },
  ],
  es: [
    { name: 'Línea de apoyo Riverbend', description: 'Apoyo entre pares.', phone: '6305550143' },
  ],
};

describe('organization routes', () => {
  let ctx: TestContext;
  let admin: TestUser;
  let member: TestUser;
  let facilitator: TestUser;
  beforeAll(async () => {
    ctx = await createTestContext();
    admin = await ctx.newUser({ role: 'admin' });
    member = await ctx.newUser();
    facilitator = await ctx.newUser({ role: 'facilitator' });
  });
  afterAll(async () => {
    await ctx.close();
  });

  const getSettings = (as?: TestUser) =>
    ctx.request({ method: 'GET', url: '/api/admin/organization', ...(as ? { as } : {}) });
  const patch = (payload: object, as?: TestUser) =>
    ctx.request({
      method: 'PATCH',
      url: '/api/admin/organization',
      payload,
      ...(as ? { as } : {}),
    });
  const storedName = async () =>
    (await ctx.db.selectFrom('organization').select('name').executeTakeFirstOrThrow()).name;

  it('tells anyone the public facts, and nothing more', async () => {
    const res = await ctx.request({ method: 'GET', url: '/api/organization' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      name: DEMO_ORGANIZATION.name,
      locale: 'en',
      timeZone: DEMO_ORGANIZATION.timeZone,
    });
  });

  it('GET /api/admin/organization: 401 signed out, 403 for member and facilitator, 200 for admin', async () => {
    expectProblem(await getSettings(), 401, 'unauthenticated');
    expectProblem(await getSettings(member), 403, 'forbidden');
    expectProblem(await getSettings(facilitator), 403, 'forbidden');
    const ok = await getSettings(admin);
    expect(ok.statusCode).toBe(200);
    const org = ok.json<OrganizationView>();
    expect(org).toMatchObject({
      name: DEMO_ORGANIZATION.name,
      timeZone: 'America/Chicago',
      locale: 'en',
    });
    expect(org.crisisResources.en.map((r) => r.phone)).toContain('988');
  });

  it('PATCH /api/admin/organization: 401 signed out, 403 for member and facilitator, 200 for admin', async () => {
    const payload = { name: 'Renamed By Someone' };
    expectProblem(await patch(payload), 401, 'unauthenticated');
    expectProblem(await patch(payload, member), 403, 'forbidden');
    expectProblem(await patch(payload, facilitator), 403, 'forbidden');
    expect(await storedName()).toBe(DEMO_ORGANIZATION.name);
    const ok = await patch({ name: DEMO_ORGANIZATION.name }, admin);
    expect(ok.statusCode).toBe(200);
  });

  it('names every invalid field at once and changes nothing', async () => {
    const res = await patch(
      {
        name: '',
        timeZone: 'Mars/Olympus',
        locale: 'fr',
        crisisResources: {
          en: [
            { name: 'Insecure', url: 'http://crisis.example.org' },
            { name: 'Lettered', phone: '1-800-HELP' },
          ],
          es: [{ name: '', sms: '74a741' }],
        },
      },
      admin,
    );
    expectProblem(res, 400, 'validation_failed');
    expect(errorPaths(res).sort()).toEqual(
      [
        'name',
        'timeZone',
        'locale',
        'crisisResources.en.0.url',
        'crisisResources.en.1.phone',
        'crisisResources.es.0.name',
        'crisisResources.es.0.sms',
      ].sort(),
    );
    expect(await storedName()).toBe(DEMO_ORGANIZATION.name);
  });

  it.each([
    [{ name: '   ' }, 'name'],
    [{ timeZone: 'Mars/Olympus' }, 'timeZone'],
    [{ timeZone: 'EST' }, 'timeZone'],
    [
      { crisisResources: { en: [{ name: 'Site', url: 'ftp://files.example.org' }], es: [] } },
      'crisisResources.en.0.url',
    ],
    [
      { crisisResources: { en: [{ name: 'Line', phone: '988abc' }], es: [] } },
      'crisisResources.en.0.phone',
    ],
    [{ crisisResources: { en: [] } }, 'crisisResources.es'],
  ])('rejects %j naming %s', async (payload, path) => {
    const res = await patch(payload, admin);
    expectProblem(res, 400, 'validation_failed');
    expect(errorPaths(res)).toContain(path);
  });

  it('saves settings, audits the change and shows it publicly and on /help', async () => {
    const res = await patch(
      {
        name: 'Riverbend Recovery Collective',
        timeZone: 'America/New_York',
        crisisResources: riverbendResources,
      },
      admin,
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      name: 'Riverbend Recovery Collective',
      timeZone: 'America/New_York',
      locale: 'en',
      crisisResources: riverbendResources,
    });

    expect((await getSettings(admin)).json()).toMatchObject({
      name: 'Riverbend Recovery Collective',
      timeZone: 'America/New_York',
    });
    const pub = await ctx.request({ method: 'GET', url: '/api/organization' });
    expect(pub.json()).toEqual({
      name: 'Riverbend Recovery Collective',
      locale: 'en',
      timeZone: 'America/New_York',
    });

    const help = await ctx.request({ method: 'GET', url: '/help' });
    expect(help.body).toContain('Riverbend Recovery Collective');
    expect(help.body).toContain('Riverbend Warmline');
    expect(help.body).toContain('href="tel:6305550142"');
    expect(help.body).toContain('href="https://riverbend.example.org/warmline"');
    const helpEs = await ctx.request({ method: 'GET', url: '/help?lang=es' });
    expect(helpEs.body).toContain('Línea de apoyo Riverbend');

    const audit = await ctx.db
      .selectFrom('audit_event')
      .select(['actor_id', 'detail'])
      .where('action', '=', 'organization.settings_changed')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit.actor_id).toBe(admin.id);
    expect(JSON.parse(audit.detail)).toEqual({
      fields: ['name', 'timeZone', 'crisisResources'],
      from: { name: DEMO_ORGANIZATION.name },
      to: { name: 'Riverbend Recovery Collective' },
    });
  });

  it('audits exactly the fields that changed', async () => {
    const res = await patch({ locale: 'es', name: 'Riverbend Recovery Collective' }, admin);
    expect(res.statusCode).toBe(200);
    const audit = await ctx.db
      .selectFrom('audit_event')
      .select('detail')
      .where('action', '=', 'organization.settings_changed')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.detail)).toEqual({ fields: ['locale'] });
    expect((await ctx.request({ method: 'GET', url: '/api/organization' })).json()).toMatchObject({
      locale: 'es',
    });
  });
});

describe('signed-out callers', () => {
  it('get 401 before their input is validated', async () => {
    const ctx = await createTestContext();
    try {
      const res = await ctx.request({
        method: 'PATCH',
        url: '/api/admin/organization',
        payload: { timeZone: 'Mars/Olympus', name: '' },
      });
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ code: 'unauthenticated' });
    } finally {
      await ctx.close();
    }
  });
});
