import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags } from './helpers.js';

/*
 * Round 89: readings from batch CN, first touched (97.5%, graded once) at the end of round 88, and
 * tuned on in the same session before batch CO was graded. Each moved decisions towards their
 * writers and none against. Each rule has the answer it must now read as its writer did and a
 * near miss it must still refuse.
 */
describe('round 89', () => {
  it('two parts of one sentence taken back apart leave the statement between them standing', () => {
    const answer =
      'If the water was salty the cell would shrink, but since its distilled it would be hypotonic so water would go in by osmosis and the cell would swell up and maybe burst.';
    expect(earned('osmosis-red-blood-cell', answer)).toEqual(
      expect.arrayContaining(['hypotonic', 'water-enters', 'swells-bursts']),
    );
    // The supposition itself is still set apart: its shrinking is no claim.
    expect(flags('osmosis-red-blood-cell', answer)).not.toContain('water-leaves');
    // One doubt over the whole still takes the whole back.
    expect(
      earned(
        'osmosis-red-blood-cell',
        'Maybe water goes in and the cell swells, I am not sure at all about any of this.',
      ),
    ).not.toContain('swells-bursts');
  });

  it('"… or maybe not, but mostly the ACh can\'t bind" commits to what follows the doubt', () => {
    const answer =
      "I think maybe sodium might still leak in a little bit or maybe not, but mostly the ACh can't bind so the neuron stays at resting potential.";
    expect(earned('synapse-neurotoxin', answer)).toEqual(
      expect.arrayContaining(['prediction', 'no-binding']),
    );
    // The doubted part stays doubted.
    expect(earned('synapse-neurotoxin', answer)).not.toContain('no-sodium-entry');
  });

  it('"-40ish" keeps its sign: a resting potential going "-70 → -40ish → 0" is no positive potential', () => {
    const answer = 'pump = blocked, Na+ leaks in & K+ leaks out. RMP gets less neg (like -70 → -40ish → 0).';
    expect(flags('pump-blocked', answer)).not.toContain('goes-positive');
    expect(earned('pump-blocked', answer)).toContain('less-negative');
    expect(flags('pump-blocked', 'The resting potential goes up to +40ish mV.')).toContain('goes-positive');
  });

  it('batch CN, pump blocked: "not much difference between inside and outside", "the leaking goes on", "but not forever"', () => {
    expect(
      earned(
        'pump-blocked',
        'After a long time there is not much difference between inside and outside for them.',
      ),
    ).toContain('gradients-run-down');
    expect(
      earned('pump-blocked', 'There is not much difference between the charge inside and outside.'),
    ).not.toContain('gradients-run-down');
    expect(earned('pump-blocked', "With ouabain the leaking goes on but there's no refilling.")).toContain(
      'leak-not-restored',
    );
    expect(earned('pump-blocked', 'it could still fire a couple times at first but not forever')).toContain(
      'cannot-fire',
    );
    expect(earned('pump-blocked', 'it could still fire a couple times at first')).not.toContain(
      'cannot-fire',
    );
  });

  it('"isn\'t negative like it used to be" and "does not become more negative, it goes the other way" are less negative', () => {
    expect(earned('pump-blocked', "The cell's inside isn't negative like it used to be.")).toContain(
      'less-negative',
    );
    const other = 'The resting potential does not become more negative, it goes the other way.';
    expect(earned('pump-blocked', other)).toContain('less-negative');
    expect(flags('pump-blocked', other)).not.toContain('more-negative');
    expect(earned('pump-blocked', 'The resting potential becomes more negative.')).not.toContain(
      'less-negative',
    );
  });

  it('"only the pump needs ATP, these are just diffusion thru channels" is the likeness', () => {
    const answer =
      'Both... I think both need ATP? wait no, only the pump needs ATP, these are just diffusion thru channels down the gradient.';
    expect(earned('depolarization-vs-repolarization', answer)).toContain('both-passive');
    expect(earned('depolarization-vs-repolarization', 'Only the pump needs ATP.')).not.toContain(
      'both-passive',
    );
  });

  it('"Na+ → adentro", "K+ → afuera": Spanish directions after an arrow are the movement', () => {
    const answer =
      '- Depolarizacion: Na+ → adentro (into cell). potential goes more positive.\n- Repolarization: K+ → afuera (out of cell).';
    expect(earned('depolarization-vs-repolarization', answer)).toEqual(
      expect.arrayContaining(['depol-sodium-in', 'repol-potassium-out']),
    );
    expect(earned('depolarization-vs-repolarization', '- Depolarizacion: Na+ → afuera.')).not.toContain(
      'depol-sodium-in',
    );
  });

  it('"both are going against there gradient" names both ions as the subject', () => {
    expect(
      earned(
        'resting-potential-pump',
        'the pump pushes sodium out and potassium in it uses atp cuz its active transport and both are going against there gradient',
      ),
    ).toContain('against-gradient');
    expect(
      earned(
        'resting-potential-pump',
        'the pump pushes sodium out and potassium in it uses atp cuz its active transport',
      ),
    ).not.toContain('against-gradient');
  });

  it('"Since the pump can\'t reset them the gradients dissipate": the main clause after "them" is not denied', () => {
    expect(
      earned(
        'pump-blocked',
        "Since the pump can't reset them the gradients dissipate and eventually it can't fire anymore.",
      ),
    ).toContain('gradients-run-down');
    expect(earned('pump-blocked', "Since the pump works the gradients don't dissipate.")).not.toContain(
      'gradients-run-down',
    );
  });
});
