import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags, frq } from './helpers.js';

const { dvr, osm, pva, rpp, syn } = frq;

/*
 * Round 125: rules from blind batch EC (last session's last untouched batch, now a first touch).
 * Each rule has the answer it must now read as a teacher would and a near miss it must still refuse.
 */
describe('round 125: reader', () => {
  it('a stressed letter inside a word the rubrics know ("hypOtonic") keeps the word whole', () => {
    expect(earned(osm, 'The distilled water outside is hypOtonic to the cell.')).toContain('hypotonic');
    // Two words glued by a lost line break are still two: "cellExocytosis" names no tonicity.
    expect(earned(osm, 'The distilled water outside is hypoWater to the cell.')).not.toContain('hypotonic');
  });

  it('an empty table cell says nothing: no heading is read into it', () => {
    // "| water moves | | yes |" under "into the cell | out of the cell": only the outward cell says anything.
    const table = ['| | into the cell | out of the cell |', '| water moves | | yes |'].join('\n');
    expect(earned(osm, table)).not.toContain('water-enters');
    expect(flags(osm, table)).toContain('water-leaves');
    // A cell with words is still read under its heading.
    const filled = ['| | into the cell | out of the cell |', '| water moves | yes | |'].join('\n');
    expect(earned(osm, filled)).toContain('water-enters');
  });

  it('a sentence opening with "It" is said of the one subject the sentence before names, for flags too', () => {
    const answer =
      'Passive transport does not use energy from the cell. It moves substances from low concentration to high concentration.';
    expect(flags(pva, answer)).toContain('passive-against-gradient');
    // After a sentence that names both kinds, "It" points at neither.
    const both =
      'Passive transport uses no energy but active transport uses ATP. It moves substances from low concentration to high concentration.';
    expect(flags(pva, both)).not.toContain('passive-against-gradient');
  });
});

describe('round 125: rubrics', () => {
  it("osmosis: the cell's solutes against water with none, in either order", () => {
    expect(
      earned(osm, 'The water go in to the cell because the cell has salt and the water doesnt.'),
    ).toContain('hypotonic');
    expect(
      earned(
        osm,
        'The inside of the cell is packed with solutes, and the distilled water outside is like empty seats with no solutes.',
      ),
    ).toContain('hypotonic');
    // The cell said to have none is not it.
    expect(earned(osm, 'The water has salt and the cell doesnt.')).not.toContain('hypotonic');
  });

  it('osmosis: an arrow to "outside hypOtonic" moves no solute', () => {
    const note = 'Outside: 0% solute / Inside: ~0.9% solute -> outside hypOtonic. H2O moves in.';
    expect(flags(osm, note)).not.toContain('solute-moves');
    expect(flags(osm, 'The salt moves outside into the water so the cell gets smaller.')).toContain(
      'solute-moves',
    );
  });

  it('depolarization: "raises the membrane voltage"', () => {
    const answer =
      'During depolarization sodium ions enter the axon. The influx of charge raises the membrane voltage from its resting value of roughly -70 mV.';
    expect(earned(dvr, answer)).toContain('depol-less-negative');
    expect(
      earned(
        dvr,
        'During depolarization sodium ions enter the axon. The membrane voltage is measured in mV.',
      ),
    ).not.toContain('depol-less-negative');
  });

  it('synapse: ACh "blocked from receptor", with "no place to hold on"', () => {
    expect(earned(syn, 'ACh released normally but blocked from receptor. Vm stays at -70 mV.')).toContain(
      'no-binding',
    );
    expect(earned(syn, 'ACh is released but the toxin is blocked from the receptor.')).not.toContain(
      'no-binding',
    );
    expect(
      earned(syn, 'The poison sit where acetylcholine go. So acetylcholine have no place to hold on.'),
    ).toContain('no-binding');
  });

  it('resting pump: both ions "go to the side where already have a lot"; "2 K+ in makes the outside …" reverses nothing', () => {
    const answer =
      'This take energy, ATP, because the sodium and potassium go to the side where already have a lot.';
    expect(earned(rpp, answer)).toContain('against-gradient');
    // One ion named is not both.
    expect(
      earned(rpp, 'This takes ATP because the sodium goes to the side where already have a lot.'),
    ).not.toContain('against-gradient');
    const outside =
      'Pumping 3 Na+ out and 2 K+ in makes the outside of the membrane more negative than the inside.';
    expect(flags(rpp, outside)).not.toContain('directions-reversed');
    expect(earned(rpp, outside)).toContain('potassium-in');
    expect(flags(rpp, 'The pump moves 2 K+ out to the outside.')).toContain('directions-reversed');
  });

  it('resting pump: the outside made negative is a misconception of its own, and takes the charge point', () => {
    const answer = '3 Na+ out and 2 K+ in. This makes the outside negative because more ions are outside.';
    expect(flags(rpp, answer)).toContain('outside-negative');
    expect(earned(rpp, answer)).not.toContain('net-charge');
    // Positive outside and negative inside is right; so is the outside "less negative".
    expect(flags(rpp, 'positive outside negative inside. pump. -70mV. energy')).not.toContain(
      'outside-negative',
    );
    expect(flags(rpp, 'the outside is less negative than the inside')).not.toContain('outside-negative');
    // "The outside negative and the inside positive" is told once, as inside-positive.
    expect(flags(rpp, 'This makes the outside negative and the inside positive.')).toEqual([
      'inside-positive',
    ]);
  });
});
