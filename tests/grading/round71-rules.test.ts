import { describe, expect, it } from 'vitest';
import { packEarned as earned, packVerdict } from './helpers.js';

/*
 * General rules from round 71, tuned on blind batch BT (issue 7) after it had been graded once,
 * untouched, on the engine of round 70 (97.9% of 1,500 point decisions, one full-mark answer
 * flagged). Each rule has the answer it must now read as its writer did and a near miss it must
 * still refuse.
 */
describe('round 71', () => {
  it('"opposite with gradient" is against the gradient, not with it', () => {
    const v = packVerdict(
      'passive-vs-active',
      'Passive is not need energy, molecule go from high to low. Active transport must use ATP energy, molecule go from low to high, it is opposite with gradient.',
    );
    expect(v.flags).toEqual([]);
    expect(v.earned).toContain('active-against-gradient');
    // "with the gradient" said of active transport is still the misconception.
    const wrong = packVerdict(
      'passive-vs-active',
      'Active transport uses ATP and moves molecules with the gradient.',
    );
    expect(wrong.flags).toContain('active-down-gradient');
  });

  it('a measured aside between an ion and its verb does not cut the ion off', () => {
    const answer =
      'ACh cannot bind, so the channel stays closed. Na+ (~145 mM outside vs ~15 mM inside) cannot diffuse into the postsynaptic cell.';
    expect(earned('synapse-neurotoxin', answer)).toContain('no-sodium-entry');
    // Also with "therefore" after the bracket.
    expect(
      earned(
        'synapse-neurotoxin',
        'ACh cannot bind. Na+ (~145 mM outside vs ~12 mM inside) therefore cannot move down its gradient into the cell.',
      ),
    ).toContain('no-sodium-entry');
    // An aside without a measurement is not skipped over: "(outside the cell)" still says where.
    expect(
      earned('synapse-neurotoxin', 'ACh cannot bind. Na+ (more outside than inside here) enters.'),
    ).not.toContain('no-sodium-entry');
  });

  it('"X does not leave; it comes in": a semicolon splices like a comma', () => {
    expect(
      earned(
        'depolarization-vs-repolarization',
        'In depolarization, Na+ does not leave the cell; it comes in.',
      ),
    ).toContain('depol-sodium-in');
    expect(
      earned(
        'depolarization-vs-repolarization',
        'In depolarization, Na+ does not come in; it stays outside.',
      ),
    ).not.toContain('depol-sodium-in');
  });

  it('"- scratch that," after a dash takes back what the sentence said before the dash', () => {
    const v = packVerdict(
      'pump-blocked',
      "K+ leaks in and Na+ leaks out - scratch that, K+ leaks OUT and Na+ leaks IN, and the pump can't put them back.",
    );
    expect(v.flags).toEqual([]);
    expect(v.earned).toContain('leak-not-restored');
    // With a pronoun after it, the subject stays: only what was said of it goes.
    expect(
      earned(
        'depolarization-vs-repolarization',
        "Both are active transport — scratch that, they're passive, the ions just flow through channels down their gradients.",
      ),
    ).toContain('both-passive');
    // Without the correction the reversed leak is still flagged.
    expect(
      packVerdict('pump-blocked', 'K+ leaks in and Na+ leaks out, and the pump cannot fix it.').flags,
    ).toContain('leaks-reversed');
  });

  it('a bracket that restates a verb as a movement is read in its place', () => {
    const v = earned(
      'depolarization-vs-repolarization',
      'Depolarization = a crowd of Na+ boards (moves into the cell). Repolarization = the K+ passengers alight (move out of the cell).',
    );
    expect(v).toContain('depol-sodium-in');
    expect(v).toContain('repol-potassium-out');
    expect(
      earned('depolarization-vs-repolarization', 'Depolarization = a crowd of Na+ boards the train.'),
    ).not.toContain('depol-sodium-in');
  });

  it('"the neuron still fires" is not "cannot fire"', () => {
    const v = packVerdict(
      'pump-blocked',
      'Block the gantry and Na+ is stuck outside, so nothing much changes and the neuron still fires.',
    );
    expect(v.earned).not.toContain('cannot-fire');
    expect(v.flags).toContain('no-effect');
    expect(
      earned('pump-blocked', 'Without the pump the gradients run down, so nothing can fire anymore.'),
    ).toContain('cannot-fire');
  });

  it('"combine with" the receptor is binding', () => {
    expect(
      earned(
        'synapse-neurotoxin',
        'The toxin occupies the receptor, so acetylcholine cannot combine with receptor.',
      ),
    ).toContain('no-binding');
  });

  it('root hair cells taking in nitrate is an example of active transport', () => {
    const v = earned(
      'passive-vs-active',
      "Passive needs no ATP. Active needs ATP. Examples: passive - CO2 diffusing out of respiring muscle cells; active - root hair cells taking in nitrate ions from soil where there's less of them.",
    );
    expect(v).toContain('examples');
    expect(
      earned(
        'passive-vs-active',
        'Passive needs no ATP. Active needs ATP. Example: passive - CO2 diffusing out of cells; active - root hair cells.',
      ),
    ).not.toContain('examples');
  });
});
