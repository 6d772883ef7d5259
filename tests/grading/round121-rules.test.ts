import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags, frq } from './helpers.js';

const { dvr, pva, pump, rpp, syn } = frq;

/*
 * Round 121: rules from blind batch DY (graded once, untouched, on 5595bef; a first touch since).
 * Each rule has the answer it must now read as a teacher would and a near miss it must still refuse.
 */
describe('round 121: reader', () => {
  it('", since …" after an imagined result gives the reason as a fact, as ", because …" does', () => {
    const answer =
      "If sodium channels didn't open, there would be no depolarization, since Na+ has to rush into the cell to make the inside less negative.";
    expect(earned(dvr, answer)).toEqual(expect.arrayContaining(['depol-sodium-in', 'depol-less-negative']));
    // Without the comma the "since" goes on with the imagined result.
    const open =
      "If sodium channels didn't open there would be no depolarization since Na+ would not rush in.";
    expect(earned(dvr, open)).not.toContain('depol-sodium-in');
  });

  it('a semicolon before an "if" leaves the plain statement before it standing', () => {
    const answer =
      "Repolarization needs K+ to leave the cell; if K+ couldn't get out, the cell would stay positive.";
    expect(earned(dvr, answer)).toContain('repol-potassium-out');
    const joined = "If K+ couldn't get out, the cell would stay positive, and K+ would not leave the cell.";
    expect(earned(dvr, joined)).not.toContain('repol-potassium-out');
  });
});

describe('round 121: rubrics', () => {
  it('passive vs active: "Pump = carrier protein" names a protein kind, not a passive example', () => {
    const answer =
      'Passive: no energy, high to low. Ex: Na+ rushes in through channels. Active: ATP, low to high. Ex: Na+/K+ pump. Pump = carrier protein, channel = passive protein.';
    expect(flags(pva, answer)).not.toContain('examples-swapped');
    expect(flags(pva, 'Passive transport uses pump proteins and active uses channel proteins.')).toContain(
      'examples-swapped',
    );
  });

  it('passive vs active: "to the side where is more concentration", "to where its already crowded"', () => {
    expect(
      earned(
        pva,
        'Active transport need energy ATP for move the molecules to the side where is more concentration.',
      ),
    ).toContain('active-against-gradient');
    expect(
      earned(pva, 'Active transport needs ATP, pushing molecules to where its already crowded.'),
    ).toContain('active-against-gradient');
    expect(
      earned(pva, 'Active transport needs ATP to move molecules to the side where is less concentration.'),
    ).not.toContain('active-against-gradient');
  });

  it('pump blocked: another cell\'s potential is not this neuron\'s; "same amount of K+ inside and outside"; "nobody goes up"', () => {
    expect(
      earned(pump, 'The resting potential of the postsynaptic cell becomes less negative.'),
    ).not.toContain('less-negative');
    expect(earned(pump, 'The resting potential of the neuron becomes less negative.')).toContain(
      'less-negative',
    );
    expect(earned(pump, "Eventually there's the same amount of K+ inside and outside.")).toContain(
      'gradients-run-down',
    );
    expect(
      earned(
        pump,
        'Skiers (ions) slide down the hill on their own, the leak. Skiers keep coming down, nobody goes up.',
      ),
    ).toContain('leak-not-restored');
  });

  it('resting pump: "ATP is made" is no use of ATP; "already more sodium out there"', () => {
    expect(earned(rpp, 'In the pump ATP is made as the ions flow through it.')).not.toContain('uses-atp');
    expect(earned(rpp, 'The pump uses ATP to move the ions.')).toContain('uses-atp');
    expect(
      earned(
        rpp,
        'Sodium gets moved outside even though theres already more sodium out there, and potassium gets moved in even though theres already more potassium inside.',
      ),
    ).toContain('against-gradient');
  });

  it('synapse: "stays negative and doesnt fire" is the prediction; "stays negative and fires anyway" is not', () => {
    expect(earned(syn, "ACh can't attach so the cell stays negative and doesnt fire")).toContain(
      'prediction',
    );
    expect(earned(syn, "ACh can't attach so the cell stays negative and fires anyway")).not.toContain(
      'prediction',
    );
  });
});
