import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags } from './helpers.js';

/*
 * General rules from round 81, tuned on blind batch CE (issue 7) after it had been graded once,
 * untouched, on the engine of round 80 (97.3% of 1,500 point decisions, one of three targets met).
 * Each rule has the answer it must now read as its writer did and a near miss it must still refuse.
 */
describe('round 81', () => {
  it('"active … because its pump proteins need ATP" gives the ATP as the reason: no protein-means-active', () => {
    const answer = 'Active transport would stop because its pump proteins need ATP to change shape.';
    expect(flags('passive-vs-active', answer)).not.toContain('protein-means-active');
    expect(
      flags('passive-vs-active', 'Facilitated diffusion is active because it uses a carrier protein.'),
    ).toContain('protein-means-active');
  });

  it('an ellipsis between a verb of movement and its direction ("K+ going... in? wait no, out") is a pause inside the statement', () => {
    const answer = 'Repolarization is K+ going... in? wait no, out.';
    expect(earned('depolarization-vs-repolarization', answer)).toContain('repol-potassium-out');
    expect(earned('depolarization-vs-repolarization', 'Repolarization is K+ going... in?')).not.toContain(
      'repol-potassium-out',
    );
  });

  it('a bare relative that says where the ion was ("the K+ fans who were inside leave") is an aside of its own', () => {
    const answer = 'Repolarization: the K+ fans who were inside leave through their own gates.';
    expect(earned('depolarization-vs-repolarization', answer)).toContain('repol-potassium-out');
    expect(
      earned(
        'depolarization-vs-repolarization',
        'Repolarization: the K+ fans who were outside come inside through their own gates.',
      ),
    ).not.toContain('repol-potassium-out');
  });

  it('an "it" that moves right after a channel opens is the ion; "outward" is a direction after a verb of movement', () => {
    const answer =
      'The Na+ is built up behind the dam outside the cell, when the voltage gated channel opens it spills in. Repolarization is the same but potassium and it spills outward.';
    expect(earned('depolarization-vs-repolarization', answer)).toEqual(
      expect.arrayContaining(['depol-sodium-in', 'repol-potassium-out']),
    );
    expect(
      earned(
        'depolarization-vs-repolarization',
        'The cell is built up behind the dam, when the channel opens it spills in.',
      ),
    ).not.toContain('depol-sodium-in');
  });

  it('a signed number after an opening bracket keeps its sign ("(−70 → +30 mV)"), and "from -70 mV up to about +30 mV" is the rise', () => {
    expect(earned('depolarization-vs-repolarization', 'Na+ in → depol (−70 → +30 mV).')).toContain(
      'depol-less-negative',
    );
    expect(
      earned(
        'depolarization-vs-repolarization',
        'Depolarization: membrane potential goes from -70 mV up to about +30 mV.',
      ),
    ).toContain('depol-less-negative');
    expect(earned('depolarization-vs-repolarization', 'Na+ in → depol (+30 → −70 mV).')).not.toContain(
      'depol-less-negative',
    );
  });

  it('pump blocked reads "nobody gets it out", "no one take it out", "no pump" with leak channels open, and "not there to re-establish them"', () => {
    expect(
      earned('pump-blocked', 'Water keeps seeping in through the crack and nobody gets it out.'),
    ).toContain('leak-not-restored');
    expect(earned('pump-blocked', 'So Na+ come in the cell and no one take it out.')).toContain(
      'leak-not-restored',
    );
    expect(earned('pump-blocked', '[Na+] inside rises since leak channels stay open and no pump.')).toContain(
      'leak-not-restored',
    );
    expect(
      earned('pump-blocked', 'Na+ & K+ leak passively and the pump isnt there to re-establish them.'),
    ).toContain('leak-not-restored');
    // Without a leak the missing pump alone is not the point.
    expect(earned('pump-blocked', 'Nobody gets the ouabain out of the cell.')).not.toContain(
      'leak-not-restored',
    );
  });

  it('the resting pump reads "contrary to the gradient" and "each ion to the side its already high on" as against both gradients', () => {
    const pump = 'The pump moves 3 Na+ out and 2 K+ in using ATP.';
    expect(
      earned('resting-potential-pump', `${pump} The ions go contrary to the gradient of concentration.`),
    ).toContain('against-gradient');
    expect(
      earned(
        'resting-potential-pump',
        `${pump} It keeps it that way by moving each ion to the side its already high on.`,
      ),
    ).toContain('against-gradient');
    expect(
      earned('resting-potential-pump', `${pump} It moves each ion to the side where it is low.`),
    ).not.toContain('against-gradient');
  });

  it('a "them" after a verb that moves things, before a direction, is the one kind of ion named before it', () => {
    expect(
      earned(
        'resting-potential-pump',
        'It grabs 3 sodiums from inside the cell and flips and dumps them outside.',
      ),
    ).toContain('sodium-out');
    // Two kinds named together: "them" stands for neither alone.
    expect(
      earned('resting-potential-pump', 'It grabs Na+ and K+ from inside the cell and dumps them outside.'),
    ).not.toContain('sodium-out');
  });

  it('pump blocked reads "just as packed inside as outside" as the gradients run down', () => {
    expect(earned('pump-blocked', 'So eventually its just as packed inside as outside.')).toContain(
      'gradients-run-down',
    );
    expect(earned('pump-blocked', 'Its twice as packed inside as outside.')).not.toContain(
      'gradients-run-down',
    );
  });

  it('depolarization vs repolarization reads "in both … nobody has to spend energy" as both passive', () => {
    expect(
      earned(
        'depolarization-vs-repolarization',
        'Same: in both the crowd just moves through the gates, nobody has to spend energy pushing them.',
      ),
    ).toContain('both-passive');
    expect(
      earned(
        'depolarization-vs-repolarization',
        'Same: in both the crowd moves through the gates, somebody has to spend energy pushing them.',
      ),
    ).not.toContain('both-passive');
  });
});
