import { describe, expect, it } from 'vitest';
import { packVerdict } from './helpers.js';

/*
 * Round 273 (Dec 2026): the two full-mark answers of untouched batch FP that were flagged with a
 * misconception (tests/grading/blind/*-fp.json), after FP was graded and stored as found.
 */

describe('round 273: verb-first note form starts the next statement at its verb', () => {
  it('"kicks out 3 na+ brings in 2 k+" moves the sodium out and the potassium in', () => {
    const v = packVerdict(
      'resting-potential-pump',
      'ok so na+ k+ pump → kicks out 3 na+ brings in 2 k+ every time.',
    );
    expect(v.earned).toEqual(expect.arrayContaining(['sodium-out', 'potassium-in', 'ratio']));
    expect(v.flags).not.toContain('directions-reversed');
  });

  it('a reversed statement in the same note form is still reversed', () => {
    const v = packVerdict('resting-potential-pump', 'pump → brings in 3 na+ kicks out 2 k+ every time.');
    expect(v.earned).not.toContain('sodium-out');
  });

  it('a list number after the direction is no count of an ion', () => {
    const v = packVerdict(
      'osmosis-red-blood-cell',
      '1. hypotonic 2. osmosis -> net water moves IN 3. RBC swells + bursts',
    );
    expect(v.earned).toContain('water-enters');
  });
});

describe("round 273: an examples list in the prompt's order, its first item described at length", () => {
  it('"examples are CO2 leaving a cell by diffusion and the proton pump" swaps nothing', () => {
    const v = packVerdict(
      'passive-vs-active',
      'active transport goes from low to high against the gradient so the cell has to spend ATP, examples are CO2 leaving a cell by diffusion and the proton pump in the stomach lining pumping H+ into the stomach',
    );
    expect(v.flags).not.toContain('examples-swapped');
  });

  it('diffusion given as the example of active transport is still a swap', () => {
    const v = packVerdict(
      'passive-vs-active',
      'Active transport needs ATP, for example diffusion of oxygen.',
    );
    expect(v.flags).toContain('examples-swapped');
  });
});
