import { describe, expect, it } from 'vitest';
import { stemOf } from '../../src/grading/stem.js';
import { packEarned as earned, packFlags as flags } from './helpers.js';

/*
 * General rules from round 75, tuned on blind batch BX (issue 7) after it had been graded once,
 * untouched, as the last batch of the session before (97.2% of 1,500 point decisions, one of three
 * targets). Each rule has the answer it must now read as its writer did and a near miss it must
 * still refuse.
 */
describe('round 75', () => {
  it('a gloss ("pared celular, I mean cell wall,") is read in place of what it restates, denial kept', () => {
    const answer = "Red blood cells don't have pared celular, I mean cell wall, so they can't resist.";
    expect(earned('osmosis-red-blood-cell', answer)).toContain('no-wall');
    expect(flags('osmosis-red-blood-cell', answer)).not.toContain('has-cell-wall');
    expect(
      earned(
        'resting-potential-pump',
        'The pump move the sodio, I mean sodium, to outside and the potassium to inside.',
      ),
    ).toEqual(expect.arrayContaining(['sodium-out', 'potassium-in']));
    // A word the grader reads as another is glossed; "hyperpolarized" contains its restatement.
    expect(earned('synapse-neurotoxin', 'It stays hyperpolarized... I mean polarized, at rest.')).toContain(
      'prediction',
    );
    // Not a correction of a plain English word: "water leaves the cell, I mean enters" still takes
    // back the clause before it, so no wrong direction is left standing.
    expect(
      flags('osmosis-red-blood-cell', 'Water leaves the cell, I mean enters. The cell bursts.'),
    ).not.toContain('water-leaves');
    // Nor one of a different length: the restated words and the restatement must match in count.
    expect(
      flags(
        'osmosis-red-blood-cell',
        "Red blood cells don't have pared celular, I mean they have a cell wall.",
      ),
    ).toContain('has-cell-wall');
  });

  it('"solution" keeps a stem of its own: it is not "solute"', () => {
    expect(stemOf('solution')).not.toBe(stemOf('solute'));
    expect(stemOf('solutions')).toBe(stemOf('solution'));
    expect(
      earned('osmosis-red-blood-cell', 'In hypotonic solution water enter into cell by osmosis process.'),
    ).toContain('water-enters');
    expect(
      flags(
        'osmosis-red-blood-cell',
        'The cell shrivels because it is in a hypotonic solution and water leaves the cell.',
      ),
    ).not.toContain('solute-moves');
    // Solutes that move are still solutes.
    expect(
      earned('osmosis-red-blood-cell', 'In hypotonic solution the solute enters into the cell.'),
    ).not.toContain('water-enters');
  });

  it("a copied clause that ends in the student's own words is read: the copy is its subject", () => {
    const answer = 'Its ability to fire repeated action potentials will go down until it stops completely.';
    expect(earned('pump-blocked', answer)).toContain('cannot-fire');
    // The prompt's own clause, copied with nothing of the student's after it, still earns nothing.
    expect(
      earned(
        'pump-blocked',
        "Predict how the neuron's resting membrane potential and its ability to fire repeated action potentials will change over time.",
      ),
    ).toEqual([]);
  });

  it('"either shrinks or swells": a word with two opposites takes no side with either', () => {
    const answer = 'The cell either shrinks or swells depending on the tonicity. Osmosis moves water.';
    expect(earned('osmosis-red-blood-cell', answer)).not.toContain('swells-bursts');
    expect(flags('osmosis-red-blood-cell', answer)).not.toContain('water-leaves');
    expect(flags('osmosis-red-blood-cell', 'It could burst or shrink.')).not.toContain('water-leaves');
    expect(earned('osmosis-red-blood-cell', 'The cell swells and bursts.')).toContain('swells-bursts');
  });

  it('"but maybe it does" echoes the claim before with the other polarity and doubts it', () => {
    const answer = "Passive transport I think doesn't need energy but maybe it does a little, I'm not sure.";
    expect(earned('passive-vs-active', answer)).not.toContain('passive-no-energy');
    // "but maybe" with a claim of its own leaves the claim before it.
    expect(
      earned('passive-vs-active', "Passive transport doesn't need energy but maybe it uses a protein."),
    ).toContain('passive-no-energy');
  });

  it('an arrow to the other side is a movement from one side to it ("Na+ moves outside -> inside")', () => {
    const answer = 'Depolarization: Na+ moves outside -> inside. Repolarization: K+ inside → outside.';
    expect(earned('depolarization-vs-repolarization', answer)).toEqual(
      expect.arrayContaining(['depol-sodium-in', 'repol-potassium-out']),
    );
    expect(flags('depolarization-vs-repolarization', answer)).not.toContain('sodium-leaves-depol');
    expect(
      earned('depolarization-vs-repolarization', 'Depolarization: Na+ inside -> outside.'),
    ).not.toContain('depol-sodium-in');
  });

  it('a later claim that the pump or the phases use ATP takes back "passive" said before it', () => {
    expect(
      earned(
        'resting-potential-pump',
        '3 Na+ out and 2 K+ in, this is active transport using ATP. actually i think its passive bc the ions just follow their gradient so it doesnt need atp.',
      ),
    ).not.toContain('uses-atp');
    expect(
      earned(
        'depolarization-vs-repolarization',
        'They are alike because both are passive diffusion... or actually I think they both need ATP.',
      ),
    ).not.toContain('both-passive');
    // Said first and then corrected to the right answer, the right answer stands.
    expect(earned('resting-potential-pump', 'Some say the pump is passive, but it uses ATP.')).toContain(
      'uses-atp',
    );
  });

  it('lexicon: "a ton of", learner word order, "potencial of action", "both side have same amount", "K+ ions in cell"', () => {
    expect(
      earned(
        'resting-potential-pump',
        'It needs ATP bc its pushing Na+ out to where theres already a ton of Na+ and bringing K+ in where theres already a lot of K+.',
      ),
    ).toContain('against-gradient');
    expect(
      earned(
        'passive-vs-active',
        'In the active transport the cell need to gives ATP because the molecules go to the side more concentrated.',
      ),
    ).toContain('active-against-gradient');
    expect(earned('synapse-neurotoxin', 'The neuron no have the potencial of action.')).toContain(
      'no-action-potential',
    );
    expect(earned('pump-blocked', 'So after some hour the both side have same amount of ion.')).toContain(
      'gradients-run-down',
    );
    expect(
      earned('resting-potential-pump', 'The pump take 3 Na+ ions out of cell and bring 2 K+ ions in cell.'),
    ).toContain('potassium-in');
    expect(earned('resting-potential-pump', 'The pump bring 2 K+ ions out of cell.')).not.toContain(
      'potassium-in',
    );
  });
});
