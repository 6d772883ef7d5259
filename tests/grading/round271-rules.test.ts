import { describe, expect, it } from 'vitest';
import { earns, labelNotes, plain } from './helpers.js';

/*
 * Round 271 (Dec 2026): set 26's teacher wrote "Viral DNA production halts" as the guide suggests
 * (a positive statement) and it met none of thirteen trial answers, "No viral DNA is made" among
 * them (tests/grading/teacher-questions/TEACHER-NOTES-26.md).
 */
describe('round 271: production that halts is the thing no longer made', () => {
  const r = plain('Viral DNA production halts');

  it('is said by denying the making', () => {
    expect(labelNotes('Viral DNA production halts')).toContain(
      'a statement that something stops is also made by denying it',
    );
    for (const a of [
      'No viral DNA is made.',
      'No DNA gets made.',
      'The virus makes no DNA.',
      'The virus cannot make DNA.',
      'The DNA is not made.',
    ])
      expect(earns(r, a), a).toBe(true);
  });

  it('is not said by making it, or by denying something else', () => {
    for (const a of ['The virus can make DNA.', 'Viral DNA is made.', 'No proteins are made but DNA is.'])
      expect(earns(r, a), a).toBe(false);
  });
});
