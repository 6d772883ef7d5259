import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags } from './helpers.js';

/*
 * General rules from round 84, tuned on blind batch CH (issue 7) after it had been graded once,
 * untouched, as the last batch of the previous session (97.7% of 1,500 point decisions, two of
 * three targets met). Each rule has the answer it must now read as its writer did and a near miss
 * it must still refuse.
 */
describe('round 84', () => {
  it('a bracket after a note-form abbreviation glosses it ("passive = w/ grad. (high→low) / active = …")', () => {
    const answer = 'b) passive = w/ grad. (high→low) / active = against grad. (low→high)';
    expect(flags('passive-vs-active', answer)).not.toContain('active-down-gradient');
    expect(earned('passive-vs-active', answer)).toEqual(
      expect.arrayContaining(['passive-down-gradient', 'active-against-gradient']),
    );
    // A real statement after the abbreviation's dot is still a sentence of its own.
    expect(flags('passive-vs-active', 'passive = w/ grad. Active goes from high to low.')).toContain(
      'active-down-gradient',
    );
  });

  it('an arrow from the beaker to the cell is a move into the cell ("water moves beaker -> cell")', () => {
    expect(
      earned('osmosis-red-blood-cell', 'Result: water moves beaker -> cell by osmosis, cell swells.'),
    ).toContain('water-enters');
    expect(earned('osmosis-red-blood-cell', 'water moves from the beaker to the cell')).toContain(
      'water-enters',
    );
    expect(earned('osmosis-red-blood-cell', 'water moves cell -> beaker, the cell shrinks')).not.toContain(
      'water-enters',
    );
    // A solution before the arrow is a cause, not a place.
    expect(earned('osmosis-red-blood-cell', 'hypotonic solution -> cell swells -> lysis')).not.toContain(
      'water-enters',
    );
  });

  it('"take in" reaches past a quantity ("take in a bunch of water")', () => {
    expect(
      earned('osmosis-red-blood-cell', 'the cell is going to take in a bunch of water because of osmosis'),
    ).toContain('water-enters');
    expect(earned('osmosis-red-blood-cell', 'the cell is going to take in a bunch of salt')).not.toContain(
      'water-enters',
    );
  });

  it('the pump that no longer takes the leaked ion out, beside a leak ("the pump no take it out anymore")', () => {
    const answer = 'the sodium it enter by the leak channels and the pump no take it out anymore.';
    expect(earned('pump-blocked', answer)).toContain('leak-not-restored');
    // Without a leak named, the pump not taking it out is no leak (stored batches P and BH).
    expect(
      earned('pump-blocked', 'Na+ will build up inside the cell since the pump isnt taking it out.'),
    ).not.toContain('leak-not-restored');
    expect(earned('pump-blocked', 'sodium leaks in and the pump takes it out')).not.toContain(
      'leak-not-restored',
    );
  });

  it('ions that cannot go back where they belong, with a leak, are not restored', () => {
    const answer =
      'When ouabain stop the pump, the sodium and potassium cannot go back where they belong. Sodium is keep coming inside by the leak.';
    expect(earned('pump-blocked', answer)).toContain('leak-not-restored');
    expect(earned('pump-blocked', 'The sodium and potassium go back where they belong.')).not.toContain(
      'leak-not-restored',
    );
  });

  it('ions that "only go down their gradient" with the pump stopped keep leaking, unrestored', () => {
    expect(
      earned('pump-blocked', 'Stop the pump and the ions only go down their gradient, so it flattens.'),
    ).toContain('leak-not-restored');
    expect(earned('pump-blocked', 'The ions go down their gradient.')).not.toContain('leak-not-restored');
  });

  it('the pump\'s cycle told step by step brings K⁺ in ("binds 2 K+ from outside … releases them into the cytoplasm")', () => {
    const answer =
      'Each cycle it binds 3 Na+ inside and releases them outside; then it binds 2 K+ from outside, gets dephosphorylated and releases them into the cytoplasm.';
    expect(earned('resting-potential-pump', answer)).toContain('potassium-in');
    expect(
      earned('resting-potential-pump', 'It binds 3 Na+ and 2 K+ and releases Na+ into the cytoplasm.'),
    ).not.toContain('potassium-in');
  });
});
