import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags, frq } from './helpers.js';

const { dvr, osm, pva, pump, rpp } = frq;

/*
 * Round 123: rules from blind batch EA (graded once on arrival, on 7b64e35, as a first touch). Each
 * rule has the answer it must now read as a teacher would and a near miss it must still refuse.
 */
describe('round 123: reader', () => {
  it('"the other way" after a sentence that left the direction in doubt names no direction', () => {
    const answer =
      'I think passive maybe needs energy or maybe not? and it goes... high to low? or low to high idk. Active is probably the other way.';
    expect(earned(pva, answer)).not.toContain('active-against-gradient');
    // After a plain statement it still points back at a direction.
    expect(earned(pva, 'Passive goes from high to low. Active goes the other way.')).toContain(
      'active-against-gradient',
    );
  });

  it('"… or is it 2 Na to 3 K, idk" after a pause doubts the ratio before the pause too', () => {
    const answer = 'Na+ out, K+ in. ratio is 3 Na to 2 K... or is it 2 Na to 3 K, idk. ATP powers it.';
    expect(earned(rpp, answer)).not.toContain('ratio');
    expect(earned(rpp, answer)).toEqual(expect.arrayContaining(['sodium-out', 'potassium-in']));
    // A new thought after the pause doubts only itself.
    expect(earned(rpp, 'Na+ out, K+ in, ratio is 3 Na to 2 K... something about charge idk.')).toContain(
      'ratio',
    );
  });
});

describe('round 123: rubrics', () => {
  it('depolarization vs repolarization: repolarization said to leave the membrane hyperpolarized earns no return to rest', () => {
    const answer =
      'Repol: K+ leaves and the membrane becomes hyperpolarized, way more negative than -70 and it stays there until the next signal.';
    expect(earned(dvr, answer)).not.toContain('repol-back-to-rest');
    expect(flags(dvr, answer)).toContain('repol-ends-hyperpolarized');
    // A brief overshoot on the way back to rest is right.
    const overshoot =
      'Repolarization: K+ goes out and the potential drops back to -70, even a little lower (hyperpolarization).';
    expect(earned(dvr, overshoot)).toContain('repol-back-to-rest');
    expect(flags(dvr, overshoot)).not.toContain('repol-ends-hyperpolarized');
  });

  it('osmosis: "RBCs don\'t even have a wall"', () => {
    expect(
      earned(osm, "Red blood cells don't even have a wall, just a membrane, so nothing stops them popping."),
    ).toContain('no-wall');
    expect(earned(osm, 'Red blood cells even have a wall, so they never pop.')).not.toContain('no-wall');
  });

  it('passive vs active: text-speak "no nrg" and "agnst the gradient"; "take in glucose when there\'s already more inside"', () => {
    const notes =
      'passive = no nrg, goes w/ the gradient (hi to lo). active = needs atp bc it goes agnst the gradient.';
    expect(earned(pva, notes)).toEqual(
      expect.arrayContaining(['passive-no-energy', 'active-against-gradient']),
    );
    const glucose =
      "If a cell needed to take in glucose when there's already more glucose inside, it would have to use active transport, which costs ATP.";
    expect(earned(pva, glucose)).toContain('active-against-gradient');
    expect(
      earned(
        pva,
        'If a cell needed to take in glucose when there is little glucose inside, it could use passive transport.',
      ),
    ).not.toContain('active-against-gradient');
  });

  it('pump blocked: "they run down" opening the next sentence; "it become smaller"; "but later no"', () => {
    expect(
      earned(pump, 'The pump normally keeps the Na+ and K+ gradients. Without it they run down over time.'),
    ).toContain('gradients-run-down');
    const learner =
      'Pump is not working, so gradient of Na+ and K+ is not kept, it become smaller with time. Neuron can fire some action potentials in beginning, but later no.';
    expect(earned(pump, learner)).toEqual(expect.arrayContaining(['gradients-run-down', 'cannot-fire']));
    expect(
      earned(pump, 'The neuron can fire action potentials in the beginning and later too.'),
    ).not.toContain('cannot-fire');
  });

  it("resting pump: ATP the channels need to open is not the pump's", () => {
    const answer =
      'Sodium channels open and Na+ rushes into the cell, then potassium channels open and K+ leaves. The channels need ATP to open.';
    expect(earned(rpp, answer)).not.toContain('uses-atp');
    // Writers credit the same said of the pump.
    expect(earned(rpp, 'The pump moves Na+ out and K+ in. It needs ATP to open.')).toContain('uses-atp');
  });
});
