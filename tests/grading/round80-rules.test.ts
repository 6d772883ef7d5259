import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags } from './helpers.js';

/*
 * General rules from round 80, tuned on blind batches CC and CD (issue 7) after each had been graded
 * once, untouched, on the final engine of the session before (CC 96.6%, CD 96.0% of 1,500 point
 * decisions). Each rule has the answer it must now read as its writer did and a near miss it must
 * still refuse.
 */
describe('round 80', () => {
  it('a question after "... so" doubts the consequence after the pause, not the fact before it', () => {
    const answer =
      'Repol - K+ goes out of the cell, which takes away positive charge... so the cell gets more positive? no wait, more negative.';
    expect(earned('depolarization-vs-repolarization', answer)).toContain('repol-potassium-out');
    // Without the pause the question still doubts its whole sentence, and "... or is it" doubts
    // the statement before the ellipsis too.
    expect(
      earned('depolarization-vs-repolarization', 'K+ goes out of the cell so the cell gets more positive?'),
    ).not.toContain('repol-potassium-out');
    expect(
      earned('resting-potential-pump', '3 Na out 2 K in... or is it 2 Na and 3 K? uses ATP'),
    ).not.toContain('ratio');
  });

  it('a spliced "it" after a clause that ends with an ion is that ion ("the main ion that moves is Na+, it moves in")', () => {
    const answer = 'Depolarization: the main ion that moves is Na+, it moves into the cell.';
    expect(earned('depolarization-vs-repolarization', answer)).toContain('depol-sodium-in');
    expect(
      earned(
        'depolarization-vs-repolarization',
        'Depolarization: the main ion that moves is Na+, it changes the cell.',
      ),
    ).not.toContain('depol-sodium-in');
  });

  it('"which" after an ion, before a move "from" one side "to" the other, is that ion', () => {
    const answer = 'the main ion is sodium (Na+), which moves from outside the neuron to the inside.';
    expect(earned('depolarization-vs-repolarization', answer)).toContain('depol-sodium-in');
    expect(
      earned(
        'depolarization-vs-repolarization',
        'the main ion is sodium (Na+), which moves from inside the neuron to the outside.',
      ),
    ).not.toContain('depol-sodium-in');
  });

  it('a reduced relative between commas ("K+, more concentrated inside, diffuses outward") keeps the subject with its verb', () => {
    const answer = 'Repolarization: K+, more concentrated inside, diffuses outward.';
    expect(earned('depolarization-vs-repolarization', answer)).toContain('repol-potassium-out');
    expect(
      earned('depolarization-vs-repolarization', 'Repolarization: K+, more concentrated inside, stays put.'),
    ).not.toContain('repol-potassium-out');
  });

  it('depolarization vs repolarization reads a movement named as a noun ("the outward diffusion of potassium")', () => {
    const answer =
      'Repolarization is the outward diffusion of potassium cations, restoring the negative interior.';
    expect(earned('depolarization-vs-repolarization', answer)).toContain('repol-potassium-out');
    expect(
      earned(
        'depolarization-vs-repolarization',
        'Repolarization is the outward diffusion of sodium cations.',
      ),
    ).not.toContain('repol-potassium-out');
  });

  it('energy that describes the Na/K pump named right after it ("the ATP-using Na⁺/K⁺ pump") is not the channels using ATP', () => {
    const answer =
      'Alike: both are passive — ions flow through gated channels down gradients; the ATP-using Na⁺/K⁺ pump is not what drives either phase.';
    expect(flags('depolarization-vs-repolarization', answer)).not.toContain('diffusion-uses-atp');
    expect(earned('depolarization-vs-repolarization', answer)).toContain('both-passive');
    expect(
      flags(
        'depolarization-vs-repolarization',
        'Alike: the ions go through channels and use ATP like a pump.',
      ),
    ).toContain('diffusion-uses-atp');
  });

  it('a supposition marked as the next step ("If K+ channels then opened, …") walks on from one read as the facts', () => {
    const answer =
      'If sodium channels open, Na+ would come into the cell and the inside would get less negative, that would be depolarization. If potassium channels then opened, K+ would leave and the cell would go back to its resting potential.';
    expect(earned('depolarization-vs-repolarization', answer)).toEqual(
      expect.arrayContaining(['repol-potassium-out', 'repol-back-to-rest']),
    );
    // A supposed state set against the facts stays imagined.
    expect(
      earned(
        'depolarization-vs-repolarization',
        'If the cell had no potassium channels, K+ would never leave and the cell would not go back to rest.',
      ),
    ).not.toContain('repol-potassium-out');
  });

  it('repolarization reads "the inside goes back to negative" after the ions went "to the outside" in the same clause', () => {
    const answer =
      'For repolarization the potassium ions move to the outside and the inside goes back to negative like resting.';
    expect(earned('depolarization-vs-repolarization', answer)).toContain('repol-back-to-rest');
    expect(
      earned(
        'depolarization-vs-repolarization',
        'For repolarization the potassium ions move out and the outside goes back to negative.',
      ),
    ).not.toContain('repol-back-to-rest');
  });

  it('a clipped "cause" before a contracted subject is "because" and opens a clause; the verb "cause" is not', () => {
    const answer =
      'the pump takes sodium out and brings potassium in its 3 to 2 it needs atp cause its going against the gradient';
    expect(earned('resting-potential-pump', answer)).toContain('against-gradient');
    expect(
      earned(
        'resting-potential-pump',
        'the pump takes sodium out and brings potassium in its 3 to 2 it needs atp and its going against the gradient',
      ),
    ).not.toContain('against-gradient');
  });

  it('the resting pump moves each ion "where there\'s already more (lots)" of it: against its gradient', () => {
    const answer =
      "The pump uses ATP to send Na+ out where there's already lots of Na+, and bring K+ in where there's already lots of K+.";
    expect(earned('resting-potential-pump', answer)).toContain('against-gradient');
    expect(
      earned(
        'resting-potential-pump',
        "The pump uses ATP to send Na+ out where there's already lots of Na+.",
      ),
    ).not.toContain('against-gradient');
  });

  it('pump blocked reads leaked ions that are "not go out again" as not restored', () => {
    const answer =
      'After ouabain, pump is not working so the Na+ that come in by leak channel is not go out again, and K+ also not come back in.';
    expect(earned('pump-blocked', answer)).toContain('leak-not-restored');
    expect(earned('pump-blocked', 'Without the pump, K+ can’t get back into the cell.')).not.toContain(
      'leak-not-restored',
    );
  });

  it('pump blocked reads "the same amount of each on both sides" as the gradients run down', () => {
    expect(earned('pump-blocked', "Eventually there's the same amount of each on both sides.")).toContain(
      'gradients-run-down',
    );
    expect(earned('pump-blocked', "There's a different amount of each on both sides.")).not.toContain(
      'gradients-run-down',
    );
  });

  it('"with no <noun>" opening a sentence before a new subject is a condition whose "no" denies nothing after it', () => {
    expect(earned('pump-blocked', 'With no gradient the membrane sits near 0 mV instead of -70.')).toContain(
      'less-negative',
    );
    expect(flags('pump-blocked', 'with no pump the neuron will fire action potentials nonstop')).toContain(
      'fires-more',
    );
    // Without a new subject after it the "no" still reaches on: "no gradient near 0" is not said.
    expect(earned('pump-blocked', 'The membrane has no way to get near 0 mV.')).not.toContain(
      'less-negative',
    );
  });

  it('synapse reads "will be same, resting" as the prediction and "it is not find place to bind" as no binding', () => {
    expect(earned('synapse-neurotoxin', 'Membrane potential will be same, resting, -70mV.')).toContain(
      'prediction',
    );
    expect(earned('synapse-neurotoxin', 'The amount of ACh released will be the same.')).not.toContain(
      'prediction',
    );
    expect(earned('synapse-neurotoxin', 'ACh is coming but it is not find place to bind.')).toContain(
      'no-binding',
    );
    expect(earned('synapse-neurotoxin', 'ACh is coming and it will find a place to bind.')).not.toContain(
      'no-binding',
    );
  });

  it('synapse reads sodium "stuck outside" as not entering, as it reads "stays outside"', () => {
    expect(earned('synapse-neurotoxin', 'The sodium ions will be stuck outside the cell.')).toContain(
      'no-sodium-entry',
    );
    expect(earned('synapse-neurotoxin', 'The toxin will be stuck outside the cell.')).not.toContain(
      'no-sodium-entry',
    );
  });

  it('osmosis reads water that moves "to (the) cell" as entering it', () => {
    expect(earned('osmosis-red-blood-cell', 'Water is moving to cell by osmosis.')).toContain('water-enters');
    expect(earned('osmosis-red-blood-cell', 'Water is moving out of the cell to the beaker.')).not.toContain(
      'water-enters',
    );
    expect(earned('osmosis-red-blood-cell', 'The salt in the water moves to the cell.')).not.toContain(
      'water-enters',
    );
  });

  it('osmosis names the tonicity by each side\'s solutes ("packed full of solutes … has basically none") or by water potential', () => {
    expect(
      earned(
        'osmosis-red-blood-cell',
        'the cell is packed full of solutes and the water outside has basically none',
      ),
    ).toContain('hypotonic');
    expect(
      earned(
        'osmosis-red-blood-cell',
        'Pure water has a water potential of 0 MPa, which is higher than inside the cell.',
      ),
    ).toContain('hypotonic');
    expect(
      earned('osmosis-red-blood-cell', 'the cell is packed full of solutes and so is the water outside'),
    ).not.toContain('hypotonic');
  });

  it('"no wait, I mean …" takes back only the last "and" part of the clause it corrects', () => {
    const answer =
      'Active transport requires ATP and moves things down the gradient -- no wait, I mean against it.';
    expect(earned('passive-vs-active', answer)).toEqual(
      expect.arrayContaining(['active-energy', 'active-against-gradient']),
    );
    // Without "I mean" the whole clause is taken back, as before.
    expect(
      earned(
        'passive-vs-active',
        'Active transport requires ATP and moves things down the gradient -- no wait, against it.',
      ),
    ).not.toContain('active-energy');
  });

  it('pump blocked reads ions that "keep trickling through" as the leak that nobody undoes', () => {
    const answer = 'The Na+ keeps trickling through the membrane into the cell, and nobody sends it back.';
    expect(earned('pump-blocked', answer)).toContain('leak-not-restored');
    expect(earned('pump-blocked', 'Nobody sends the Na+ back.')).not.toContain('leak-not-restored');
  });

  it('"different in if …" puts a question, as "whether" does; "goes in, if hypertonic …" still supposes', () => {
    expect(
      earned('passive-vs-active', 'They are different in if they need energy and which direction they go.'),
    ).not.toContain('active-energy');
    // Stored batch BG: the second "if" comes after the direction "in", and still supposes.
    expect(
      flags(
        'osmosis-red-blood-cell',
        'The cell will either swell or shrink depending on the tonicity. If the water is hypotonic water goes in, if hypertonic water goes out.',
      ),
    ).toContain('water-leaves');
  });

  it('the resting pump\'s net charge reads the uneven exchange as the cause ("The 3 out 2 in makes the inside more negative")', () => {
    expect(earned('resting-potential-pump', 'The 3 out 2 in makes the inside more negative.')).toContain(
      'net-charge',
    );
    expect(earned('resting-potential-pump', 'The 3 out 2 in uses ATP.')).not.toContain('net-charge');
  });

  it('"I forget which one" ending a sentence takes its choice back, as "I forget which" does', () => {
    expect(earned('resting-potential-pump', 'The ratio is 3:2 or 2:3, I forget which one.')).not.toContain(
      'ratio',
    );
    expect(
      earned('resting-potential-pump', 'The ratio is 3 Na+ to 2 K+, I forget which one uses ATP.'),
    ).toContain('ratio');
  });
});
