import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags } from './helpers.js';

/*
 * Round 115: rules from blind batch DS (graded once, untouched, on 6da5d0b, then made a first touch by a
 * written amendment to the session plan). Each rule has the answer it must now read as a teacher would
 * and a near miss it must still refuse.
 */
describe('round 115', () => {
  it('K⁺ that gets on a vehicle to leave does not enter the cell in repolarization', () => {
    const ferry =
      'Then for repolarization, the K+ people get on the ferry and leave the town, so it goes back to how it was, negative inside.';
    expect(flags('depolarization-vs-repolarization', ferry)).not.toContain('potassium-enters-repol');
    expect(
      flags(
        'depolarization-vs-repolarization',
        'Repolarization: the K+ people get on the bus, into the cell.',
      ),
    ).toContain('potassium-enters-repol');
  });

  it('osmosis: "the water outside has less stuff in it than inside" is hypotonic', () => {
    expect(
      earned(
        'osmosis-red-blood-cell',
        'the water outside has less stuff in it than inside so the water moves in',
      ),
    ).toContain('hypotonic');
    expect(
      earned(
        'osmosis-red-blood-cell',
        'the water outside has more stuff in it than inside so the water moves out',
      ),
    ).not.toContain('hypotonic');
  });
});
