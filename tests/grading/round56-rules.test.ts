import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags, packVerdict } from './helpers.js';

/*
 * General rules from round 56, tuned on blind batch BE (issue 7) after it had been graded once,
 * untouched, on the engine of round 55 (96.7% of 1,500 point decisions). Each rule has the answer
 * it must now read as its writer did and a near miss it must still refuse.
 */
describe('round 56', () => {
  it('a comma-spliced "it" after "During depolarization Na+ does not leave the cell"', () => {
    expect(
      earned(
        'depolarization-vs-repolarization',
        'During depolarization Na+ does not leave the cell, it goes in.',
      ),
    ).toContain('depol-sodium-in');
    expect(
      earned(
        'depolarization-vs-repolarization',
        'During depolarization Na+ does not leave the cell, it stays.',
      ),
    ).not.toContain('depol-sodium-in');
  });

  it('"no, sorry" takes back the statement before it', () => {
    const v = packVerdict(
      'passive-vs-active',
      'Passive transport need energy... no, sorry, passive not need energy. It go down the concentration gradient.',
    );
    expect(v.earned).toContain('passive-no-energy');
    expect(v.flags).not.toContain('passive-needs-energy');
  });

  it('"nothing has to spend any energy" is no energy', () => {
    expect(
      earned(
        'passive-vs-active',
        "That's passive transport, high to low, and nothing has to spend any energy.",
      ),
    ).toContain('passive-no-energy');
  });

  it('pump-blocked: "still fire because the channels are fine" predicts no change; "a few … because the channels work, but" does not', () => {
    expect(
      flags('pump-blocked', 'It should still fire because the voltage-gated channels are fine.'),
    ).toContain('no-effect');
    expect(
      flags(
        'pump-blocked',
        "The neuron will still be able to fire a few action potentials because the channels work, but it can't keep firing repeatedly forever.",
      ),
    ).not.toContain('no-effect');
  });

  it('"nitrate is pumped into the root cells" is an active example; "osmosis in →" is water entering', () => {
    expect(
      earned(
        'passive-vs-active',
        'Water enters the root by osmosis, which is passive transport. Mineral ions like nitrate are pumped into the root cells, so that is active transport.',
      ),
    ).toContain('examples');
    expect(earned('osmosis-red-blood-cell', 'pure H2O → hypotonic → osmosis in → RBC lyses')).toContain(
      'water-enters',
    );
    expect(earned('osmosis-red-blood-cell', 'Osmosis in red blood cells makes them shrink.')).not.toContain(
      'water-enters',
    );
  });
});
