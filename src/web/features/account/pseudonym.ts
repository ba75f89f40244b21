// Gentle pseudonyms ("Quiet River") for people who would rather not use their name.
// Words are calm, neutral and easy to read; none describe a person's health or body.
export const adjectives = [
  'Quiet',
  'Gentle',
  'Steady',
  'Bright',
  'Calm',
  'Kind',
  'Warm',
  'Hopeful',
  'Patient',
  'Brave',
  'Soft',
  'Clear',
  'Golden',
  'Silver',
  'Early',
  'Evening',
  'Morning',
  'Open',
  'Still',
  'Sunny',
  'Misty',
  'Green',
  'Blue',
  'Amber',
  'Rising',
  'Tender',
  'Easy',
  'Little',
  'Wandering',
  'Humble',
] as const;

export const nouns = [
  'River',
  'Meadow',
  'Harbor',
  'Willow',
  'Sparrow',
  'Cedar',
  'Lantern',
  'Brook',
  'Maple',
  'Heron',
  'Pebble',
  'Fern',
  'Garden',
  'Valley',
  'Breeze',
  'Ember',
  'Hill',
  'Orchard',
  'Robin',
  'Shore',
  'Tide',
  'Wren',
  'Acorn',
  'Clover',
  'Dawn',
  'Field',
  'Grove',
  'Lake',
  'Moss',
  'Star',
] as const;

/** A uniform random index below `length`, from the platform's secure random source. */
function randomIndex(length: number): number {
  const values = new Uint32Array(1);
  // Rejection sampling avoids modulo bias.
  const limit = Math.floor(0x1_0000_0000 / length) * length;
  for (;;) {
    crypto.getRandomValues(values);
    const value = values[0] ?? 0;
    if (value < limit) return value % length;
  }
}

function pick<T>(words: readonly T[]): T {
  const word = words[randomIndex(words.length)];
  if (word === undefined) throw new Error('empty word list');
  return word;
}

/** A random "Adjective Noun" pseudonym, different from `previous` when one is given. */
export function suggestPseudonym(previous?: string): string {
  for (;;) {
    const name = `${pick(adjectives)} ${pick(nouns)}`;
    if (name !== previous) return name;
  }
}
