import { describe, expect, it } from 'vitest';
import { pickQuestion, QuizMemory, RECENT_PER_USER } from '../../src/quiz/index.js';

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
      const memory = new QuizMemory();
      const picked: string[] = [];
      for (let i = 0; i < 6; i++) {
        const q = pickQuestion(pool, memory.recent('u'), random);
        if (!q) throw new Error('nothing picked');
        memory.gave('u', q.id);
        picked.push(q.id);
      }
      return picked;
    };
    const first = run();
    expect(run()).toEqual(first);
    for (let i = 1; i < first.length; i++) expect(first[i]).not.toBe(first[i - 1]);
  });
});

describe('QuizMemory', () => {
  it('remembers the latest questions per student, most recent first, without duplicates', () => {
    const memory = new QuizMemory();
    for (const id of ['a', 'b', 'a', 'c']) memory.gave('ana', id);
    expect(memory.recent('ana')).toEqual(['c', 'a', 'b']);
    expect(memory.recent('ben')).toEqual([]);
  });

  it(`keeps at most ${RECENT_PER_USER} recent questions per student`, () => {
    const memory = new QuizMemory();
    for (let i = 0; i < RECENT_PER_USER + 3; i++) memory.gave('ana', `q${i}`);
    expect(memory.recent('ana')).toHaveLength(RECENT_PER_USER);
    expect(memory.recent('ana')[0]).toBe(`q${RECENT_PER_USER + 2}`);
  });

  it('returns a saved answer only for the question it was written for', () => {
    const memory = new QuizMemory();
    memory.saveDraft('ana', 'nmj', ['sodium rushes in']);
    expect(memory.draft('ana', 'nmj')).toEqual(['sodium rushes in']);
    expect(memory.draft('ana', 'other')).toBeUndefined();
    expect(memory.draft('ben', 'nmj')).toBeUndefined();
  });

  it('given more students than it holds, forgets the least recently active first', () => {
    const memory = new QuizMemory(2);
    memory.gave('ana', 'a');
    memory.gave('ben', 'b');
    memory.gave('ana', 'c'); // ana is active again, so ben is now the oldest
    memory.gave('cy', 'd');
    expect(memory.size).toBe(2);
    expect(memory.recent('ben')).toEqual([]);
    expect(memory.recent('ana')).toEqual(['c', 'a']);
  });
});
