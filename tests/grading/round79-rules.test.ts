import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags } from './helpers.js';

/*
 * General rules from round 79, tuned on blind batch CB (issue 7) after it had been graded once,
 * untouched, on the engine of round 78 (96.8% of 1,500 point decisions, two of three targets met).
 * Each rule has the answer it must now read as its writer did and a near miss it must still refuse.
 */
describe('round 79', () => {
  it('"wait no actually in" completes the corrected statement, as "wait no, in" does', () => {
    const answer = 'depolarization = Na+ goes out of the cell, wait no actually in. makes it positive.';
    expect(earned('depolarization-vs-repolarization', answer)).toContain('depol-sodium-in');
    expect(
      earned('depolarization-vs-repolarization', 'depolarization = Na+ goes out of the cell.'),
    ).not.toContain('depol-sodium-in');
  });

  it('a "no" that answers a question before "actually" denies nothing after it', () => {
    const answer = "alike: both use ATP? no actually they're both passive, down the gradient.";
    expect(earned('depolarization-vs-repolarization', answer)).toContain('both-passive');
    expect(earned('depolarization-vs-repolarization', "alike: they're not both passive.")).not.toContain(
      'both-passive',
    );
  });

  it('"Vm up" in note form is the potential rising', () => {
    expect(earned('depolarization-vs-repolarization', 'Na+ in → Vm up (depol).')).toContain(
      'depol-less-negative',
    );
    expect(earned('depolarization-vs-repolarization', 'Na+ in → Vm (depol).')).not.toContain(
      'depol-less-negative',
    );
  });

  it('an "in" that ends another ion\'s statement is not sodium entering: "K+ that goes in and Na+ goes out"', () => {
    const answer = "Actually no, I think it's K+ that goes in and Na+ goes out.";
    expect(earned('depolarization-vs-repolarization', answer)).not.toContain('depol-sodium-in');
    expect(flags('depolarization-vs-repolarization', answer)).toContain('potassium-enters-repol');
    expect(earned('depolarization-vs-repolarization', 'Depolarization: influx of Na+.')).toContain(
      'depol-sodium-in',
    );
  });

  it('osmosis: "more stuff inside the cell than outside" and "inside the cell theres less water" say which side has more solute', () => {
    expect(
      earned('osmosis-red-blood-cell', 'water goes in bc theres more stuff inside the cell than outside.'),
    ).toContain('hypotonic');
    expect(
      earned(
        'osmosis-red-blood-cell',
        'Inside the cell theres less water (more salt and proteins) so water flows in.',
      ),
    ).toContain('hypotonic');
    expect(
      earned('osmosis-red-blood-cell', 'Inside the cell theres more water so water flows out.'),
    ).not.toContain('hypotonic');
  });

  it('"and it pushes in" is the water named before it moving in', () => {
    const answer =
      'Water is on the outside where theres no solute so the water is hypotonic and it pushes in by osmosis.';
    expect(earned('osmosis-red-blood-cell', answer)).toContain('water-enters');
    expect(
      earned(
        'osmosis-red-blood-cell',
        'Water is on the outside where theres no solute so the water is hypotonic.',
      ),
    ).not.toContain('water-enters');
  });

  it('resting pump: "loses 3 + but only gets 2 + back" and "net -1 positive charge each cycle" are the net charge', () => {
    expect(
      earned(
        'resting-potential-pump',
        'since the inside loses 3 + but only gets 2 + back it gets more negative',
      ),
    ).toContain('net-charge');
    expect(
      earned('resting-potential-pump', 'net -1 positive charge each cycle so inside more neg'),
    ).toContain('net-charge');
    expect(earned('resting-potential-pump', 'the inside loses 2 + but gets 3 + back')).not.toContain(
      'net-charge',
    );
  });

  it('getting off and getting on (the cell as a bus) are leaving and entering', () => {
    const answer = 'Its like the bus door at school. Sodium gets off and potassium gets on.';
    expect(earned('resting-potential-pump', answer)).toEqual(
      expect.arrayContaining(['sodium-out', 'potassium-in']),
    );
    const reversed = 'Its like the bus door at school. Sodium gets on and potassium gets off.';
    expect(earned('resting-potential-pump', reversed)).not.toContain('sodium-out');
  });

  it('after "every" or "each" a cue word is a noun: "Every stop 3 Na+ kids get kicked off"', () => {
    const answer = 'Every stop 3 Na+ kids get kicked off and 2 K+ kids get on.';
    expect(earned('resting-potential-pump', answer)).toContain('sodium-out');
    expect(earned('resting-potential-pump', 'The pumps stop 3 Na+ kids getting kicked off.')).not.toContain(
      'sodium-out',
    );
  });

  it('"For part (a), whether …, <answer>": the copied question heads the answer after its comma', () => {
    const answer =
      'For part (a), whether each needs an input of energy from the cell, passive transport does not need an input of energy from the cell while active transport does need an input of energy from the cell.';
    expect(earned('passive-vs-active', answer)).toEqual(
      expect.arrayContaining(['passive-no-energy', 'active-energy']),
    );
    // A "whether" that is not a heading still puts a question, not an answer.
    expect(
      earned(
        'passive-vs-active',
        "I don't know whether passive transport needs energy, maybe active does need energy.",
      ),
    ).not.toContain('passive-no-energy');
  });

  it('pump blocked: ions that "not go back" are not restored', () => {
    const answer =
      'Because the pump is stop, the sodium come in and potassium go out by itself and the pump is stop so they not go back.';
    expect(earned('pump-blocked', answer)).toContain('leak-not-restored');
    expect(
      earned(
        'pump-blocked',
        'Because the pump is stop, the sodium come in and potassium go out and they go back.',
      ),
    ).not.toContain('leak-not-restored');
  });

  it('synapse: ACh that "has no place to go" cannot bind', () => {
    expect(
      earned('synapse-neurotoxin', 'The toxin fills the receptors, so the ACh has no place to go.'),
    ).toContain('no-binding');
    expect(
      earned('synapse-neurotoxin', 'The toxin fills the receptors, so the ACh has a place to go.'),
    ).not.toContain('no-binding');
  });

  it('"they" before a verb of movement and a direction is the ion named before it', () => {
    const answer =
      'Na+ is crowded outside so when the gates open they rush in and the inside gets more positive.';
    expect(earned('depolarization-vs-repolarization', answer)).toContain('depol-sodium-in');
    expect(
      earned(
        'depolarization-vs-repolarization',
        'The gates are crowded outside so when the doors open they rush in.',
      ),
    ).not.toContain('depol-sodium-in');
  });

  it('"no actually" opening a sentence takes back the sentence before', () => {
    const answer =
      'The ACh cant bind because the toxin is in the way. no actually since there is still ACh released some of it will still open the channels.';
    expect(earned('synapse-neurotoxin', answer)).not.toContain('no-binding');
    expect(earned('synapse-neurotoxin', 'The ACh cant bind because the toxin is in the way.')).toContain(
      'no-binding',
    );
  });

  it('resting pump: each ion moved "even though" there is already more of it on that side is against its gradient', () => {
    const answer =
      'Na+ is pumped out even though there is more Na+ outside, and K+ is pumped in even though there is more K+ inside.';
    expect(earned('resting-potential-pump', answer)).toContain('against-gradient');
    const gradients =
      'It kicks 3 Na+ out and lets only 2 K+ back in, even though theres already way more Na+ outside and more K+ inside.';
    expect(earned('resting-potential-pump', gradients)).toContain('against-gradient');
    expect(
      earned('resting-potential-pump', 'Na+ is pumped out even though there is more Na+ outside.'),
    ).not.toContain('against-gradient');
  });

  it('"bond to" is binding', () => {
    expect(earned('synapse-neurotoxin', 'the acetylcholine cant bond to the recepter')).toContain(
      'no-binding',
    );
    expect(earned('synapse-neurotoxin', 'the acetylcholine can bond to the recepter')).not.toContain(
      'no-binding',
    );
  });
});
