import { describe, expect, it } from 'vitest';
import { earns, labelNotes, plain } from './helpers.js';

/*
 * Round 160 (Dec 2026): comparisons in plain-language labels. Read as a bag of words, "There is
 * more K⁺ inside the cell than outside" was met by its reversal, and its own place ("inside the
 * cell") was dropped as an optional place while the reference ("than outside") was required.
 * Found on labels of my own while looking for what a teacher's label could get wrong.
 */
describe('round 160: a comparison keeps its direction', () => {
  const k = plain('More K+ is inside the cell than outside');

  it('the statement, with or without its reference', () => {
    expect(earns(k, 'There is more K+ inside the cell than outside.')).toBe(true);
    expect(earns(k, 'K+ is higher inside the cell.')).toBe(true);
  });

  it('the reversal does not earn it, however it is said', () => {
    expect(earns(k, 'There is more K+ outside the cell than inside.')).toBe(false);
    expect(earns(k, 'The outside has more K+ than the inside.')).toBe(false);
    expect(earns(k, 'K+ is higher outside.')).toBe(false);
  });

  it('a subject that is the compared place ("The inside … has more K+ than the outside")', () => {
    const r = plain('The inside of the cell has more K+ than the outside');
    expect(earns(r, 'The cell has more K+ than the outside.')).toBe(true);
    expect(earns(r, 'The outside has more K+ than the inside.')).toBe(false);
    expect(earns(r, 'There is more K+ outside than inside.')).toBe(false);
  });

  it('a describing word on the compared side is the point ("in small cells")', () => {
    const r = plain('Diffusion is faster in small cells than in large cells');
    expect(earns(r, 'Small cells diffuse faster.')).toBe(true);
    expect(earns(r, 'Diffusion happens more quickly in a smaller cell.')).toBe(true);
    expect(earns(r, 'In a small cell diffusion is quicker than in a big one.')).toBe(true);
    expect(earns(r, 'Diffusion is faster in large cells than small cells.')).toBe(false);
    expect(earns(r, 'Small cells diffuse slower.')).toBe(false);
  });

  it('two things compared ("The raisin has a higher solute concentration than the water")', () => {
    const r = plain('The raisin has a higher solute concentration than the water');
    expect(earns(r, 'The raisin has more solute than the water.')).toBe(true);
    expect(earns(r, 'The water has a higher solute concentration than the raisin.')).toBe(false);
  });

  it('two verbs compared ("More positive charge leaves than enters")', () => {
    const r = plain('More positive charge leaves than enters');
    expect(earns(r, '3 Na+ leave and 2 K+ enter, so more positive charge leaves than enters.')).toBe(true);
    expect(earns(r, 'More + charge goes out than comes in.')).toBe(true);
    expect(earns(r, 'More positive charge enters than leaves.')).toBe(false);
  });

  it('rubric explain says what the reference is', () => {
    const notes = labelNotes('More K+ is inside the cell than outside');
    expect(notes).toContain('"than outside" is what is compared with');
  });
});

describe('round 160: a path after a verb of motion is the statement, in its order', () => {
  it('"from high water potential to low" is required, and its reversal misses', () => {
    const r = plain('Water moves from high water potential to low water potential');
    expect(earns(r, 'Water moves from high water potential to low water potential.')).toBe(true);
    expect(earns(r, 'Water goes from high to low water potential.')).toBe(true);
    expect(earns(r, 'Water moves from low water potential to high water potential.')).toBe(false);
    // "Water moves" alone had earned it: the path was dropped as an optional place.
    expect(earns(r, 'Water moves.')).toBe(false);
  });

  it('"from an area of …": the area is only where', () => {
    const r = plain('Water moves from an area of high concentration to an area of low concentration');
    expect(earns(r, 'Water moves from high to low concentration.')).toBe(true);
    expect(earns(r, 'Water moves from low to high concentration.')).toBe(false);
    expect(earns(r, 'Water moves across the membrane.')).toBe(false);
  });

  it('two named places keep their order', () => {
    const r = plain('Protons flow from the intermembrane space to the matrix');
    expect(earns(r, 'H+ flows from the intermembrane space back into the matrix.')).toBe(true);
    expect(earns(r, 'H+ flows from the matrix into the intermembrane space.')).toBe(false);
  });

  it('"water potential" is one term, not water and a membrane voltage', () => {
    const r = plain('The salt solution has a lower water potential than the plant cell');
    expect(earns(r, 'The salt water has lower water potential.')).toBe(true);
    expect(earns(r, 'The cell has a lower water potential than the salt solution.')).toBe(false);
    expect(earns(r, 'The salt solution has a lower membrane potential.')).toBe(false);
  });
});
