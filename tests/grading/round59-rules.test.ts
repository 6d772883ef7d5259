import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags } from './helpers.js';

/*
 * General rules from round 59, tuned on blind batch BH (issue 7) after it had been graded once,
 * untouched, on the engine of round 58 (96.9% of 1,500 point decisions). Each rule has the answer
 * it must now read as its writer did and a near miss it must still refuse.
 */
describe('round 59', () => {
  it('an "if" after a "but" supposes only what follows it; "only if" states a condition', () => {
    const answer =
      "Passive transport wouldn't cost any ATP, but it could only work if the glucose was moving from where there's more of it to where there's less.";
    expect(earned('passive-vs-active', answer)).toEqual(
      expect.arrayContaining(['passive-no-energy', 'passive-down-gradient']),
    );
    // A plain second conditional still states nothing.
    expect(
      earned('passive-vs-active', 'If passive transport used ATP, it would move things from high to low.'),
    ).toEqual([]);
  });

  it('"might X but it could also just be Y" offers two answers and claims neither', () => {
    expect(
      earned('resting-potential-pump', 'It might use ATP but it could also just be diffusion.'),
    ).not.toContain('uses-atp');
    expect(
      earned('resting-potential-pump', 'It uses ATP but it could also be explained by the gradient.'),
    ).toContain('uses-atp');
  });

  it('a mid-clause "maybe" before an auxiliary, "could possibly" and "it\'s also possible" doubt their clause', () => {
    const answer =
      "The membrane potential could possibly stay at resting, because ACh maybe can't bind, but it's also possible some Na+ still gets in through other channels so it might depolarize a bit.";
    expect(earned('synapse-neurotoxin', answer)).toEqual([]);
    expect(flags('synapse-neurotoxin', answer)).toEqual([]);
    // Without the doubt the same words earn.
    expect(
      earned('synapse-neurotoxin', "ACh can't bind, so the membrane potential stays at resting."),
    ).toEqual(expect.arrayContaining(['no-binding', 'prediction']));
    // "It is possible that X, but Y": the "but" turns back to a claim.
    expect(
      flags('synapse-neurotoxin', 'It is possible that ACh cannot bind, but the sodium still gets in.'),
    ).toContain('sodium-anyway');
  });

  it('"which" right after an ion, before a verb of movement, is that ion', () => {
    expect(
      earned(
        'depolarization-vs-repolarization',
        'Depolarization does not use potassium, it uses sodium which moves into the cell.',
      ),
    ).toContain('depol-sodium-in');
    expect(
      earned('depolarization-vs-repolarization', 'Depolarization uses sodium, which moves into the cell.'),
    ).toContain('depol-sodium-in');
    expect(
      earned(
        'depolarization-vs-repolarization',
        'Depolarization uses sodium, which does not move out of the cell.',
      ),
    ).not.toContain('depol-sodium-in');
  });

  it('"for every" names the ion exchanged, not a reversed direction', () => {
    const answer =
      '3 sodium ions are removed for every 2 potassium that enter, so there is a net loss of positive charge and the inside is more negative.';
    expect(flags('resting-potential-pump', answer)).toEqual([]);
    expect(earned('resting-potential-pump', answer)).toEqual(
      expect.arrayContaining(['sodium-out', 'potassium-in', 'ratio', 'net-charge']),
    );
    expect(flags('resting-potential-pump', 'The pump removes potassium from the cell.')).toContain(
      'directions-reversed',
    );
  });

  it('the direction after the ion, and one verb for both ions', () => {
    expect(
      earned(
        'resting-potential-pump',
        "The pump pulls potassium in where there's already lots of potassium.",
      ),
    ).toContain('potassium-in');
    expect(
      earned(
        'resting-potential-pump',
        'The pump is moving sodium out of the cell and potassium in the cell.',
      ),
    ).toContain('potassium-in');
    expect(earned('resting-potential-pump', 'The pump moves sodium in and potassium out.')).not.toContain(
      'potassium-in',
    );
  });

  it('wordings: "costs the cell energy", "can\'t be maintained", "melts away", "from -70 up to about 0", "+ inside", "net -1 charge inside each cycle", "into the hypertonic cell"', () => {
    expect(earned('passive-vs-active', 'Active transport costs the cell energy.')).toContain('active-energy');
    expect(
      earned('pump-blocked', 'The concentration gradients cannot be maintained without the pump.'),
    ).toContain('gradients-run-down');
    expect(
      earned('pump-blocked', 'The concentration gradients are maintained by the leak channels.'),
    ).not.toContain('gradients-run-down');
    expect(earned('pump-blocked', 'The gradient slowly melts away.')).toContain('gradients-run-down');
    expect(earned('pump-blocked', 'The membrane potential goes from -70 up to about 0.')).toContain(
      'less-negative',
    );
    expect(earned('depolarization-vs-repolarization', 'Depol: Na+ in → + inside.')).toContain(
      'depol-less-negative',
    );
    expect(earned('resting-potential-pump', 'net -1 charge inside each cycle → inside neg.')).toContain(
      'net-charge',
    );
    expect(earned('resting-potential-pump', 'There is a net negative charge inside.')).not.toContain(
      'net-charge',
    );
    expect(
      earned(
        'osmosis-red-blood-cell',
        'Water will therefore move by osmosis from the hypotonic solution into the hypertonic cell.',
      ),
    ).toContain('water-enters');
  });
});
