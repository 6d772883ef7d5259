import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags } from './helpers.js';

/*
 * General rules from round 76, tuned on blind batch BY (issue 7) after it had been graded once,
 * untouched, on the engine of round 75 (97.3% of 1,500 point decisions, one of three targets).
 * Each rule has the answer it must now read as its writer did and a near miss it must still refuse.
 */
describe('round 76', () => {
  it('a phase after "during" says when the fact before it happens, even with a verb after it', () => {
    const answer =
      'Na+ going in during depolarization and K+ going out during repolarization are both just diffusion through channels.';
    expect(earned('depolarization-vs-repolarization', answer)).toEqual(
      expect.arrayContaining(['depol-sodium-in', 'repol-potassium-out', 'both-passive']),
    );
    expect(flags('depolarization-vs-repolarization', answer)).not.toContain('swaps-phases');
    // A phase that opens its own statement still heads what follows it.
    expect(
      flags('depolarization-vs-repolarization', 'Repolarization is when Na+ flows into the cell.'),
    ).toContain('swaps-phases');
  });

  it('"X is passive and Y … is active": the subject after "is" at the end names Y', () => {
    const answer =
      'O2 going into your cells is passive and the sodium potassium pump sending 3 sodium out and 2 potassium in is active';
    expect(earned('passive-vs-active', answer)).toContain('examples');
    expect(flags('passive-vs-active', answer)).not.toContain('examples-swapped');
    expect(
      flags('passive-vs-active', 'The sodium potassium pump is passive and osmosis is active.'),
    ).toContain('examples-swapped');
  });

  it('"only blocked for a minute" holds for a while: no "no change" prediction is read from it', () => {
    const answer =
      'If the pump was only blocked for a minute, nothing much would happen because the gradients are big. But over several hours the leaks would slowly run down the gradients, so Vm would creep up to 0.';
    expect(flags('pump-blocked', answer)).not.toContain('no-effect');
    expect(flags('pump-blocked', 'Nothing much would happen because the gradients are big.')).toContain(
      'no-effect',
    );
  });

  it('"with it blocked" is a condition of its own: its "blocked" denies nothing after it', () => {
    expect(earned('pump-blocked', 'So with it blocked the gradients slowly run down.')).toContain(
      'gradients-run-down',
    );
    expect(earned('pump-blocked', 'The pump blocked the gradients from running down.')).not.toContain(
      'gradients-run-down',
    );
  });

  it('a restated subject opening its statement ("The Na+ channels, I mean the ACh receptors, won\'t open")', () => {
    expect(
      earned(
        'synapse-neurotoxin',
        "The Na+ channels, I mean the ACh receptors, won't open because of the toxin.",
      ),
    ).toContain('channel-closed');
    // Mid-sentence, a plain-English restatement still takes back the clause before it.
    expect(
      earned('synapse-neurotoxin', "ACh can't bind so the channels open, I mean close, and no Na+ enters."),
    ).not.toContain('channel-closed');
  });

  it('"lose a +": a lone plus after "a" is a positive charge', () => {
    expect(
      earned(
        'resting-potential-pump',
        'na+ goes out k+ comes in, 3 out 2 in so u lose a + every time n the inside gets neg.',
      ),
    ).toContain('net-charge');
  });

  it('nothing takes the leaked ions out, and a leak that keeps going, are not restored', () => {
    expect(
      earned(
        'pump-blocked',
        'Sodium keeps coming in through leak channels and nothing takes it out, so the inside gets more positive.',
      ),
    ).toContain('leak-not-restored');
    expect(
      earned(
        'pump-blocked',
        'pump dead = no more Na out / K in. leaks keep goin so gradients gone eventually.',
      ),
    ).toContain('leak-not-restored');
    // The pump's own verb, with no leak: refused as before.
    expect(
      earned(
        'pump-blocked',
        'The potassium will go inside the cell because the pump is not taking it out anymore.',
      ),
    ).not.toContain('leak-not-restored');
  });

  it('content: "AP → stops", "going where its already more crowded", a stopped pump keeping sodium out', () => {
    expect(earned('pump-blocked', 'RMP → less neg. AP → stops eventually.')).toContain('cannot-fire');
    expect(
      earned(
        'resting-potential-pump',
        '3 Na+ get kicked out for every 2 K+ that get let in. The guard needs ATP since they are going where its already more crowded.',
      ),
    ).toContain('against-gradient');
    expect(
      earned(
        'synapse-neurotoxin',
        'The neurotoxin makes the sodium potassium pump stop working so the sodium cant get pumped in.',
      ),
    ).not.toContain('no-sodium-entry');
    expect(
      earned('synapse-neurotoxin', 'ACh cannot bind so the channel stays shut and sodium cant get in.'),
    ).toContain('no-sodium-entry');
  });
});
