import { describe, expect, it } from 'vitest';
import { grade } from '../../src/grading/grade.js';
import { earns, realLexicon, rubric } from './helpers.js';

/** The cause point as a rubric author would write it with the real lexicon. */
const cause = rubric('{all: ["@sodium", "@enters"], scope: clause}', realLexicon);

describe('negation is clause-scoped', () => {
  it.each([
    'Sodium does not enter the cell.',
    "Na+ can't get in.",
    'Sodium is blocked from entering.',
    'No sodium would enter.',
    'The toxin prevents sodium from entering.',
    'Sodium never flows into the cell.',
    'Sodium is unable to move into the cell.',
    'Sodium doesnt enter.',
  ])('given "%s", the point is not awarded', (answer) => {
    expect(earns(cause, answer)).toBe(false);
  });

  it.each([
    'Without ACh no sodium would enter; with it, sodium enters.',
    'ACh is not broken down, so sodium keeps entering.',
    'Not only does sodium enter, it floods in.',
    'Sodium enters and potassium does not.',
  ])('given "%s", the affirmed clause still earns the point', (answer) => {
    expect(earns(cause, answer)).toBe(true);
  });

  it('a negation cue more than five words before the phrase does not reach it', () => {
    expect(earns(cause, 'There was no real reason given by the teacher for why sodium enters')).toBe(true);
  });

  it('a verb cue the point itself uses is not a negation of that point', () => {
    const blocks = rubric('{all: ["toxin", "@blocks", "@receptor"], scope: clause}', realLexicon);
    expect(earns(blocks, 'The toxin blocks the ACh receptor.')).toBe(true);
    expect(earns(blocks, 'The toxin does not block the receptor.')).toBe(false);
  });

  it('negation: ignore counts negated matches too', () => {
    const r = rubric('"@enters"', realLexicon, {
      points: [{ id: 'p', label: 'l', hint: 'h', pattern: '@enters', negation: 'ignore' }],
    });
    expect(earns(r, 'sodium does not enter')).toBe(true);
  });

  it('a phrase may contain its own negation word ("no longer negative")', () => {
    const r = rubric('"@less-negative"', realLexicon);
    expect(earns(r, 'the inside is no longer as negative')).toBe(true);
    expect(earns(r, 'the inside does not become less negative')).toBe(false);
  });
});

describe("a negation cue inside a phrase's gap", () => {
  const gapped = rubric('"@sodium ..3 @enters"', realLexicon);

  it.each(['Sodium does not enter the cell.', 'Sodium ions never enter.', "Na+ can't really get in."])(
    'given "%s", blocks the match like a cue before the phrase',
    (answer) => {
      expect(earns(gapped, answer)).toBe(false);
    },
  );

  it.each(['Sodium then enters the cell.', 'Sodium ions quickly enter.'])(
    'given "%s", an affirmed gap still matches',
    (answer) => {
      expect(earns(gapped, answer)).toBe(true);
    },
  );

  it('counts only cues in the same negation segment as the word after the gap', () => {
    const wide = rubric('"@sodium ..5 @enters"', realLexicon);
    expect(earns(wide, 'Sodium, which is not charged, enters the cell.')).toBe(true);
    expect(earns(wide, 'Sodium, which is charged, does not enter the cell.')).toBe(false);
  });

  it('looks into the gaps of a concept used inside a phrase', () => {
    const r = rubric('"@goes-in quickly"', realLexicon, {
      concepts: { 'goes-in': ['sodium ..3 enters'] },
    });
    expect(earns(r, 'sodium then enters quickly')).toBe(true);
    expect(earns(r, 'sodium does not enter quickly')).toBe(false);
  });

  it('still lets a phrase hold its own negation word', () => {
    const r = rubric('"no ..1 negative"', realLexicon);
    expect(earns(r, 'the inside is no longer negative')).toBe(true);
  });
});

describe('misconceptions', () => {
  const misconception = (pattern: unknown) =>
    rubric('"@sodium"', realLexicon, {
      misconceptions: [{ id: 'm', pattern, correction: 'Fix it.' }],
    });

  it('are flagged with their correction and evidence, and earn nothing', () => {
    const r = misconception({ all: ['@potassium', '@enters'], within: 6, scope: 'clause' });
    const result = grade(r, 'K⁺ rushes in');
    expect(result.misconceptions).toEqual([
      {
        id: 'm',
        label: 'm',
        correction: 'Fix it.',
        evidence: [{ text: 'K⁺ rushes in', start: 0, end: 12, part: 0 }],
      },
    ]);
    expect(result.score).toBe(0);
  });

  it('respect negation like points do', () => {
    const r = misconception('@more-negative');
    expect(grade(r, 'the cell becomes more negative').misconceptions).toHaveLength(1);
    expect(grade(r, 'the cell does not become more negative').misconceptions).toHaveLength(0);
  });
});
