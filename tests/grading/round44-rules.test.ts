import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/grading/tokenize.js';
import { packEarned as earned } from './helpers.js';

const norms = (s: string) => tokenize(s, true).map((t) => t.norm);

/*
 * General rules from round 44, tuned on blind batch AQ (issue 7). Each rule has the answer it must
 * now read as its writer did and a near miss it must still refuse.
 */
describe('round 44: autocorrect and typing slips', () => {
  it('reads "actve", "ATM", "acetylene", "irons", "lice", "bust", "defusion"', () => {
    const v = earned(
      'passive-vs-active',
      'pasive transprt dosnt need enrgy from the cel. it gos from hi concentraton to low. actve transprt needs ATP and gos from low to hi and it uses a pump protien, pasive can use a chanel protien. example pasive is defusion of oxygen, actve is sodim potasium pump',
    );
    expect(v).toEqual(
      expect.arrayContaining([
        'active-energy',
        'active-against-gradient',
        'examples',
        'passive-down-gradient',
      ]),
    );
    expect(earned('passive-vs-active', 'Active transport requires ATM.')).toContain('active-energy');
    expect(
      earned(
        'synapse-neurotoxin',
        'The acetylene cant bind to the receptors since the neurotoxin is on them.',
      ),
    ).toContain('no-binding');
    expect(earned('synapse-neurotoxin', 'so the sodium irons cant go into the cell')).toContain(
      'no-sodium-entry',
    );
    expect(earned('osmosis-red-blood-cell', 'The red blood cell will lice.')).toContain('swells-bursts');
    expect(earned('osmosis-red-blood-cell', 'The cell will bust.')).toContain('swells-bursts');
  });

  it('reads "concentration grade" as the gradient', () => {
    expect(earned('passive-vs-active', 'Passive goes down the concentration grade.')).toContain(
      'passive-down-gradient',
    );
  });
});

describe('round 44: "hi 2 lo"', () => {
  it('reads a lone 2 between two levels as "to"', () => {
    expect(norms('stuff goes hi 2 lo')).toEqual(['stuff', 'goes', 'high', 'to', 'low']);
    expect(
      earned(
        'passive-vs-active',
        'passive = no energy needed, stuff goes hi 2 lo. active = needs ATP, goes lo 2 hi.',
      ),
    ).toEqual(expect.arrayContaining(['passive-down-gradient', 'active-against-gradient']));
  });

  it('keeps 2 as a number elsewhere', () => {
    expect(norms('3 Na out 2 K in')).toContain('2');
  });
});

describe('round 44: "no solutes" negates only the solutes', () => {
  it('credits "distilled water has no solutes it is hypotonic"', () => {
    expect(
      earned(
        'osmosis-red-blood-cell',
        'Since distilled water has no solutes it is hypotonic to the RBC so water diffuses in.',
      ),
    ).toContain('hypotonic');
  });

  it('still negates a purpose after it ("no solutes to pull it in")', () => {
    expect(
      earned(
        'osmosis-red-blood-cell',
        'Water will not enter the cell because distilled water has no solutes to pull it in.',
      ),
    ).not.toContain('water-enters');
  });
});

describe('round 44: plain words', () => {
  it('reads "the cell dont spend nothing", "soaks up the water", "closer and closer together", "no restoration", "hauls in"', () => {
    expect(earned('passive-vs-active', 'Passive transport the cell dont spend nothing.')).toContain(
      'passive-no-energy',
    );
    expect(earned('osmosis-red-blood-cell', 'The cell soaks up the water kinda like a sponge.')).toContain(
      'water-enters',
    );
    expect(
      earned(
        'pump-blocked',
        'over a few hours the concentrations inside and outside get closer and closer together',
      ),
    ).toContain('gradients-run-down');
    expect(
      earned('pump-blocked', 'Na+ leaks in and K+ leaks out, no restoration, so the gradients dissipate.'),
    ).toContain('leak-not-restored');
    expect(earned('resting-potential-pump', 'it kicks out 3 Na+, and hauls in 2 K+.')).toContain(
      'potassium-in',
    );
  });

  it('still refuses the cell that spends something', () => {
    expect(earned('passive-vs-active', 'Passive transport spends ATP.')).not.toContain('passive-no-energy');
  });
});
