import { describe, expect, it } from 'vitest';
import { mergeSorted } from '../../src/grading/sorted-matches.js';

/* Any-of nodes merge their kids' match lists with this instead of concatenating and sorting. */
describe('mergeSorted', () => {
  const NONE: readonly { s: number; e: number; k: string }[] = [];

  it('merges lists sorted by start then end, one item per extent, the earlier list winning ties', () => {
    const a = [
      { s: 0, e: 2, k: 'a' },
      { s: 3, e: 4, k: 'a' },
    ];
    const b = [
      { s: 0, e: 1, k: 'b' },
      { s: 0, e: 2, k: 'b' },
      { s: 5, e: 6, k: 'b' },
    ];
    expect(mergeSorted([a, b], NONE).map((m) => `${m.s}-${m.e}${m.k}`)).toEqual([
      '0-1b',
      '0-2a',
      '3-4a',
      '5-6b',
    ]);
    // What a stable sort of the concatenation would keep, with the extent duplicates dropped.
    const sorted = [...a, ...b].sort((x, y) => x.s - y.s || x.e - y.e);
    const stable = sorted.filter((m, i) => i === 0 || m.s !== sorted[i - 1]?.s || m.e !== sorted[i - 1]?.e);
    expect(mergeSorted([a, b], NONE)).toEqual(stable);
  });

  it('returns a single non-empty list as it is, and the empty list when all are empty', () => {
    const only = [{ s: 1, e: 2, k: 'x' }];
    expect(mergeSorted([[], only, []], NONE)).toBe(only);
    expect(mergeSorted([[], []], NONE)).toBe(NONE);
  });
});
