import { describe, expect, it } from 'vitest';
import { grade } from '../../src/grading/grade.js';
import { packEarned as earned, packFlags as flags, frq, rubric } from './helpers.js';

const { dvr, osm, rpp, syn } = frq;

/*
 * Round 116: rules from blind batch DT (graded once, untouched, on a5958dc, then a first touch).
 * Each rule has the answer it must now read as a teacher would and a near miss it must still refuse.
 */
describe('round 116', () => {
  it('"It\'s 3 and 2 I think?": a closing question doubts the whole ratio, not only its second number', () => {
    const answer = "Sodium goes out and potassium goes in. It's 3 and 2 I think? It needs ATP.";
    expect(earned(rpp, answer)).not.toContain('ratio');
    expect(earned(rpp, answer)).toEqual(expect.arrayContaining(['sodium-out', 'potassium-in', 'uses-atp']));
    // A statement before "and" still stands: only the item the question closes is doubted.
    expect(
      earned(
        'passive-vs-active',
        'Passive doesnt need energy. Active needs ATP and goes low to high I think? or maybe it can go both ways.',
      ),
    ).toContain('active-energy');
  });

  it('"goes back to how it was before, negative": the state named after the comma', () => {
    const answer =
      'At repolarization a different door opens and K+ people get off so it goes back to how it was before, negative.';
    expect(earned(dvr, answer)).toContain('repol-back-to-rest');
    expect(
      earned(dvr, 'At repolarization K+ leaves so it goes back to how it was before, the outside negative.'),
    ).not.toContain('repol-back-to-rest');
  });

  it('"no one has to push them with energy" is the passive likeness', () => {
    const answer =
      'Depolarization: Na+ comes in. Repolarization: K+ runs out. They both go from crowded to not crowded, no one has to push them with energy.';
    expect(earned(dvr, answer)).toContain('both-passive');
    expect(
      earned(
        dvr,
        'Depolarization: Na+ comes in. Repolarization: K+ runs out. Someone has to push them with energy.',
      ),
    ).not.toContain('both-passive');
  });

  it('"and then the sodium potassium pump restores everything" sets the pump apart from the phases', () => {
    const answer =
      'Depolarization is when sodium comes rushing in and the inside gets more positive, then repolarization is when potassium goes out and it goes back to negative and then the sodium potassium pump restores everything.';
    expect(flags(dvr, answer)).not.toContain('pump-repolarizes');
    expect(
      flags(
        dvr,
        'Sodium comes in. Then during repolarization the pump puts everything back by pumping K+ out.',
      ),
    ).toContain('pump-repolarizes');
  });

  it('osmosis: each side described for itself ("the cell is salty inside and the water is plain")', () => {
    expect(
      earned(
        osm,
        'The cell is salty inside and the water in the beaker is plain so the water goes into the cell.',
      ),
    ).toContain('hypotonic');
    expect(
      earned(
        osm,
        'the water is pure and the cell has stuff in it like salt and proteins so the water goes in',
      ),
    ).toContain('hypotonic');
    expect(earned(osm, 'The water in the beaker is plain so the water goes into the cell.')).not.toContain(
      'hypotonic',
    );
  });

  it('resting pump: "lose +1 each cycle" is the net charge', () => {
    expect(earned(rpp, 'Charge: lose +1 each cycle so inside more neg.')).toContain('net-charge');
    expect(earned(rpp, 'Charge: gain +1 each cycle so inside more pos.')).not.toContain('net-charge');
  });

  it('synapse: "because nothing binds" after the ACh is named is no binding; "nothing to bind" is not', () => {
    const answer =
      'The logs (ACh) come down the chute but the toxin is jammed in the intake. Because nothing binds, the channel gate stays shut.';
    expect(earned(syn, answer)).toContain('no-binding');
    expect(
      earned(
        syn,
        'The toxin stops the presynaptic neuron from releasing ACh so there is nothing to bind and the channels stay closed.',
      ),
    ).not.toContain('no-binding');
  });

  it('synapse: "the same amount of sodium goes in" after a denial of something else is not "no Na⁺ entry"', () => {
    expect(
      earned(
        syn,
        "The membrane will still depolarize because the amount of ACh released doesn't change, so the same amount of sodium goes in.",
      ),
    ).not.toContain('no-sodium-entry');
    expect(earned(syn, "ACh can't bind, so no sodium goes in.")).toContain('no-sodium-entry');
  });
});

describe('round 116: cancelsInSegment', () => {
  it('a reversed K⁺ beside a right Na⁺ cancels only what shares its part of the sentence', () => {
    const answer = 'The pump moves 3 Na+ out of the cell and 2 K+ out as well, using ATP.';
    expect(earned(rpp, answer)).toContain('sodium-out');
    expect(flags(rpp, answer)).toContain('directions-reversed');
    // Sodium reversed in its own statement is still not earned.
    expect(earned(rpp, 'The pump moves 3 Na+ into the cell and 2 K+ out, using ATP.')).not.toContain(
      'sodium-out',
    );
    // A loose "K+ … inside" beside "pumps K+ out" stays cancelled by the sentence.
    expect(
      earned(rpp, 'The pump pumps K+ out of the cell, and since K+ is positive the inside becomes negative.'),
    ).not.toContain('potassium-in');
  });

  it('works on any rubric: the same sentence, another segment, keeps the point; an unknown id is a content error', () => {
    const r = rubric('"leak"', undefined, {
      misconceptions: [
        { id: 'm', pattern: 'backwards', cancelsInSegment: ['p'], correction: 'It is the other way.' },
      ],
    });
    expect(grade(r, 'It leaks backwards.').points[0]?.earned).toBe(false);
    expect(grade(r, 'It leaks and the rest goes backwards.').points[0]?.earned).toBe(true);
    expect(() =>
      rubric('"leak"', undefined, {
        misconceptions: [
          { id: 'm', pattern: 'backwards', cancelsInSegment: ['nope'], correction: 'It is the other way.' },
        ],
      }),
    ).toThrow(/no point "nope"/);
    expect(() =>
      rubric('"leak"', undefined, {
        misconceptions: [
          {
            id: 'm',
            pattern: 'backwards',
            cancels: ['p'],
            cancelsInSegment: ['p'],
            correction: 'It is the other way.',
          },
        ],
      }),
    ).toThrow(/also under `cancels`/);
  });
});

describe('round 116: mined from stored batches', () => {
  it('"the toxin prevents it from binding" is no binding; the toxin binding is not', () => {
    expect(
      earned(
        syn,
        'Acetylcholine diffuses across the cleft. The toxin prevents it from binding to the receptors.',
      ),
    ).toContain('no-binding');
    expect(
      earned(syn, 'The toxin binds to the receptors and prevents the channel from opening.'),
    ).not.toContain('no-binding');
  });
});
