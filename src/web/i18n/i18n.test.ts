import { expect, it } from 'vitest';
import { en } from './en';
import { t } from './index';

it('fills placeholders and leaves unknown ones visible', () => {
  expect(t('people.roleChanged', { name: 'Sam R.', role: 'Admin' })).toBe('Sam R. is now: Admin.');
  expect(t('people.roleChanged', { name: 'Sam R.' })).toBe('Sam R. is now: {role}.');
});

it('has no empty messages', () => {
  for (const [key, message] of Object.entries(en)) expect(message.trim(), key).not.toBe('');
});
