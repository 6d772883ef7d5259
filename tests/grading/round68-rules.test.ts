import { describe, expect, it } from 'vitest';
import { packEarned as earned, packVerdict } from './helpers.js';

/** A wrong statement: it is flagged, and none of `refused` is read from it. */
function expectWrongReading(id: string, answer: string, flag: string, ...refused: string[]): void {
  const v = packVerdict(id, answer);
  expect(v.flags).toContain(flag);
  for (const point of refused) expect(v.earned).not.toContain(point);
}

/*
 * General rules from round 68, tuned on blind batch BQ (issue 7) after it had been graded once,
 * untouched, on the engine of round 67 (97.2% of 1,500 point decisions). Each rule has the answer
 * it must now read as its writer did and a near miss it must still refuse.
 */
describe('round 68', () => {
  it('", leaving the cell" after a comma is the subject\'s own movement', () => {
    expect(
      earned(
        'depolarization-vs-repolarization',
        'For repolarization K+ gets sent off, leaving the cell, and the inside goes back to negative.',
      ),
    ).toContain('repol-potassium-out');
    // Not a participle that says what the movement leaves behind.
    expect(
      packVerdict(
        'depolarization-vs-repolarization',
        'In depolarization Na+ flows in, leaving the inside more positive.',
      ).flags,
    ).toEqual([]);
  });

  it('the destination first: "to a higher concentration from a lower one"', () => {
    const v = earned(
      'passive-vs-active',
      'Passive moves molecules to a lower concentration from a higher one. Active requires ATP to move molecules to a higher concentration from a lower one.',
    );
    expect(v).toEqual(expect.arrayContaining(['passive-down-gradient', 'active-against-gradient']));
    // The same words the usual way round still read the usual way.
    expect(
      earned(
        'passive-vs-active',
        'Active requires ATP to move molecules from a higher concentration to a lower one.',
      ),
    ).not.toContain('active-against-gradient');
  });

  it('osmosis: each side\'s solutes named, "pure H2O outside, solutes inside"', () => {
    for (const answer of [
      '• pure H2O outside, solutes inside / • → H2O moves in (osmosis)',
      'Outside have no salt, inside have salt, so water come in by osmosis.',
    ])
      expect(earned('osmosis-red-blood-cell', answer)).toContain('hypotonic');
    expect(
      earned('osmosis-red-blood-cell', 'Outside have salt, inside have no salt, so water leaves.'),
    ).not.toContain('hypotonic');
  });

  it('an auxiliary negated with its verb left out ends its clause: "since it doesn\'t it just gets bigger"', () => {
    const answer =
      "If the red blood cell had a cell wall, it would burst, but since it doesn't it just gets bigger.";
    expect(earned('osmosis-red-blood-cell', answer)).toContain('swells-bursts');
    // A negation with its verb still there keeps it: "it doesn't get bigger".
    expect(earned('osmosis-red-blood-cell', "Since it has no wall it doesn't get bigger.")).not.toContain(
      'swells-bursts',
    );
    // Nor a copula: "it isn't the cell that swells" is not an elided verb.
    expect(earned('osmosis-red-blood-cell', "It isn't it that swells up.")).not.toContain('swells-bursts');
  });

  it('pump blocked: the two potentials swapped earn neither prediction and are flagged', () => {
    for (const answer of [
      'The resting potential will stop being able to fire and the action potentials will become less negative.',
      'The action potentials will get less negative over time and the resting potential will eventually stop firing.',
    ])
      expectWrongReading('pump-blocked', answer, 'potentials-swapped', 'less-negative', 'cannot-fire');
    // The resting potential named beside the neuron that cannot fire is no swap.
    const right = packVerdict(
      'pump-blocked',
      'Once the resting potential reaches 0 mV the neuron cannot fire, and the action potentials get smaller because the inside is less negative.',
    );
    expect(right.flags).toEqual([]);
    expect(right.earned).toEqual(expect.arrayContaining(['less-negative', 'cannot-fire']));
  });

  it('osmosis: "hypotonic, meaning it has more solutes than the cell" is the word with its meaning backwards', () => {
    expectWrongReading(
      'osmosis-red-blood-cell',
      'The distilled water is hypotonic, which means it has more solutes than the cell. So water flows into the cell.',
      'hypotonic-backwards',
      'hypotonic',
    );
    const right = packVerdict(
      'osmosis-red-blood-cell',
      'The distilled water is hypotonic, meaning the cell has more solutes than the water. So water flows into the cell.',
    );
    expect(right.earned).toContain('hypotonic');
    expect(right.flags).toEqual([]);
  });

  it('depolarization vs repolarization: "goes back to normal" alone is not "negative again"', () => {
    expect(
      earned('depolarization-vs-repolarization', 'Repolarization is when the membrane goes back to normal.'),
    ).not.toContain('repol-back-to-rest');
    expect(
      earned(
        'depolarization-vs-repolarization',
        'Repolarization is when K+ leaves and the membrane goes back to its normal resting potential.',
      ),
    ).toContain('repol-back-to-rest');
  });

  it('osmosis: water "pumped in by active transport" is not water entering by osmosis', () => {
    expectWrongReading(
      'osmosis-red-blood-cell',
      'The cell will pump water in using active transport, so it gets bigger.',
      'water-pumped',
      'water-enters',
    );
    // Osmosis named beside the pumping: the entry is still the student's.
    expect(
      earned(
        'osmosis-red-blood-cell',
        'Water moves into the cell by osmosis through aquaporins, which use ATP to pump the water in.',
      ),
    ).toContain('water-enters');
  });

  it('resting pump: sodium "out of the nucleus" is the wrong membrane', () => {
    expectWrongReading(
      'resting-potential-pump',
      'The pump moves Na+ out of the nucleus and K+ into the nucleus using ATP.',
      'nucleus',
      'sodium-out',
      'potassium-in',
    );
    expect(
      earned('resting-potential-pump', 'The pump moves Na+ out of the cell and K+ into the cell using ATP.'),
    ).toEqual(expect.arrayContaining(['sodium-out', 'potassium-in']));
  });

  it('pump blocked: "the next neuron can\'t fire" is the wrong neuron', () => {
    expectWrongReading(
      'pump-blocked',
      "Ouabain will stop the pump in the axon terminal so neurotransmitter can't be released and the next neuron won't fire.",
      'next-neuron',
      'cannot-fire',
    );
    expect(
      earned('pump-blocked', "Eventually the neuron won't fire because the gradients are gone."),
    ).toContain('cannot-fire');
  });

  it('synapse: "so it might not reach threshold" is a possibility; sodium that "flows out instead of in" is not kept out', () => {
    expect(
      earned(
        'synapse-neurotoxin',
        'It would depolarize less than normal because fewer receptors can open, so it might not reach threshold.',
      ),
    ).not.toContain('no-action-potential');
    expect(
      earned('synapse-neurotoxin', 'Fewer receptors can open, so it will not reach threshold.'),
    ).toContain('no-action-potential');
    expect(
      earned(
        'synapse-neurotoxin',
        'Sodium would rush out of the cell instead of in so the inside gets more negative.',
      ),
    ).not.toContain('no-sodium-entry');
    expect(earned('synapse-neurotoxin', 'Sodium stays out of the cell instead of coming in.')).toContain(
      'no-sodium-entry',
    );
  });

  it('resting pump: reversed directions are not "against their gradients"', () => {
    expectWrongReading(
      'resting-potential-pump',
      'The pump brings 3 Na+ into the cell and sends 2 K+ out, both against their gradients.',
      'directions-reversed',
      'against-gradient',
    );
    expect(
      earned(
        'resting-potential-pump',
        'The pump sends 3 Na+ out of the cell and brings 2 K+ in, both against their gradients.',
      ),
    ).toContain('against-gradient');
  });

  it('pump blocked: the pump "pumps Na+ in to depolarize" and a harmed myelin sheath give no prediction', () => {
    expectWrongReading(
      'pump-blocked',
      'The Na/K pump is what makes the action potential happen, it pumps Na+ in to depolarize the cell.',
      'pump-makes-ap',
      'less-negative',
    );
    expectWrongReading(
      'pump-blocked',
      'The myelin sheath will break down so the signal cant jump between the nodes.',
      'myelin',
      'cannot-fire',
    );
    // A tangent about saltatory conduction blames nothing.
    expect(
      packVerdict(
        'pump-blocked',
        'The myelin sheath makes it go faster by saltatory conduction, like in multiple sclerosis when it is destroyed.',
      ).flags,
    ).toEqual([]);
  });

  it('passive vs active: facilitated diffusion needing ATP, active transport making ATP, Na+ leaking out through channels', () => {
    expectWrongReading(
      'passive-vs-active',
      'Simple diffusion needs no energy, but facilitated diffusion needs ATP because the carrier proteins change shape.',
      'facilitated-needs-energy',
      'passive-no-energy',
    );
    expectWrongReading(
      'passive-vs-active',
      'Active transport makes ATP while passive transport doesnt.',
      'active-makes-atp',
      'passive-no-energy',
    );
    expectWrongReading(
      'passive-vs-active',
      'Example of passive: sodium leaking out through sodium channels. Example of active: the Na+/K+ pump.',
      'channel-example-reversed',
      'examples',
    );
    // K+ flowing in through channels is right in a guard cell.
    expect(
      packVerdict(
        'passive-vs-active',
        'Ex: guard cells pump H+ out (active), and then K+ flows in through channels (passive).',
      ).flags,
    ).toEqual([]);
  });

  it('osmosis: water pumped "back out" went in first; the swelling, not the entry, is taken back', () => {
    const v = packVerdict(
      'osmosis-red-blood-cell',
      'The water is hypotonic so water moves into the cell by osmosis. But then the cell pumps water back out so it doesnt burst.',
    );
    expect(v.earned).toContain('water-enters');
    expect(v.earned).not.toContain('swells-bursts');
    expect(v.flags).toContain('water-pumped-out');
    // Water that leaves without coming back is still the reverse prediction.
    expect(packVerdict('osmosis-red-blood-cell', 'Water leaves the cell and it shrinks.').flags).toContain(
      'water-leaves',
    );
  });

  it('a cancelling misconception takes a point back only when every sentence it was read from holds one', () => {
    // Read only from the wrong statements: taken back.
    expect(
      earned(
        'osmosis-red-blood-cell',
        'The cell will pump water in using active transport. Then it pumps the water back out, so it stays the same size.',
      ),
    ).not.toContain('water-enters');
    // Stated right in a sentence of its own as well: kept, and the misconception still reported.
    const v = packVerdict(
      'osmosis-red-blood-cell',
      'Water moves into the cell because the water is hypotonic. Some say the cell will pump water in using active transport.',
    );
    expect(v.earned).toContain('water-enters');
    expect(v.flags).toContain('water-pumped');
  });

  it('pump blocked: nobody doing it back, whatever the verb ("nobody bails them back")', () => {
    for (const answer of [
      'Na+ keeps seeping in and K+ seeps out through the leak channels and nobody bails them back.',
      'People still slowly cross over on their own through the leak channels, but nobody gets ferried back.',
    ])
      expect(earned('pump-blocked', answer)).toContain('leak-not-restored');
    // The "back" has to be undone by nobody: the pump bringing them back is the normal case.
    expect(
      earned('pump-blocked', 'Na+ leaks in through the channels and the pump brings it back out.'),
    ).not.toContain('leak-not-restored');
  });
});
