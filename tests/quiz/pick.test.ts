import { describe, expect, it } from 'vitest';
import { pickQuestion } from '../../src/quiz/index.js';

const pool = ['a', 'b', 'c'].map((id) => ({ id }));

/** A random source that returns the given numbers in turn. */
function sequence(...values: number[]): () => number {
  let i = 0;
  return () => values[i++ % values.length] as number;
}

describe('pickQuestion', () => {
  it('given no history, the random number decides which candidate comes up', () => {
    expect(pickQuestion(pool, [], () => 0)?.id).toBe('a');
    expect(pickQuestion(pool, [], () => 0.5)?.id).toBe('b');
    expect(pickQuestion(pool, [], () => 0.99)?.id).toBe('c');
  });

  it('given the question the student just had, it is never picked while another fits', () => {
    for (const r of [0, 0.34, 0.5, 0.67, 0.999]) {
      expect(pickQuestion(pool, ['b'], () => r)?.id).not.toBe('b');
    }
  });

  it('given every candidate was seen recently, it still avoids the latest and repeats the oldest', () => {
    // Most recent first: c was just asked, a before it, b longest ago.
    expect(pickQuestion(pool, ['c', 'a', 'b'], () => 0)?.id).toBe('b');
  });

  it('given a single candidate that was just asked, it is asked again rather than nothing', () => {
    expect(pickQuestion([{ id: 'only' }], ['only'], () => 0.3)?.id).toBe('only');
  });

  it('given no candidates, it picks nothing', () => {
    expect(pickQuestion([], ['a'], () => 0.3)).toBeUndefined();
  });

  it('given a random source that returns exactly 1, it stays inside the pool', () => {
    expect(pickQuestion(pool, [], () => 1)?.id).toBe('c');
  });

  it('given a seeded sequence, the picks are reproducible', () => {
    const run = () => {
      const random = sequence(0.1, 0.7, 0.4, 0.9);
      const picked: string[] = [];
      for (let i = 0; i < 6; i++) {
        const q = pickQuestion(pool, [...picked].reverse().slice(0, 2), random);
        if (!q) throw new Error('nothing picked');
        picked.push(q.id);
      }
      return picked;
    };
    const first = run();
    expect(run()).toEqual(first);
    for (let i = 1; i < first.length; i++) expect(first[i]).not.toBe(first[i - 1]);
  });
});
