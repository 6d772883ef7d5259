import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags } from './helpers.js';

/*
 * General rules from round 65, tuned on blind batch BN (issue 7) after it had been graded once,
 * untouched, on the engine of round 64 (95.7% of 1,500 point decisions). Each rule has the answer
 * it must now read as its writer did and a near miss it must still refuse.
 */
describe('round 65', () => {
  it('"out into …" is leaving: the "into" says where the leaving ends up', () => {
    const answer = 'I think it will shrink because the water goes out into the pure water.';
    expect(earned('osmosis-red-blood-cell', answer)).not.toContain('water-enters');
    expect(flags('osmosis-red-blood-cell', answer)).toContain('water-leaves');
    expect(earned('osmosis-red-blood-cell', 'The water goes into the cell.')).toContain('water-enters');
  });

  it('a side written as a subscript after a bracketed concentration is a place: "[solute]in > [solute]out"', () => {
    const answer = '[solute]in > [solute]out so ext. soln hypotonic. H2O moves in by osmosis.';
    expect(flags('osmosis-red-blood-cell', answer)).not.toContain('solute-moves');
    expect(earned('osmosis-red-blood-cell', answer)).toContain('water-enters');
    expect(flags('osmosis-red-blood-cell', 'The solutes move out of the cell into the water.')).toContain(
      'solute-moves',
    );
  });

  it('"the water out of the cell is hypotonic" names a place; "water goes out of the cell" still leaves', () => {
    const place = 'Because the water out of the cell is hypotonic, water moves in by osmosis.';
    expect(flags('osmosis-red-blood-cell', place)).not.toContain('water-leaves');
    expect(flags('osmosis-red-blood-cell', 'Water goes out of the cell and it is bad.')).toContain(
      'water-leaves',
    );
  });

  it('"-> inside drops back to negative" after "K+ flows OUT" is the consequence, not K+ going in', () => {
    const answer = 'Repol: K+ flows OUT thru voltage-gated K+ channels -> inside drops back to negative.';
    expect(earned('depolarization-vs-repolarization', answer)).toContain('repol-potassium-out');
    expect(flags('depolarization-vs-repolarization', answer)).not.toContain('potassium-enters-repol');
    expect(flags('depolarization-vs-repolarization', 'Repolarization: K+ -> inside.')).toContain(
      'potassium-enters-repol',
    );
  });

  it('a subject right after "is" names what the match is: "the Na+/K+ pump (3 Na+ out, 2 K+ in) is active"', () => {
    const answer =
      'Passive needs no ATP. Active uses ATP. Real examples: O2 diffusing into a cell is passive, the Na+/K+ pump (3 Na+ out, 2 K+ in) is active.';
    expect(earned('passive-vs-active', answer)).toContain('examples');
    expect(flags('passive-vs-active', answer)).not.toContain('examples-swapped');
    expect(flags('passive-vs-active', 'Examples: osmosis is active, the Na+/K+ pump is passive.')).toContain(
      'examples-swapped',
    );
  });

  it('a glued slash between alternatives lists them ("hypotonic/hypertonic/isotonic"); "Na+/K+" stays a name', () => {
    expect(
      earned('osmosis-red-blood-cell', 'tonicity = hypotonic/hypertonic/isotonic, the cell swells'),
    ).not.toContain('hypotonic');
    expect(
      earned('osmosis-red-blood-cell', 'The distilled water is hypotonic, so the cell swells.'),
    ).toContain('hypotonic');
    expect(earned('passive-vs-active', 'Active: the Na+/K+ pump. Passive: osmosis.')).toContain('examples');
  });

  it('pack wordings: "keeps ACh off the receptors", "can not fix on the receptor", a wider run-down', () => {
    expect(earned('synapse-neurotoxin', 'The toxin keeps ACh off the receptors.')).toContain('no-binding');
    expect(earned('synapse-neurotoxin', 'the acetylcholine can not fix on the receptor')).toContain(
      'no-binding',
    );
    expect(earned('synapse-neurotoxin', 'the acetylcholine fixes on the receptor')).not.toContain(
      'no-binding',
    );
    expect(
      earned(
        'pump-blocked',
        'the difference of concentration of Na+ and K+ between inside and outside become less with time',
      ),
    ).toContain('gradients-run-down');
    const normal = 'The K+ leak channels and the Na+/K+ pump keep working normally, so it stays at rest.';
    expect(flags('synapse-neurotoxin', normal)).not.toContain('fires-anyway');
    expect(flags('synapse-neurotoxin', 'The postsynaptic neuron works normally.')).toContain('fires-anyway');
  });
});
