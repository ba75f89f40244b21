// The organization's public contact (email, phone, website) through PATCH /api/admin/organization:
// what is saved, what is refused field by field, and how a field is cleared ('' or null; leaving
// a field out keeps it). The feed side is in routes/interop/meeting-guide-entity.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorPaths, expectProblem } from '../../../../test/helpers/problem';
import {
  createTestContext,
  type TestContext,
  type TestUser,
} from '../../../../test/helpers/test-app';

const CONTACT = {
  contactEmail: 'hello@riverbend.example.org',
  contactPhone: '+1 (630) 555-0142',
  website: 'https://riverbend.example.org/about',
};

describe('organization contact settings', () => {
  let ctx: TestContext;
  let admin: TestUser;
  beforeAll(async () => {
    ctx = await createTestContext();
    admin = await ctx.newUser({ role: 'admin' });
  });
  afterAll(async () => {
    await ctx.close();
  });

  const patch = (payload: object, as: TestUser = admin) =>
    ctx.request({ method: 'PATCH', url: '/api/admin/organization', payload, as });
  const settings = async () =>
    (await ctx.request({ method: 'GET', url: '/api/admin/organization', as: admin })).json<
      Record<string, unknown>
    >();
  const stored = () =>
    ctx.db
      .selectFrom('organization')
      .select(['contact_email', 'contact_phone', 'website'])
      .executeTakeFirstOrThrow();
  const lastAudit = async () =>
    JSON.parse(
      (
        await ctx.db
          .selectFrom('audit_event')
          .select('detail')
          .where('action', '=', 'organization.settings_changed')
          .orderBy('id', 'desc')
          .executeTakeFirstOrThrow()
      ).detail,
    ) as unknown;

  it('starts without a public contact', async () => {
    const org = await settings();
    expect(org).not.toHaveProperty('contactEmail');
    expect(org).not.toHaveProperty('contactPhone');
    expect(org).not.toHaveProperty('website');
    expect(await stored()).toEqual({ contact_email: null, contact_phone: null, website: null });
  });

  it('lets only an admin set it', async () => {
    const facilitator = await ctx.newUser({ role: 'facilitator' });
    expectProblem(await patch(CONTACT, facilitator), 403, 'forbidden');
    expect(await stored()).toEqual({ contact_email: null, contact_phone: null, website: null });
  });

  it('saves the contact trimmed, shows it and audits which fields changed', async () => {
    const res = await patch({
      contactEmail: `  ${CONTACT.contactEmail} `,
      contactPhone: ` ${CONTACT.contactPhone}`,
      website: `${CONTACT.website}  `,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject(CONTACT);
    expect(await settings()).toMatchObject(CONTACT);
    expect(await stored()).toEqual({
      contact_email: CONTACT.contactEmail,
      contact_phone: CONTACT.contactPhone,
      website: CONTACT.website,
    });
    expect(await lastAudit()).toEqual({ fields: ['contactEmail', 'contactPhone', 'website'] });
  });

  it('names each invalid contact field and changes nothing', async () => {
    const res = await patch({
      contactEmail: 'hello@',
      contactPhone: 'call the office',
      website: 'http://riverbend.example.org',
    });
    expectProblem(res, 400, 'validation_failed');
    expect(errorPaths(res).sort()).toEqual(['contactEmail', 'contactPhone', 'website']);
    const messages = res.json<{ errors: { path: string; message: string }[] }>().errors;
    expect(messages.find((e) => e.path === 'website')?.message).toBe('Use an https:// link');
    expect(await settings()).toMatchObject(CONTACT);
  });

  it.each([
    [{ contactEmail: 'not an email' }, 'contactEmail'],
    [{ contactEmail: `${'a'.repeat(250)}@example.org` }, 'contactEmail'],
    [{ contactEmail: 42 }, 'contactEmail'],
    [{ contactPhone: '555-014' }, 'contactPhone'], // fewer than 7 digits
    [{ contactPhone: '630 555 0142 ext. 7' }, 'contactPhone'],
    [{ contactPhone: '1*630*555*0142#' }, 'contactPhone'], // meeting-id keys are for dial-ins
    [{ contactPhone: '6'.repeat(41) }, 'contactPhone'],
    [{ website: 'riverbend.example.org' }, 'website'],
    [{ website: 'https:riverbend.example.org' }, 'website'],
    [{ website: 'https://riverbend.example.org/a page' }, 'website'],
    [{ website: `https://riverbend.example.org/${'a'.repeat(480)}` }, 'website'],
  ])('rejects %j naming %s', async (payload, path) => {
    const res = await patch(payload);
    expectProblem(res, 400, 'validation_failed');
    expect(errorPaths(res)).toEqual([path]);
  });

  it('keeps fields that are left out, and clears them with an empty string or null', async () => {
    const kept = await patch({ name: 'Riverbend Recovery Collective' });
    expect(kept.json()).toMatchObject(CONTACT);

    const res = await patch({ contactEmail: '', contactPhone: null, website: '   ' });
    expect(res.statusCode, res.body).toBe(200);
    for (const field of ['contactEmail', 'contactPhone', 'website']) {
      expect(res.json()).not.toHaveProperty(field);
      expect(await settings()).not.toHaveProperty(field);
    }
    expect(await stored()).toEqual({ contact_email: null, contact_phone: null, website: null });
    expect(await lastAudit()).toEqual({ fields: ['contactEmail', 'contactPhone', 'website'] });
  });
});
