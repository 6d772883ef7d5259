import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureTeacherQuestions } from '../../src/bench/teacher-questions.js';

const repo = join(import.meta.dirname, '..', '..');

describe('bench: teacher-written questions', () => {
  it('reports every stored set in the order the teachers wrote them (set-10 after set-9)', () => {
    const figures = measureTeacherQuestions(
      join(repo, 'content'),
      join(repo, 'tests/grading/teacher-questions'),
    );
    const sets = figures.map((f) => Number(/set-(\d+)/.exec(f.label)?.[1]));
    expect(sets.length).toBeGreaterThanOrEqual(11);
    expect(sets).toEqual([...sets].sort((a, b) => a - b));
  });
});
