import { describe, expect, it } from 'vitest';
import { packEarned as earned } from './helpers.js';

/*
 * General rules from round 42, tuned on blind batch AO (issue 7). Each rule has the answer it must
 * now read as its writer did and a near miss it must still refuse.
 */
describe('round 42: doubts at the end of a clause, and both ways under a "might"', () => {
  it('takes back "The cell might burst maybe." and "Water might go in or out"', () => {
    const v = earned(
      'osmosis-red-blood-cell',
      'Water might go in or out depending on stuff. The cell might burst maybe.',
    );
    expect(v).not.toContain('water-enters');
    expect(v).not.toContain('swells-bursts');
  });

  it('leaves a plain "in or out of the cell" and a "maybe" that opens nothing alone', () => {
    expect(
      earned(
        'osmosis-red-blood-cell',
        'Water moves into the cell, maybe because it is hypotonic, and it bursts.',
      ),
    ).toEqual(expect.arrayContaining(['water-enters', 'swells-bursts']));
    // Without a "might", "in or out" is no doubt (ASAP item 6: "transport of things in or out of the cell"):
    // the rest of its clause stands. Since round 60 it claims no direction either, as "in and out"
    // never did (blind batch BI: "Water moves in or out by osmosis depending on the tonicity").
    const answer = 'Water moves in or out of the cell by osmosis and the cell bursts.';
    expect(earned('osmosis-red-blood-cell', answer)).toContain('swells-bursts');
    expect(earned('osmosis-red-blood-cell', answer)).not.toContain('water-enters');
  });
});

describe('round 42: the next case of a generic supposition is an answer too', () => {
  it('credits "If it was going from high to low it could just use passive transport"', () => {
    const v = earned(
      'passive-vs-active',
      "If a cell wanted to move glucose from low concentration to high it would need to use active transport, which costs ATP. If it was going from high to low it could just use passive transport and wouldn't need energy.",
    );
    expect(v).toEqual(
      expect.arrayContaining(['passive-no-energy', 'passive-down-gradient', 'active-energy']),
    );
  });

  it('still reads a counterfactual after a plain statement as imagined', () => {
    const v = earned(
      'passive-vs-active',
      'Active transport uses ATP. If passive transport was going from low to high it would need energy too.',
    );
    expect(v).not.toContain('passive-down-gradient');
  });
});

describe('round 42: plain words', () => {
  it('reads "higher concentration of water outside the cell" and "water = hypo" as hypotonic', () => {
    expect(
      earned(
        'osmosis-red-blood-cell',
        'There is a higher concentration of water outside the cell than inside, so water diffuses in.',
      ),
    ).toContain('hypotonic');
    expect(earned('osmosis-red-blood-cell', 'water = hypo, cell = hyper → cell gets fat → boom')).toEqual(
      expect.arrayContaining(['hypotonic', 'swells-bursts']),
    );
    expect(
      earned('osmosis-red-blood-cell', 'There is a higher concentration of water inside the cell.'),
    ).not.toContain('hypotonic');
  });

  it('reads water moving "to the hypertonic side" as entering the cell', () => {
    expect(
      earned('osmosis-red-blood-cell', 'Water moves by osmosis to the hypertonic side, into the cell.'),
    ).toContain('water-enters');
    expect(
      earned('osmosis-red-blood-cell', 'Water moves out of the cell to the hypertonic side.'),
    ).not.toContain('water-enters');
  });

  it('reads ions that "just stay where they are" and "nothing kicks them back"', () => {
    expect(
      earned(
        'pump-blocked',
        'Since the pump is off, the K+ that leaks out and the Na+ that leaks in just stay where they are.',
      ),
    ).toContain('leak-not-restored');
    expect(
      earned(
        'pump-blocked',
        'Na+ still sneaks in and K+ sneaks out thru the leak channels but nothing kicks them back.',
      ),
    ).toContain('leak-not-restored');
  });

  it('reads "isnt negative anymore", "goes to like zero", "lose 1 + each round"', () => {
    expect(earned('pump-blocked', 'after hours the inside isnt negative anymore')).toContain('less-negative');
    expect(earned('pump-blocked', 'the resting potential goes to like zero')).toContain('less-negative');
    expect(earned('pump-blocked', 'the inside is negative')).not.toContain('less-negative');
    expect(
      earned('resting-potential-pump', 'Na+ out x3, K+ in x2. lose 1 + each round → inside more -'),
    ).toContain('net-charge');
  });

  it('reads "pushed toward the side where it\'s already concentrated" as against the gradient', () => {
    expect(
      earned(
        'resting-potential-pump',
        "ATP is needed because Na+ is pushed toward the side where it's already concentrated and K+ is pushed toward the side where it's already concentrated.",
      ),
    ).toContain('against-gradient');
  });
});
