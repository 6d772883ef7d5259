import { describe, expect, it } from 'vitest';
import { fold } from '../../src/content/fold.js';

describe('fold', () => {
  it.each([
    ['Na⁺/K⁺ pump', 'na k pump'],
    ['Na+/K+ pump', 'na k pump'],
    ['Na/K  pump', 'na k pump'],
    ['Sodium-Potassium ATPase', 'sodium potassium atpase'],
    ['Dépolarisation', 'depolarization'],
    ['hyperpolarise', 'hyperpolarize'],
    ['  ACh!  ', 'ach'],
    ['Ca²⁺', 'ca2'],
    ['+/-', ''],
  ])('folds "%s" to "%s"', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  it('leaves short words ending in -ise alone', () => {
    expect(fold('rise')).toBe('rise');
  });
});
