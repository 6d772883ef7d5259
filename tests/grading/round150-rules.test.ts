import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags, frq } from './helpers.js';

const { dvr, osm, pva, pump, rpp, syn } = frq;

/*
 * Round 150: rules from blind batch FB (a first touch, graded once on 5782a93 before any of these;
 * its one flagged full-mark answer, passive/active #17, is the first case). Each rule has the answer
 * it must now read as a teacher would and a near miss it must still refuse.
 */
describe('round 150: rubrics and the lexicon', () => {
  it('passive/active: "against what they would naturally do" is the direction, not a free ride', () => {
    const text =
      "Active transport can't happen without ATP because it's moving ions from low concentration to high concentration, against what they would naturally do.";
    expect(flags(pva, text)).not.toContain('active-no-energy');
    expect(earned(pva, text)).toContain('active-energy');
    expect(flags(pva, 'Active transport happens naturally, without ATP.')).toContain('active-no-energy');
  });

  it('pump blocked: ions "going down their gradient" are the leak, not the gradient running down', () => {
    expect(
      earned(pump, "Ions keep going down their gradient and the pump can't bring them back."),
    ).not.toContain('gradients-run-down');
    expect(earned(pump, 'The gradients go down over time.')).toContain('gradients-run-down');
    // A bracket between the gradients and their running down.
    expect(earned(pump, 'gradients (Na+ high outside, K+ high inside) run down over hrs')).toContain(
      'gradients-run-down',
    );
  });

  it('osmosis: "hypotonic which means it has more solutes" is the tonicity backwards', () => {
    const text =
      'Distilled water is hypotonic which means it has more solutes, so water moves out of the cell.';
    expect(flags(osm, text)).toContain('hypotonic-backwards');
    expect(earned(osm, text)).not.toContain('hypotonic');
    expect(
      earned(osm, 'Distilled water is hypotonic which means the cell has more solutes, so water moves in.'),
    ).toContain('hypotonic');
  });

  it('osmosis: the cell "reeling in water"', () => {
    expect(earned(osm, 'The cell keeps reeling in water by osmosis until it bursts.')).toContain(
      'water-enters',
    );
    expect(earned(osm, 'The fisherman keeps reeling in the fish until the cell bursts.')).not.toContain(
      'water-enters',
    );
  });

  it('resting pump: "lets out 3 Na+"; "3 Na+ Ions out … and 2 K+ Ions in the cell"', () => {
    expect(earned(rpp, 'Only it lets out 3 Na+ and lets in 2 K+.')).toContain('sodium-out');
    expect(earned(rpp, 'The pump lets out 2 K+.')).not.toContain('sodium-out');
    expect(
      earned(rpp, 'The pump transports 3 Na+ Ions out of the cell and 2 K+ Ions in the cell.'),
    ).toContain('potassium-in');
  });

  it('synapse: Na⁺ glossed as cars that "don\'t drive into the postsynaptic cell"', () => {
    expect(
      earned(syn, "ACh can't bind, and Na+ (the cars) don't drive into the postsynaptic cell."),
    ).toContain('no-sodium-entry');
    expect(earned(syn, "The cars don't drive into the cell.")).not.toContain('no-sodium-entry');
  });

  it('depolarization: cars (Na⁺) that "drive onto the ferry", the ferry declared the cell', () => {
    expect(
      earned(dvr, 'The river ferry is the cell. In depolarization cars (Na+) drive onto the ferry.'),
    ).toContain('depol-sodium-in');
    // No declaration: the ferry is only a ferry.
    expect(earned(dvr, 'In depolarization cars (Na+) drive onto the ferry.')).not.toContain(
      'depol-sodium-in',
    );
  });
});
