import { describe, expect, it } from 'vitest';
import { ApiError, messageFor, normalizePath, problemFrom } from './problem';

describe('normalizePath', () => {
  it('accepts dotted paths, JSON Pointers and brackets alike', () => {
    expect(normalizePath('crisisResources.en.0.phone')).toBe('crisisResources.en.0.phone');
    expect(normalizePath('/crisisResources/en/0/phone')).toBe('crisisResources.en.0.phone');
    expect(normalizePath('crisisResources.en[0].phone')).toBe('crisisResources.en.0.phone');
    expect(normalizePath('')).toBe('');
  });
});

describe('ApiError', () => {
  it('maps problem errors to fields, first message wins', () => {
    const error = new ApiError({
      type: '/problems/validation_failed',
      title: 'Some fields need attention',
      status: 400,
      code: 'validation_failed',
      errors: [
        { path: '/email', message: 'Enter a valid email address' },
        { path: 'email', message: 'second' },
        { path: 'displayName', message: 'Use at least 2 characters' },
      ],
    });
    expect(error.fieldErrors()).toEqual({
      email: 'Enter a valid email address',
      displayName: 'Use at least 2 characters',
    });
    expect(messageFor(error)).toBe('Some fields need attention.');
  });

  it('turns a non-JSON failure into a calm generic message', async () => {
    const error = await problemFrom(new Response('<html>Bad gateway</html>', { status: 502 }));
    expect(error.code).toBe('internal_error');
    expect(messageFor(error)).toMatch(/Something went wrong on our side/);
  });

  it('keeps the server’s code and title for problem+json replies', async () => {
    const body = {
      type: '/problems/last_admin',
      title: 'Needs an admin',
      status: 409,
      code: 'last_admin',
    };
    const error = await problemFrom(Response.json(body, { status: 409 }));
    expect(error.code).toBe('last_admin');
    expect(messageFor(error)).toBe('Needs an admin');
  });
});
