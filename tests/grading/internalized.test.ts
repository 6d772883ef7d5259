import { describe, expect, it } from 'vitest';
import { internalized } from '../../src/grading/word-info.js';

/*
 * internalized() hands back the engine's shared copy of a string through a long-lived holder
 * object that it empties after each use. It must return an equal string for any word, and leave
 * nothing behind that a later word could be mistaken for.
 */
describe('internalized', () => {
  it('returns an equal string for ordinary, numeric and prototype-named words', () => {
    for (const word of ['sodium', 'na+', '3', '70', '-70', '__proto__', 'constructor', 'toString', '', 'é']) {
      expect(internalized(word)).toBe(word);
    }
  });

  it('keeps nothing between calls: each word comes back as itself, not an earlier one', () => {
    const words = Array.from({ length: 2000 }, (_, i) => `depolarizaton${i.toString(36)}`);
    for (const w of words) expect(internalized(w)).toBe(w);
    // A word seen before still comes back equal.
    expect(internalized(words[0] as string)).toBe(words[0]);
  });
});
