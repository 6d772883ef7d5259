import { describe, expect, it } from 'vitest';
import { earns, labelNotes, plain } from './helpers.js';

/*
 * Round 162 (Dec 2026): from the fifth teacher's notes (tests/grading/teacher-questions/
 * TEACHER-NOTES-5.md), label readings that did not say what the label says.
 */
describe('round 162: connectives are grammar', () => {
  it('"… because it is nonpolar": "because" is no item and no subject', () => {
    expect(labelNotes('Estrogen crosses the plasma membrane because it is nonpolar')).not.toContain(
      '"because" is the subject',
    );
    const r = plain('Estrogen crosses the plasma membrane because it is nonpolar');
    expect(earns(r, 'Estrogen crosses the membrane since it is nonpolar.')).toBe(true);
  });
});

describe('round 162: a phrasal verb keeps its object', () => {
  it('"turns on the gene" is no change of state, and the gene is what is turned on', () => {
    const notes = labelNotes('The receptor turns on the gene');
    expect(notes).not.toContain('is what changes');
    expect(notes).not.toContain('"gene" says where');
    const r = plain('The receptor turns on the gene');
    expect(earns(r, 'The receptor turns on the gene for protein P.')).toBe(true);
    expect(earns(r, 'The receptor turns on a kinase.')).toBe(false);
  });
});

describe('round 162: "in the …" names where, not a way in', () => {
  it('explain says the place is optional and the tree agrees: "in" is not required', () => {
    const r = plain('Estrogen binds a receptor in the cytoplasm');
    expect(earns(r, 'Estrogen binds to its receptor.')).toBe(true);
  });
});

describe('round 162: words of photosynthesis answers', () => {
  it('"O2" is oxygen, "sank" is sink, "slows" is a decrease', () => {
    expect(earns(plain('Oxygen is produced'), 'O2 is produced.')).toBe(true);
    expect(earns(plain('The leaf disks sink'), 'The disks sank.')).toBe(true);
    expect(earns(plain('The Calvin cycle slows down'), 'The Calvin cycle slows.')).toBe(true);
    expect(earns(plain('The Calvin cycle slows down'), 'The Calvin cycle is slow to start.')).toBe(false);
  });
});

describe('round 162: the only thing among synonym groups is never the word left out', () => {
  it('"Less oxygen is produced" needs the oxygen', () => {
    const r = plain('Less oxygen is produced');
    expect(earns(r, 'Less O2 is made.')).toBe(true);
    expect(earns(r, 'Less ATP is made.')).toBe(false);
  });

  it('with another thing in the statement, one may still be left out', () => {
    // "volume" may go: "a bigger cell needs more oxygen" says it (teacher set 3's writers).
    const r = plain('A larger volume needs more oxygen and nutrients');
    expect(earns(r, 'A bigger cell needs more oxygen.')).toBe(true);
  });
});

describe('round 162: a reading\'s own "no" denies the statement when more of it follows', () => {
  it('"Little or no ATP and NADPH are made" is not met by "More NADPH is made"', () => {
    const r = plain('Little or no ATP and NADPH are made');
    expect(earns(r, 'More NADPH is made.')).toBe(false);
    expect(earns(r, 'NADPH is made normally.')).toBe(false);
    // "little or no" is the teacher's allowance; the answer need not say "little".
    expect(earns(r, 'No ATP or NADPH is made.')).toBe(true);
  });

  it('at the end of its statement it is still its own reading ("needs no energy from the cell")', () => {
    const r = plain('Passive transport needs no energy from the cell');
    expect(earns(r, 'Passive transport needs no energy.')).toBe(true);
  });
});
