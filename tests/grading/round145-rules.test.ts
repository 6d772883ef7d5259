import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags, frq } from './helpers.js';

const { dvr, osm, pva, rpp } = frq;

/*
 * Round 145: rules from blind batch EW (graded once, untouched, on c16b84a; its one flagged full-mark
 * answer was an engine error, fixed here, so EW is now a first touch). Each rule has the answer it
 * must now read as a teacher would and a near miss it must still refuse.
 */
describe('round 145: the reader', () => {
  it('a statement after a doubt\'s own "if … or …" question and ", and" stands', () => {
    const after =
      "In depolarization sodium moves across the membrane, I'm not sure if it's in or out, and the inside gets less negative.";
    expect(earned(dvr, after)).toContain('depol-less-negative');
    expect(earned(dvr, after)).not.toContain('depol-sodium-in');
  });

  it('"never mind" takes back only the part of the sentence before that its correction redoes', () => {
    const redone =
      'Passive goes from high to low and uses no energy. actually never mind I think I have those backwards, active is high to low.';
    expect(earned(pva, redone)).toContain('passive-no-energy');
    expect(earned(pva, redone)).not.toContain('passive-down-gradient');
    // A correction that shares no such word still takes back the whole last statement.
    expect(
      earned(pva, 'Passive goes from high to low and uses no energy. actually never mind, I forgot.'),
    ).not.toContain('passive-no-energy');
  });
});

describe('round 145: rubrics', () => {
  it('passive vs active: "the opposite: with the gradient" is not against it', () => {
    const opposite =
      'Active transport moves things against the gradient, from low to high, and it takes ATP. Passive is the opposite: with the gradient, high to low, no energy needed.';
    expect(flags(pva, opposite)).not.toContain('passive-against-gradient');
    expect(flags(pva, 'Passive transport moves things opposite to the gradient.')).toContain(
      'passive-against-gradient',
    );
  });

  it('osmosis: water "from where theres more water (the beaker, pure water) into the cell"; "gets 2 much h2o"', () => {
    expect(
      earned(osm, 'Water goes from where theres more water (the beaker, pure water) into the cell.'),
    ).toContain('water-enters');
    expect(earned(osm, 'Water goes from inside the cell out into the beaker.')).not.toContain('water-enters');
    expect(earned(osm, 'cell gets 2 much h2o n pops lol')).toContain('water-enters');
  });

  it('resting pump: the pump "dumps K+ back in", "carries 2 K+ back onto it"', () => {
    expect(earned(rpp, 'The pump lifts Na+ out of the cell and dumps K+ back in.')).toContain('potassium-in');
    expect(earned(rpp, 'Each trip it hauls 3 Na+ off the cell and carries 2 K+ back onto it.')).toContain(
      'potassium-in',
    );
    expect(earned(rpp, 'The pump dumps K+ out of the cell.')).not.toContain('potassium-in');
  });
});
