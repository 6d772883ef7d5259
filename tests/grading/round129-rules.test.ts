import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags, frq } from './helpers.js';

const { dvr, osm, pva, pump, rpp, syn } = frq;

/*
 * Round 129: rules from blind batch EG (the previous session's last untouched batch, graded once
 * on 1e6279a; a first touch from then on). Each rule has the answer it must now read as a teacher
 * would and a near miss it must still refuse.
 */
describe('round 129: reader', () => {
  it('"Passive transport needs ATP - wait no, that\'s active." says the statement of active transport', () => {
    const answer = "Passive transport needs energy from the cell. wait no, that's active. Passive doesn't.";
    expect(earned(pva, answer)).toEqual(expect.arrayContaining(['active-energy', 'passive-no-energy']));
    expect(
      earned(pva, "Passive transport uses ATP - wait no, that's active. Passive uses no energy."),
    ).toContain('active-energy');
    // Typed on a phone, with a curly apostrophe (review, after EK: no stored answer has one).
    expect(
      earned(pva, 'Passive transport uses ATP - wait no, that\u2019s active. Passive uses no energy.'),
    ).toContain('active-energy');
    // Another subject of the same kind before the correction: the sentence stays as written.
    expect(
      earned(pva, "Passive transport uses ATP and active transport uses channels - wait no, that's active."),
    ).not.toContain('active-energy');
    // A correction that names no subject is no reassignment.
    expect(earned(pva, "Passive transport uses ATP - wait no, that's wrong.")).not.toContain('active-energy');
  });

  it('an ion in a denial ties no phase: "Depolarization does not involve potassium."', () => {
    const answer =
      'Depolarization does not involve potassium. Repolarization is not caused by sodium leaving. It is K+ leaving through potassium channels that makes the inside negative again.';
    expect(earned(dvr, answer)).toContain('repol-potassium-out');
    // An ion tied to a phase by a statement still carries it.
    expect(
      earned(
        dvr,
        'Depolarization involves potassium. Repolarization is when sodium goes in. It is K+ leaving.',
      ),
    ).not.toContain('repol-potassium-out');
  });

  it('a reason taken back after a dash takes its claim with it', () => {
    const answer =
      "The postsynaptic neuron would hyperpolarize because Na+ can't come in -- wait no, it just stays at its resting potential because no Na+ enters.";
    expect(flags(syn, answer)).not.toContain('hyperpolarizes');
    expect(flags(syn, "The postsynaptic neuron would hyperpolarize because Na+ can't come in.")).toContain(
      'hyperpolarizes',
    );
  });

  it('a bracketed gloss may name the kind before its term: "the doors (ligand-gated channels)"', () => {
    const answer =
      "The doors (ligand-gated channels) only open when ACh binds. The toxin blocks the receptor, so ACh can't bind and the doors stay locked.";
    expect(earned(syn, answer)).toContain('channel-closed');
    // A word the rubric does not gloss stays a comparison word.
    expect(
      earned(syn, "The doors (in the arena) only open for fans. ACh can't bind and the doors stay locked."),
    ).not.toContain('channel-closed');
  });
});

describe('round 129: rubrics', () => {
  it('resting pump: "the direction they don\'t want to go", "against what their concentration wants"', () => {
    expect(
      earned(
        rpp,
        "3 Na+ leave and 2 K+ come in, paid in ATP, because both are going the direction they don't want to go.",
      ),
    ).toContain('against-gradient');
    expect(
      earned(
        rpp,
        'it sends 3 na out and 2 k in, both going the hard way against what their concentration wants',
      ),
    ).toContain('against-gradient');
    expect(earned(rpp, '3 Na+ leave and 2 K+ come in, going the direction they want to go.')).not.toContain(
      'against-gradient',
    );
  });

  it('pump blocked: a leak "til theres no gradient left", "Na+ in, K+ out keeps going"; out of power to send signals', () => {
    expect(earned(pump, 'so Na+ n K+ just leak til theres no gradient left.')).toContain('leak-not-restored');
    expect(earned(pump, 'no pump -> no ATP used -> Na+ in, K+ out keeps going -> RMP goes up')).toContain(
      'leak-not-restored',
    );
    expect(earned(pump, 'Na+ in, K+ out. The neuron keeps going.')).not.toContain('leak-not-restored');
    expect(earned(pump, 'the ions even out and the neuron runs out of power to send signals')).toContain(
      'cannot-fire',
    );
    expect(
      earned(pump, 'the neuron uses up all of its ATP trying to pump and runs out of energy.'),
    ).not.toContain('cannot-fire');
  });

  it('depolarization vs repolarization: "the ions … move from high to low" is said of both; moving "down the belt" is no fall in potential', () => {
    const both =
      "Na+ drives in at depolarization and K+ drives out at repolarization. The ions don't pay anything, they dont need ATP because they just move from high concentration to low.";
    expect(earned(dvr, both)).toContain('both-passive');
    expect(earned(dvr, 'Na+ goes in and K+ goes out. The pump needs ATP.')).not.toContain('both-passive');
    expect(
      earned(
        dvr,
        'repolarization is K+ getting shipped out. both are on the line they move automatically down the belt',
      ),
    ).not.toContain('repol-back-to-rest');
    expect(
      earned(dvr, 'repolarization is K+ getting shipped out and the potential goes back down.'),
    ).toContain('repol-back-to-rest');
  });

  it('osmosis: "Plant cells have the wall, RBCs dont."', () => {
    expect(earned(osm, 'Plant cells have the wall, RBCs dont.')).toContain('no-wall');
    expect(earned(osm, 'Plant cells have the wall, RBCs do too.')).not.toContain('no-wall');
  });
});
