import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags } from './helpers.js';

/*
 * General rules from round 78, tuned on blind batch CA (issue 7) after it had been graded once,
 * untouched, on the engine of round 77 (96.9% of 1,500 point decisions, two of three targets met).
 * Each rule has the answer it must now read as its writer did and a near miss it must still refuse.
 */
describe('round 78', () => {
  it('a cross mark before a word is "not", as "≠" and a note-form "X" are', () => {
    for (const mark of ['✗', '✘', '✖', '❌']) {
      expect(earned('synapse-neurotoxin', `ACh ${mark} bind → channel closed → no Na+ in`)).toContain(
        'no-binding',
      );
    }
    expect(earned('synapse-neurotoxin', 'ACh binds → channel opens → Na+ in')).not.toContain('no-binding');
  });

  it('a capital V alone before an up or down arrow is the voltage', () => {
    const answer = 'depol: Na+ → in, V↑ / repol: K+ → out, V ↓ back to rest';
    expect(earned('depolarization-vs-repolarization', answer)).toContain('depol-less-negative');
    expect(earned('depolarization-vs-repolarization', 'depol: Na+ → in, V / repol: K+ → out')).not.toContain(
      'depol-less-negative',
    );
  });

  it('"put" moves the pump\'s ions too: "it put sodium inside and potassium go outside" is reversed', () => {
    const answer =
      'Active example: sodium potassium pump, it put sodium inside the cell and potassium go outside. Passive example: oxygen.';
    expect(flags('passive-vs-active', answer)).toContain('pump-reversed');
    expect(earned('passive-vs-active', answer)).not.toContain('examples');
    const right =
      'Active example: sodium potassium pump, it put sodium outside the cell and potassium go inside. Passive example: oxygen diffusing.';
    expect(flags('passive-vs-active', right)).not.toContain('pump-reversed');
  });

  it('"as soon as it\'s blocked" is a condition of its own: its "blocked" denies nothing after it', () => {
    const answer = "as soon as it's blocked the membrane potential instantly goes to 0";
    expect(earned('pump-blocked', answer)).toContain('less-negative');
    expect(earned('pump-blocked', 'when the pump is blocked the gradients will slowly disappear')).toContain(
      'gradients-run-down',
    );
    // A verb in the past, not "is blocked": the clause goes on.
    expect(earned('pump-blocked', 'ouabain blocked the gradients from running down')).not.toContain(
      'gradients-run-down',
    );
  });

  it('"can keep firing" and "it will never stop" are firing that goes on, not a neuron that cannot fire', () => {
    expect(
      earned(
        'pump-blocked',
        "Since ouabain doesn't block channels the neuron can keep firing action potentials.",
      ),
    ).not.toContain('cannot-fire');
    expect(
      earned(
        'pump-blocked',
        'the neuron will fire more action potentials and the cell will keep firing over and over it will never stop',
      ),
    ).not.toContain('cannot-fire');
    expect(earned('pump-blocked', "the neuron can't keep firing action potentials")).toContain('cannot-fire');
  });

  it('"less" before "negative" is the charge, not fewer action potentials', () => {
    const answer = 'During an action potential the membrane gets less negative as Na+ rushes in.';
    expect(earned('pump-blocked', answer)).not.toContain('cannot-fire');
    expect(earned('pump-blocked', 'Eventually it will fire less action potentials, then none.')).toContain(
      'cannot-fire',
    );
  });

  it('"a few more action potentials" before the neuron stops is no prediction of more firing', () => {
    const answer =
      'The neuron might fire a few more action potentials but eventually it will run out and stop firing because the gradients are used up.';
    expect(flags('pump-blocked', answer)).not.toContain('fires-more');
    expect(flags('pump-blocked', 'The neuron will fire more action potentials than before.')).toContain(
      'fires-more',
    );
  });

  it('a bracketed gloss the rubric knows is read in place of the comparison words before it', () => {
    const answer =
      'The water keeps going into the cell and it lyses. theres no security guard (cell wall) to stop the crowd';
    expect(earned('osmosis-red-blood-cell', answer)).toContain('no-wall');
    // The comparison word is still read where no gloss stands for it.
    expect(
      earned(
        'osmosis-red-blood-cell',
        'The water keeps going into the cell and it lyses. theres no security guard to stop the crowd',
      ),
    ).not.toContain('no-wall');
    // "the inside gets all hyped (positive)": one word.
    expect(
      earned(
        'depolarization-vs-repolarization',
        'During depolarization the Na+ crowd rushes inside, so the inside gets all hyped (positive).',
      ),
    ).toContain('depol-less-negative');
  });

  it('a supposed event that names its process by the verb ("would repolarize") describes it', () => {
    const answer =
      'If the K+ channels opened next, potassium would flow out and the membrane would repolarize back to resting.';
    expect(earned('depolarization-vs-repolarization', answer)).toContain('repol-potassium-out');
    // A supposed state stays imagined, and so does a supposition a "but" turns against.
    expect(
      earned(
        'depolarization-vs-repolarization',
        'If the K+ channels were open, potassium would flow out and the membrane would repolarize.',
      ),
    ).not.toContain('repol-potassium-out');
    expect(
      earned(
        'depolarization-vs-repolarization',
        'If the K+ channels opened, potassium would flow out and the membrane would repolarize, but they stay shut.',
      ),
    ).not.toContain('repol-potassium-out');
  });

  it('a comparison declared with a three-word side, run on into "it", stands for its term later', () => {
    const answer =
      'the channel is like the light rail turnstile it only opens when you tap your card. toxin = somebody jammed the card reader so ACh cant bind. turnstile never opens so nobody gets thru.';
    expect(earned('synapse-neurotoxin', answer)).toContain('channel-closed');
    // Nothing declared: the turnstile is only a turnstile.
    const bare =
      'toxin = somebody jammed the card reader so ACh cant bind. turnstile never opens so nobody gets thru.';
    expect(earned('synapse-neurotoxin', bare)).not.toContain('channel-closed');
  });

  it('a phase named mid-clause right before an ion opens the next statement of a run-on', () => {
    const answer =
      'depolarization sodium goes in the cell and it gets more positive repolarization potassium goes out and it gets negative again';
    expect(earned('depolarization-vs-repolarization', answer)).toContain('depol-less-negative');
    // "during repolarization" still names when the fact before it happens.
    expect(
      earned(
        'depolarization-vs-repolarization',
        'the inside gets more positive during repolarization potassium goes out',
      ),
    ).not.toContain('depol-less-negative');
  });

  it('a denied entry with its verb before the ion ("no entra Na+") is no sodium entry', () => {
    expect(earned('synapse-neurotoxin', 'The channels no open so no entra Na+ to the cell.')).toContain(
      'no-sodium-entry',
    );
    expect(earned('synapse-neurotoxin', 'The channels open so entra Na+ to the cell.')).not.toContain(
      'no-sodium-entry',
    );
  });

  it('"be able" does not use up the reach of a negation ("wouldn\'t be able to fire any more …")', () => {
    const answer = "If it gets close to zero the neuron wouldn't be able to fire any more action potentials.";
    expect(flags('pump-blocked', answer)).not.toContain('fires-more');
    expect(earned('pump-blocked', answer)).toContain('cannot-fire');
    expect(flags('pump-blocked', 'The neuron would be able to fire many more action potentials.')).toContain(
      'fires-more',
    );
  });

  it('passive vs active: a passive example is not read across a pump, and the H+/K+ pump is an active one', () => {
    expect(
      earned('passive-vs-active', 'Example: active is the sodium-potassium pump, passive is uh diffusion.'),
    ).not.toContain('examples');
    expect(
      earned(
        'passive-vs-active',
        'Ex: passive = CO2 diffusing out of muscle cells, active = H+/K+ pumps in the stomach lining',
      ),
    ).toContain('examples');
    expect(
      earned(
        'passive-vs-active',
        'Ex passive: Na+ rushing into a neuron through voltage gated channels. Ex active: the sodium potassium pump.',
      ),
    ).toContain('examples');
  });
});
