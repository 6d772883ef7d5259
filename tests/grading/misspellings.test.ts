import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/grading/tokenize.js';
import { isTransposition } from '../../src/grading/vocabulary.js';
import { earns, rubric } from './helpers.js';

/*
 * Misspellings are handled once, for every question: the shared list in content/words.yaml (read
 * by the tokenizer; helpers.ts loads the real content, which installs it) for words too short or
 * too mangled for edit distance, and edit distance in which two swapped letters are one slip.
 */

describe('misspellings, for every question alike', () => {
  it('reads a listed short misspelling as its word, in answers and rubrics alike', () => {
    expect(tokenize('it gose to the ribozome').map((t) => t.norm)).toEqual([
      'it',
      'goes',
      'to',
      'the',
      'ribosome',
    ]);
    expect(earns(rubric('"@sodium"'), 'sodum moves in')).toBe(true);
  });

  it('counts two swapped neighbouring letters as one edit', () => {
    expect(isTransposition('anitcodon', 'anticodon')).toBe(true);
    expect(isTransposition('anticodon', 'anticodon')).toBe(false);
    expect(isTransposition('antcodoni', 'anticodon')).toBe(false);
    expect(earns(rubric('"anticodon"'), 'the anitcodon pairs with it')).toBe(true);
  });

  it('does not stretch a short word to a different one', () => {
    expect(earns(rubric('"bind"'), 'they find it')).toBe(false);
  });
});
