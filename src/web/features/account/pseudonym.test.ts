import { describe, expect, it } from 'vitest';
import { displayNameSchema } from '../../../contracts/auth';
import { adjectives, nouns, suggestPseudonym } from './pseudonym';

describe('suggestPseudonym', () => {
  it('makes an "Adjective Noun" name that is a valid display name', () => {
    for (let i = 0; i < 200; i++) {
      const name = suggestPseudonym();
      const [adjective, noun] = name.split(' ');
      expect(adjectives).toContain(adjective);
      expect(nouns).toContain(noun);
      expect(displayNameSchema.safeParse(name).success).toBe(true);
    }
  });

  it('never repeats the previous suggestion', () => {
    let previous = suggestPseudonym();
    for (let i = 0; i < 100; i++) {
      const next = suggestPseudonym(previous);
      expect(next).not.toBe(previous);
      previous = next;
    }
  });
});
