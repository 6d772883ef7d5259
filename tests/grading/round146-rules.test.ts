import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags, frq } from './helpers.js';

const { dvr, pump, pva, rpp, syn } = frq;

/*
 * Round 146: rules from blind batch EX (a first touch, graded once on a58813f, 98.3%) and one
 * left over from EV ("it is not that …"). Each rule has the answer it must now read as a teacher
 * would and a near miss it must still refuse.
 */
describe('round 146: the reader', () => {
  it('a doubt that asks "Na+ or K+?" takes back the ion the sentence before named, not the rest', () => {
    const doubted =
      "Na+ can't get into the cell so the membrane stays at rest. Actually I'm not sure if its Na+ or K+ that goes in.";
    expect(earned(syn, doubted)).not.toContain('no-sodium-entry');
    expect(earned(syn, doubted)).toContain('prediction');
    // Without the doubt the ion's claim stands.
    expect(earned(syn, "Na+ can't get into the cell so the membrane stays at rest.")).toContain(
      'no-sodium-entry',
    );
  });

  it('"it is not that <claim>" denies the claim but keeps its subject for a later "it"', () => {
    const notThat =
      "It's not that ACh isn't released, it is. The problem is it can't bind because the toxin is already in the spot.";
    expect(earned(syn, notThat)).toContain('no-binding');
    expect(flags(syn, notThat)).not.toContain('toxin-stops-release');
    const denied =
      "It's not that the membrane stays at rest, the membrane does depolarize but the signal cant go further because the toxin blocks the axon.";
    expect(earned(syn, denied)).not.toContain('prediction');
    expect(flags(syn, denied)).toContain('predicts-depolarization');
  });
});

describe('round 146: rubrics', () => {
  it('synapse: "the ACh still comes out but it has no place to land"', () => {
    expect(
      earned(syn, 'When the presynaptic neuron fires the ACh still comes out but it has no place to land.'),
    ).toContain('no-binding');
    // Nowhere to "go" is not binding (its writer refused it).
    expect(earned(syn, 'The acetylcholine is still released but it has nowhere to go.')).not.toContain(
      'no-binding',
    );
  });

  it('pump blocked: the gradient made "a little smaller"; "but after hours, no"; the pump stops and ions leak down', () => {
    expect(earned(pump, 'Each AP would make the gradient a little smaller.')).toContain('gradients-run-down');
    expect(earned(pump, 'Neuron can fire maybe some times, but after hours, no.')).toContain('cannot-fire');
    expect(
      earned(pump, 'With ouabain the pump stops, so the ions just leak back down their gradients.'),
    ).toContain('leak-not-restored');
    expect(earned(pump, 'With ouabain the pump stops, so the ions just leak.')).not.toContain(
      'leak-not-restored',
    );
  });

  it('pump blocked: "isn\'t there to stop the action potential" is not "cannot fire"', () => {
    expect(
      earned(
        pump,
        "The neuron would fire nonstop because the pump isn't there to stop the action potential.",
      ),
    ).not.toContain('cannot-fire');
    expect(earned(pump, 'Eventually the action potentials stop.')).toContain('cannot-fire');
  });

  it('passive vs active: crowded to "where its not crowded", "the cell dont have to do nothing", "has to work to"', () => {
    const grandpa =
      'Passive transport is like that, the molecules go from where its crowded to where its not crowded and the cell dont have to do nothing. Active transport the cell has to work to make it go back to the crowded side.';
    expect(earned(pva, grandpa)).toEqual(
      expect.arrayContaining(['passive-no-energy', 'passive-down-gradient', 'active-energy']),
    );
    // A bare "so the cell has to work" closing a muddle of tonicity is not the energy point.
    expect(
      earned(
        pva,
        'Active transport is when the cell is in a hypertonic solution and water comes in so the cell has to work.',
      ),
    ).not.toContain('active-energy');
  });

  it('resting pump: "from small concentration to big concentration"; "more negative ions in than out" is not the net charge', () => {
    expect(
      earned(rpp, 'Pump need energy because ions move from small concentration to big concentration.'),
    ).toContain('against-gradient');
    expect(
      earned(
        rpp,
        'The inside gets negative because the pump brings more negative ions in than it takes out.',
      ),
    ).not.toContain('net-charge');
    expect(
      earned(
        rpp,
        'The inside gets negative because the pump takes more positive ions out than it brings in.',
      ),
    ).toContain('net-charge');
  });

  it('depolarization vs repolarization: "back down to 0 mV" is not back to rest; a pump jack is not the pump', () => {
    expect(
      earned(dvr, 'Repolarization: K+ leaves, membrane goes back down to 0 mV which is resting.'),
    ).not.toContain('repol-back-to-rest');
    expect(earned(dvr, 'Repolarization: K+ leaves, membrane goes back down to -70 mV.')).toContain(
      'repol-back-to-rest',
    );
    const jack =
      'Then repolarization is when potassium gets sent back out of the neuron and the cell goes back down to negative like the pump jack coming down.';
    expect(flags(dvr, jack)).not.toContain('pump-repolarizes');
    expect(flags(dvr, 'In repolarization the pump sends K+ out.')).toContain('pump-repolarizes');
  });
});
