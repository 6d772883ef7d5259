import { describe, expect, it } from 'vitest';
import { packEarned, packFlags } from './helpers.js';

/*
 * Round 277 (Dec 2026), from pack batch FS's one flagged full-mark answer (tuned on FS from here):
 * note form "Ø cell wall in animal cells" read the slashed O as a word and flagged a cell wall.
 */
describe('round 277: a lone "Ø" before a word is "none", as "∅" is', () => {
  const answer =
    'hypotonic soln (0 solute outside) → net H2O influx via osmosis → RBC swells → hemolysis. Ø cell wall in animal cells.';

  it('says the red blood cell has no wall', () => {
    expect(packEarned('osmosis-red-blood-cell', answer)).toContain('no-wall');
    expect(packFlags('osmosis-red-blood-cell', answer)).toEqual([]);
    expect(packEarned('osmosis-red-blood-cell', 'RBC: ø wall so it bursts')).toContain('no-wall');
  });

  it('is a letter inside a word', () => {
    expect(packFlags('osmosis-red-blood-cell', 'Søren says the cell has a cell wall')).toEqual([
      'has-cell-wall',
    ]);
  });
});

describe('round 277: "less positive inside" is not the inside becoming positive', () => {
  it('earns no depol-less-negative, while "+ inside" in note form still does', () => {
    expect(
      packEarned(
        'depolarization-vs-repolarization',
        "Depolarization is when the Na+ people leave through the doors so there's less positive inside.",
      ),
    ).not.toContain('depol-less-negative');
    expect(packEarned('depolarization-vs-repolarization', 'Depolarization: Na+ in → + inside.')).toContain(
      'depol-less-negative',
    );
  });
});
