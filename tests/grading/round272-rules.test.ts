import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  type FrqQuestion,
  normalizeQuestion,
  questionFileSchema,
} from '../../src/content/question-schema.js';
import { explainQuestion } from '../../src/grading/explain.js';
import { earns, labelNotes, plain, realLexicon } from './helpers.js';

/*
 * Round 272 (Dec 2026): from the twenty-seventh teacher's notes (tests/grading/teacher-questions/
 * TEACHER-NOTES-27.md: homologous and analogous structures; RNA processing and alternative
 * splicing), after set 27 was graded untouched.
 */

describe('round 272: "A or a B" is either one', () => {
  const r = plain("A 5' cap or a poly-A tail is added");

  it('each side alone earns, with its whole noun phrase', () => {
    expect(earns(r, "A 5' cap is added.")).toBe(true);
    expect(earns(r, 'A poly-A tail is added.')).toBe(true);
    expect(earns(r, 'The introns are removed.')).toBe(false);
  });

  it('the primed number names which cap and is not required', () => {
    expect(labelNotes("A 5' cap or a poly-A tail is added")).toContain(
      `"5'" only names which cap; not required`,
    );
    expect(earns(r, 'A cap is added to the front.')).toBe(true);
    // Where the end is the point, the number stays.
    expect(labelNotes("DNA polymerase adds nucleotides to the 3' end")).not.toContain('only names which');
  });

  it('an "or" between two single words is read as before', () => {
    const s = plain('Sodium or potassium leaks out');
    expect(earns(s, 'Potassium leaks out.')).toBe(true);
    expect(earns(s, 'Chloride leaks out.')).toBe(false);
  });
});

describe('round 272: shared words for adding and removing a part', () => {
  it('"put on" and "attached" say "added"', () => {
    const r = plain("A 5' cap or a poly-A tail is added");
    expect(earns(r, 'They put a cap on the 5 end.')).toBe(true);
    expect(earns(r, 'A poly-A tail is attached.')).toBe(true);
    // Not "gets": with "it" for the label's subject, "it gets modified" had earned it.
    expect(earns(r, 'It gets modified in the nucleus.')).toBe(false);
  });

  it('"cut out", "taken out", "deleted" say "removed"', () => {
    const r = plain('The introns are removed');
    for (const a of [
      'The introns are cut out.',
      'the introns get taken out',
      'The introns are deleted.',
      'The introns are spliced out.',
    ])
      expect(earns(r, a), a).toBe(true);
    expect(earns(r, 'The exons are cut out.')).toBe(false);
  });
});

describe('round 272: a noun that says nothing leaves its describing word to say it', () => {
  it('"homologous structures" is said by "homologous"', () => {
    expect(labelNotes('The forelimbs are homologous structures')).toContain(
      '"homologous" is all the label says of "forelimbs": required',
    );
    const r = plain('The forelimbs are homologous structures');
    expect(earns(r, 'The forelimbs are homologous.')).toBe(true);
    expect(earns(r, 'The forelimbs are analogous.')).toBe(false);
  });

  it('a noun that does say something stays with it', () => {
    expect(labelNotes('Mitochondria have a double membrane')).toContain(
      '"double membrane" is all the label says of "mitochondria": required, said together',
    );
  });
});

describe('round 272: rubric explain warns when a label keeps one word', () => {
  const q = normalizeQuestion(
    questionFileSchema.parse(
      parse(`
id: wings-warn-test
kind: frq
topics: [test]
prompt: Bird and butterfly wings do the same job. Explain.
subjects:
  limbs: ["limb*", "arm*", "flipper*"]
  wings: ["wing*", "bird*", "butterfl*"]
modelAnswer: Model.
points:
  - id: p
    label: The wings evolved independently (convergent evolution)
    hint: A hint.
  - id: q
    label: Birds and butterflies evolved their wings independently
    hint: A hint.
`),
    ),
  ) as FrqQuestion;
  const out = explainQuestion(q, realLexicon);

  it('words in brackets that keep one plain word', () => {
    expect(out).toContain('⚠ the words in brackets kept only "evolution"');
  });

  it('a label whose declared subjects leave one word', () => {
    expect(out).toContain('⚠ only "evolved" is required');
  });
});
