import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags } from './helpers.js';

/*
 * Round 87: readings found in the stored batches (A–CJ) while batch CK waited, written but unread,
 * before it was graded. Each moved decisions towards their writers and none against. Each rule has
 * the answer it must now read as its writer did and a near miss it must still refuse.
 */
describe('round 87', () => {
  it('a wrong prediction taken back with a repair before the right one is not reported (synapse)', () => {
    const answer =
      "The membrane will depolarize even more because more ACh builds up in the cleft, wait no, the ACh can't bind to the receptor so it won't depolarize at all, it just stays at resting potential.";
    expect(flags('synapse-neurotoxin', answer)).not.toContain('predicts-depolarization');
    expect(flags('synapse-neurotoxin', answer)).not.toContain('depolarizes-more');
    expect(earned('synapse-neurotoxin', answer)).toContain('prediction');
    // Said last, the wrong prediction takes the right one back.
    const flipped =
      'The membrane will not depolarize. Actually wait no, the ACh still gets released so it will depolarize normally.';
    expect(earned('synapse-neurotoxin', flipped)).not.toContain('prediction');
    expect(flags('synapse-neurotoxin', flipped)).toContain('predicts-depolarization');
  });

  it('"or rather" repairs what came before it ("will depolarize less, or rather it won\'t depolarize at all")', () => {
    const answer =
      "The postsynaptic cell will depolarize less, or rather it won't depolarize at all, because sodium can't come in through the receptor channels since they stay closed.";
    expect(flags('synapse-neurotoxin', answer)).not.toContain('predicts-depolarization');
    expect(flags('synapse-neurotoxin', 'The postsynaptic cell will depolarize less than normal.')).toContain(
      'predicts-depolarization',
    );
  });

  it('active transport said to need no energy, then repaired, is not reported', () => {
    const answer =
      "Active transport doesn't need energy bc it uses proteins- wait no, I mixed them up. Passive is the one that doesn't need energy, active needs ATP.";
    expect(flags('passive-vs-active', answer)).not.toContain('active-no-energy');
    expect(earned('passive-vs-active', answer)).toContain('active-energy');
    expect(
      flags(
        'passive-vs-active',
        "Active transport needs ATP. Actually no, active transport doesn't need energy.",
      ),
    ).toContain('active-no-energy');
  });

  it('the counts given the wrong way round earn no ratio ("3 potassium for every 2 sodium")', () => {
    expect(
      earned(
        'resting-potential-pump',
        'Sodium goes out and potassium comes in. It moves 3 potassium for every 2 sodium.',
      ),
    ).not.toContain('ratio');
    expect(
      earned(
        'resting-potential-pump',
        'Sodium goes out and potassium comes in. It moves 3 sodium for every 2 potassium.',
      ),
    ).toContain('ratio');
  });

  it('more firing predicted after the words that earned "cannot fire" takes the point back', () => {
    expect(
      earned(
        'pump-blocked',
        'It will get more negative since the pump isnt working anymore and the neuron will fire more often',
      ),
    ).not.toContain('cannot-fire');
    expect(
      earned('pump-blocked', 'After a few hours the neuron can no longer fire action potentials.'),
    ).toContain('cannot-fire');
  });

  it('the second item of an examples list is not said of the kind named before the list', () => {
    const answer =
      'passive transport can use channel proteins or carrier proteins, examples are glucose going through a GLUT transporter and the sodium potassium pump';
    expect(flags('passive-vs-active', answer)).not.toContain('examples-swapped');
    expect(
      flags('passive-vs-active', 'An example of passive transport is the sodium potassium pump.'),
    ).toContain('examples-swapped');
  });

  it('both ways along a gradient say neither ("goes up or down the gradient", "moves against, or with, the gradient")', () => {
    const answer = 'Active uses ATP and moves against, or with, the gradient.';
    expect(flags('passive-vs-active', answer)).not.toContain('active-down-gradient');
    expect(earned('passive-vs-active', answer)).not.toContain('active-against-gradient');
    expect(earned('passive-vs-active', answer)).toContain('active-energy');
    expect(
      flags(
        'passive-vs-active',
        'Active transport probably goes up or down the gradient depending on the cell.',
      ),
    ).not.toContain('active-down-gradient');
    expect(earned('passive-vs-active', 'Active uses ATP and moves against the gradient.')).toContain(
      'active-against-gradient',
    );
  });
});
