import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags, frq } from './helpers.js';

const { osm, pva } = frq;

/*
 * Round 139: rules from blind batch EQ (graded once on arrival, on 548f45d, as a first touch). Each
 * rule has the answer it must now read as a teacher would and a near miss it must still refuse.
 */
describe('round 139: rubrics', () => {
  it('passive vs active: a denied need whose run-on names the other kind ("doesnt need any protein active needs atp")', () => {
    const runOn = 'some passive doesnt need any protein active needs atp bc its going against the gradient';
    expect(flags(pva, runOn)).not.toContain('active-no-energy');
    expect(earned(pva, runOn)).toContain('active-energy');
    expect(earned(pva, 'passive transport does not need any ATP')).toContain('passive-no-energy');
  });

  it('osmosis: "not a rigid cell wall" is no wall', () => {
    const rigid = 'The red blood cell has only a flexible plasma membrane and not a rigid cell wall.';
    expect(earned(osm, rigid)).toContain('no-wall');
    expect(
      earned(osm, 'The red blood cell has a flexible plasma membrane and a rigid cell wall.'),
    ).not.toContain('no-wall');
  });
});
