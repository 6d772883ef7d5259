import { describe, expect, it } from 'vitest';
import { packEarned as earned, packVerdict } from './helpers.js';

/*
 * General rules from round 48, tuned on blind batch AV (issue 7) after it had been graded once,
 * untouched (96.9% of 1,500 point decisions). Each rule has the answer it must now read as its
 * writer did and a near miss it must still refuse.
 */
describe('round 48: what the student nearly said, then took back', () => {
  it('takes back "I was going to say it uses ATP but actually …"', () => {
    expect(
      earned(
        'resting-potential-pump',
        "Na+ goes out, K+ comes in. I was going to say it uses ATP but actually I think it's powered by the sodium gradient itself.",
      ),
    ).not.toContain('uses-atp');
  });

  it('still credits "it uses ATP" said plainly', () => {
    expect(earned('resting-potential-pump', 'Na+ goes out, K+ comes in. It uses ATP.')).toContain('uses-atp');
  });
});

describe('round 48: "either … or … idk" doubts the two outcomes, not what came before', () => {
  it('keeps "water would go into the cell" before "… and then it either swells or shrinks idk"', () => {
    expect(
      earned(
        'osmosis-red-blood-cell',
        'Im pretty sure the water is hypotonic, so water would go into the cell... and then it either swells or shrinks idk',
      ),
    ).toEqual(expect.arrayContaining(['hypotonic', 'water-enters']));
  });

  it('still takes back the outcomes themselves', () => {
    expect(
      earned('osmosis-red-blood-cell', 'The water is hypotonic. It either swells and bursts or shrinks idk'),
    ).not.toContain('swells-bursts');
  });
});

describe('round 48: a note-form "in" before "at a … ratio"', () => {
  it('reads "moves sodium out and potassium in at a 3 to 2 ratio" as potassium moving in', () => {
    expect(
      earned('resting-potential-pump', 'The Na/K pump moves sodium out and potassium in at a 3 to 2 ratio.'),
    ).toContain('potassium-in');
  });

  it('still reads "K+ stays in at rest" as a place', () => {
    expect(earned('resting-potential-pump', 'K+ stays in at rest.')).not.toContain('potassium-in');
  });
});

describe('round 48: wordings from batch AV', () => {
  it('"does need an input of energy" is energy spent', () => {
    expect(
      earned(
        'passive-vs-active',
        "Passive transport doesn't need an input of energy from the cell. Active transport does need an input of energy.",
      ),
    ).toContain('active-energy');
  });

  it('"toward the side where they are already more concentrated" is against the gradient', () => {
    expect(
      earned(
        'passive-vs-active',
        'Active transport requires ATP because solutes are moved toward the side where they are already more concentrated.',
      ),
    ).toContain('active-against-gradient');
  });

  it('"the gradients get smaller and smaller" run down; "the pump that normally resets them is knocked out" restores nothing', () => {
    const v = earned(
      'pump-blocked',
      "Leak channels are still open, so Na+ flows in and K+ flows out, but the pump that normally 'resets' them is knocked out. The gradients get smaller and smaller.",
    );
    expect(v).toEqual(expect.arrayContaining(['gradients-run-down', 'leak-not-restored']));
  });

  it('"1. ACh is still released / 2. but it can\'t bind" is ACh unable to bind', () => {
    expect(
      earned('synapse-neurotoxin', "1. ACh is still released / 2. but it can't bind to the receptors"),
    ).toContain('no-binding');
  });

  it('does not flag the normal case told first as a chain ("open when ligand binds -> … -> depolarization")', () => {
    expect(
      packVerdict(
        'synapse-neurotoxin',
        'Ligand-gated ion channels open when ligand binds -> Na+ influx -> depolarization -> if threshold reached, AP. / With neurotoxin: ligand cannot bind, so channel remains closed, no Na+ influx, no depolarization, no AP.',
      ).flags,
    ).toEqual([]);
  });

  it('still flags a plain prediction of depolarization', () => {
    expect(packVerdict('synapse-neurotoxin', 'The postsynaptic neuron depolarizes anyway.').flags).toContain(
      'predicts-depolarization',
    );
  });
});
