import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags } from './helpers.js';

/*
 * General rules from round 85, tuned on blind batch CI (issue 7) after it had been graded once,
 * untouched, on the engine of round 84 (97.6% of 1,500 point decisions, two of three targets met).
 * Each rule has the answer it must now read as its writer did and a near miss it must still refuse.
 */
describe('round 85', () => {
  it('text-speak "n" is "and" ("O2 goes in cells (passive) n sodium potassium pump (active)")', () => {
    const answer = 'ex: O2 goes in cells (passive) n sodium potassium pump (active)';
    expect(flags('passive-vs-active', answer)).not.toContain('examples-swapped');
    expect(earned('passive-vs-active', answer)).toContain('examples');
    // The pump named as the passive example is still swapped.
    expect(
      flags('passive-vs-active', 'ex: sodium potassium pump (passive) n O2 going in cells (active)'),
    ).toContain('examples-swapped');
  });

  it('a bare denial closing its statement before "for example" denies nothing in the example', () => {
    const answer =
      'passive sometimes use a channel protein and sometimes no for example oxygen pass by the membrane is passive and sodium potassium pump is active';
    expect(earned('passive-vs-active', answer)).toContain('examples');
    expect(
      earned('passive-vs-active', 'there is no for example oxygen or pump I can name for passive or active'),
    ).not.toContain('examples');
  });

  it('the reason given for two guesses, with a subject of its own, is stated ("… maybe stay the same because the ACh can\'t get onto the receptor")', () => {
    const answer =
      "the potential would maybe go down or maybe stay the same because the ACh can't get onto the receptor.";
    expect(earned('synapse-neurotoxin', answer)).toContain('no-binding');
    expect(earned('synapse-neurotoxin', answer)).not.toContain('prediction');
    // A guessed reason stays a guess.
    expect(
      earned(
        'synapse-neurotoxin',
        "the potential stays the same, or maybe the ACh can't get onto the receptor.",
      ),
    ).not.toContain('no-binding');
  });

  it('capital letters the answer defines in a legend stand for their words ("A = ACh, R = receptor")', () => {
    const answer = "A = ACh, R = receptor, T = toxin. T sits on R so A can't bind to R.";
    expect(earned('synapse-neurotoxin', answer)).toContain('no-binding');
    // One "X = …" is no legend.
    expect(earned('synapse-neurotoxin', "A = ACh. T sits on R so A can't bind to R.")).not.toContain(
      'no-binding',
    );
  });

  it('the uneven exchange and its result after "so" ("3 Na out 2 K in so the inside ends up more negative")', () => {
    const answer = 'It uses ATP. 3 Na out 2 K in so the inside ends up more negative.';
    expect(earned('resting-potential-pump', answer)).toContain('net-charge');
    // Not with the ions reversed (stored batch M), nor the outside made negative (stored batch BE).
    expect(
      earned('resting-potential-pump', '3 K out 2 Na in so the inside ends up more negative.'),
    ).not.toContain('net-charge');
    expect(
      earned(
        'resting-potential-pump',
        '3 Na+ out and 2 K+ in so the outside of the cell becomes more negative than the inside.',
      ),
    ).not.toContain('net-charge');
  });

  it('"it gets huge" is swelling', () => {
    expect(earned('osmosis-red-blood-cell', 'osmosis makes water go in the cell n it gets huge.')).toContain(
      'swells-bursts',
    );
    expect(earned('osmosis-red-blood-cell', 'osmosis makes water go in the cell.')).not.toContain(
      'swells-bursts',
    );
  });

  it('the textbook rule for other solutions is not this prediction ("In a hypertonic solution the cell shrinks, …")', () => {
    const answer =
      'In a hypertonic solution the cell shrinks, in a hypotonic solution the cell swells, and in an isotonic solution nothing happens.';
    expect(flags('osmosis-red-blood-cell', answer)).not.toContain('water-leaves');
    expect(flags('osmosis-red-blood-cell', answer)).not.toContain('no-change');
    // Said of this cell, it is the error (stored batches BJ, CE).
    expect(
      flags('osmosis-red-blood-cell', 'The RBC is placed in a hypertonic solution so it will shrink.'),
    ).toContain('water-leaves');
  });
});
