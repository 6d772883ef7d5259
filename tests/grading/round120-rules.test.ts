import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags, frq } from './helpers.js';

const { dvr, osm, pva, pump, rpp, syn } = frq;

/*
 * Round 120: rules from blind batch DX (graded once, untouched, on 967127a; a first touch since).
 * Each rule has the answer it must now read as a teacher would and a near miss it must still refuse.
 */
describe('round 120: reader', () => {
  it('a run-on "it" after a whole denial opens the next statement: "dont need energy it goes high to low"', () => {
    expect(earned(pva, 'passive dont need energy it goes high to low like diffusion')).toContain(
      'passive-down-gradient',
    );
    // After "cause" the pronoun is already joined to the denial's clause as its reason.
    expect(earned(pva, 'passive does not need energy cause it goes high to low')).toContain(
      'passive-no-energy',
    );
    // The pronoun as the object stays in the denied clause: "does not need it" is no new statement.
    expect(earned(pva, 'passive transport does not need it goes high to low')).not.toContain(
      'passive-no-energy',
    );
  });

  it('"… I mean from outside to inside": a correction that gives the new direction with its start', () => {
    const answer =
      'In depolarization Na+ moves out of the cell to the inside... I mean from outside to inside.';
    expect(earned(dvr, answer)).toContain('depol-sodium-in');
    expect(earned(dvr, 'In depolarization Na+ moves out of the cell to the inside.')).not.toContain(
      'depol-sodium-in',
    );
  });

  it('"I always mix up crenate and lyse" names both terms without claiming either', () => {
    const answer = 'The RBC will crenate? I always mix up crenate and lyse. water moves in by osmosis.';
    expect(earned(osm, answer)).not.toContain('swells-bursts');
    expect(flags(osm, answer)).not.toContain('water-leaves');
    expect(earned(osm, 'The RBC will lyse. Water moves in by osmosis.')).toContain('swells-bursts');
  });

  it('an "it" that fires is the last cell named, with its qualifier: "the presynaptic neuron … so it won\'t fire"', () => {
    const answer =
      "Na+ can't go into the presynaptic neuron and so it won't depolarize and won't send an action potential.";
    expect(earned(syn, answer)).not.toContain('prediction');
    expect(earned(syn, answer)).not.toContain('no-action-potential');
    const post =
      "Na+ can't go into the postsynaptic neuron and so it won't depolarize and won't send an action potential.";
    expect(earned(syn, post)).toEqual(expect.arrayContaining(['prediction', 'no-action-potential']));
    // A bare cell named in between leaves the "it" to the question's cell.
    const bare =
      "ACh is released by the presynaptic neuron but can't bind to the cell, so it won't depolarize.";
    expect(earned(syn, bare)).toContain('prediction');
  });
});

describe('round 120: rubrics', () => {
  it('passive vs active: an analogy\'s "X is like a protein" names no protein of active transport; "like pump proteins" does', () => {
    const analogy =
      'Active transport is like working the squeeze chute, it takes work (ATP). Passive is when you open the gate and they go by themselves. The gate is like a protein in the membrane.';
    expect(earned(pva, analogy)).not.toContain('proteins');
    const pumps =
      'Active transport is like the conveyor, it takes ATP. The conveyor is like a protein pump in the membrane. Passive can go thru a channel protein or just thru the membrane.';
    expect(earned(pva, pumps)).toContain('proteins');
  });

  it('pump blocked: "after a bunch it would stop" ends the firing; a stop with no firing named does not', () => {
    expect(
      earned(pump, 'It could fire a few action potentials at first but after a bunch it would stop.'),
    ).toContain('cannot-fire');
    expect(earned(pump, 'The ions would leak at first but after a bunch it would stop.')).not.toContain(
      'cannot-fire',
    );
  });

  it('resting pump: "already more Na+ outside … K+ already high inside"; "against how they want to go"', () => {
    const answer =
      "The pump uses ATP to push Na+ out even though there's already more Na+ outside, and pull K+ in even though K+ is already high inside.";
    expect(earned(rpp, answer)).toContain('against-gradient');
    expect(
      earned(rpp, "The pump uses ATP to push Na+ out even though there's already more Na+ outside."),
    ).not.toContain('against-gradient');
    expect(
      earned(rpp, 'Sodium and potassium both going the hard way, against how they want to go.'),
    ).toContain('against-gradient');
  });
});
