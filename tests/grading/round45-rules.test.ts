import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/grading/tokenize.js';
import { packEarned as earned } from './helpers.js';

const norms = (s: string) => tokenize(s, true).map((t) => t.norm);

/*
 * General rules from round 45, tuned on blind batch AR (issue 7). Each rule has the answer it must
 * now read as its writer did and a near miss it must still refuse.
 */
describe('round 45: "actually wait maybe" puts the statement before in doubt', () => {
  it('does not credit "Na+ won\'t enter... actually wait maybe it still does"', () => {
    expect(
      earned(
        'synapse-neurotoxin',
        "Na+ won't enter... actually wait maybe it still does through other channels",
      ),
    ).not.toContain('no-sodium-entry');
  });

  it('still credits a plain "Na+ won\'t enter"', () => {
    expect(earned('synapse-neurotoxin', "Na+ won't enter the postsynaptic cell.")).toContain(
      'no-sodium-entry',
    );
  });
});

describe('round 45: "…, but passive transport would keep going" stays inside the thought experiment', () => {
  it('credits the reason given for active transport', () => {
    const v = earned(
      'passive-vs-active',
      "If a cell ran out of ATP, active transport would stop because it needs energy to move things against the concentration gradient, but passive transport would keep going since it doesn't need energy.",
    );
    expect(v).toEqual(
      expect.arrayContaining(['active-energy', 'active-against-gradient', 'passive-no-energy']),
    );
  });

  it('still takes back a supposition that a plain-present "but" turns against', () => {
    expect(
      earned(
        'synapse-neurotoxin',
        'If sodium channels opened, Na+ could flow in, but the toxin keeps them shut.',
      ),
    ).not.toContain('no-sodium-entry');
  });
});

describe('round 45: small readings', () => {
  it('reads "making it +" as more positive', () => {
    expect(norms('making it +')).toEqual(['making', 'it', 'positive']);
    expect(
      earned(
        'depolarization-vs-repolarization',
        'Sodium rushes into the axon during depolarization making it +.',
      ),
    ).toContain('depol-less-negative');
  });

  it('reads "rather than depolarizing" as no depolarization', () => {
    expect(
      earned(
        'synapse-neurotoxin',
        "The postsynaptic neuron's membrane potential will remain at its resting value rather than depolarizing.",
      ),
    ).toContain('prediction');
    expect(
      earned(
        'synapse-neurotoxin',
        'The presynaptic membrane potential will remain at its resting value rather than depolarizing.',
      ),
    ).not.toContain('prediction');
  });

  it('reads sounded-out spellings and plain words', () => {
    expect(earned('pump-blocked', 'the resting potental wud get les negitive over time')).toContain(
      'less-negative',
    );
    expect(
      earned(
        'depolarization-vs-repolarization',
        'Repolerization potasium goes out and it goes back to negitive.',
      ),
    ).toContain('repol-back-to-rest');
    expect(earned('pump-blocked', 'the sodium doesnt have a gradient to rush in with anymore')).toContain(
      'gradients-run-down',
    );
    expect(earned('osmosis-red-blood-cell', 'osmosis keeps filling the cell w water')).toContain(
      'water-enters',
    );
    expect(
      earned(
        'passive-vs-active',
        'Active: moves molecules from where there are few of them to where there are many.',
      ),
    ).toContain('active-against-gradient');
  });
});
