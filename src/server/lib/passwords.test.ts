import { describe, expect, it } from 'vitest';
import { owaspArgon2 } from '../config';
import { PasswordHasher } from './passwords';

describe('PasswordHasher at the production cost', () => {
  const hasher = new PasswordHasher(owaspArgon2);

  it('hashes with argon2id at the OWASP parameters, salted', async () => {
    const a = await hasher.hash('correct horse battery staple');
    const b = await hasher.hash('correct horse battery staple');
    expect(a.startsWith('$argon2id$v=19$m=19456,t=2,p=1$')).toBe(true);
    expect(a).not.toBe(b);
    expect(a).not.toContain('correct horse');
  });

  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hasher.hash('correct horse battery staple');
    expect(await hasher.verify(stored, 'correct horse battery staple')).toBe(true);
    expect(await hasher.verify(stored, 'correct horse battery stapler')).toBe(false);
    expect(await hasher.verify(stored, '')).toBe(false);
  });

  it('answers false, rather than throwing, for a malformed stored hash', async () => {
    expect(await hasher.verify('not-a-hash', 'anything at all')).toBe(false);
  });

  it('verifies hashes made at another cost, so the cost can be raised later', async () => {
    const cheap = await new PasswordHasher({ memoryCost: 1024, timeCost: 1, parallelism: 1 }).hash(
      'old password here',
    );
    expect(await hasher.verify(cheap, 'old password here')).toBe(true);
  });

  it('verifyAgainstDummy always answers false, even for the dummy password', async () => {
    expect(await hasher.verifyAgainstDummy('whatever was typed')).toBe(false);
    expect(await hasher.verifyAgainstDummy('kindred-dummy-password')).toBe(false);
  });
});
