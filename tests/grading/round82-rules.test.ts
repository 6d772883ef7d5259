import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags } from './helpers.js';

/*
 * General rules from round 82, tuned on blind batch CF (issue 7) after it had been graded once,
 * untouched, as the previous session's last untouched batch (97.7% of 1,500 point decisions, one of
 * three targets met). Each rule has the answer it must now read as its writer did and a near miss
 * it must still refuse.
 */
describe('round 82', () => {
  it('"(unlike the Na/K pump)" sets the pump apart from the phases: no pump-repolarizes, no depol-uses-atp', () => {
    const answer =
      "Both depolarization and repolarization happen through voltage-gated channels where the ions just diffuse down their gradient, so they are passive and don't need ATP (unlike the Na/K pump).";
    expect(flags('depolarization-vs-repolarization', answer)).toEqual([]);
    expect(earned('depolarization-vs-repolarization', answer)).toContain('both-passive');
    expect(
      flags(
        'depolarization-vs-repolarization',
        'Repolarization happens because the Na/K pump moves K+ back out.',
      ),
    ).toContain('pump-repolarizes');
  });

  it('"into the red blood cell", the question\'s own name for the cell, is into the cell', () => {
    const answer = 'Water will move down its concentration gradient into the red blood cell.';
    expect(earned('osmosis-red-blood-cell', answer)).toContain('water-enters');
    expect(
      earned(
        'osmosis-red-blood-cell',
        'Salt will move down its concentration gradient into the red blood cell.',
      ),
    ).not.toContain('water-enters');
  });

  it('a "but" clause with a subject of its own ("but the cell couldn\'t move anything from low to high") is not said of the subject before it', () => {
    const answer =
      "Passive transport would keep moving things down their gradient from high to low, but the cell couldn't move anything from low to high anymore since that's against the gradient and requires ATP.";
    expect(flags('passive-vs-active', answer)).toEqual([]);
    expect(earned('passive-vs-active', answer)).toContain('passive-down-gradient');
    expect(
      flags(
        'passive-vs-active',
        'Passive transport moves things from low to high, against the gradient, and requires ATP.',
      ),
    ).toEqual(expect.arrayContaining(['passive-against-gradient', 'passive-needs-energy']));
  });

  it('"grad" is the note-form gradient, and an arrow before it is the way along it ("P: ↓ grad / A: ↑ grad")', () => {
    const answer = 'P: no E, ↓ grad / A: E (ATP), ↑ grad';
    expect(earned('passive-vs-active', answer)).toEqual(
      expect.arrayContaining(['passive-down-gradient', 'active-against-gradient']),
    );
    expect(earned('passive-vs-active', 'P: no E, ↓ / A: E (ATP), ↑')).not.toContain('passive-down-gradient');
  });

  it('a typed table reads each cell under its column heading ("| Passive | Active" over "energy | none | ATP")', () => {
    const answer = [
      '         | Passive          | Active',
      'energy   | none (no ATP)    | ATP',
      'direction| high→low         | low→high',
    ].join('\n');
    expect(earned('passive-vs-active', answer)).toEqual(
      expect.arrayContaining([
        'passive-no-energy',
        'passive-down-gradient',
        'active-energy',
        'active-against-gradient',
      ]),
    );
    // The columns swapped: each cell is now said of the other kind.
    const swapped = [
      '         | Active           | Passive',
      'energy   | none (no ATP)    | ATP',
      'direction| high→low         | low→high',
    ].join('\n');
    expect(earned('passive-vs-active', swapped)).not.toContain('passive-no-energy');
    expect(flags('passive-vs-active', swapped)).toContain('passive-against-gradient');
  });

  it('a table whose headings are fields of one item per row ("Phase | ion | direction") reads each row as one statement', () => {
    const answer = [
      'Phase | ion | direction',
      'Depolarization | Na+ | into cell',
      'Repolarization | K+ | out of cell',
    ].join('\n');
    expect(earned('depolarization-vs-repolarization', answer)).toEqual(
      expect.arrayContaining(['depol-sodium-in', 'repol-potassium-out']),
    );
  });

  it('a count with a rate after it ("Na+ pumped out, 3 per cycle / K+ pumped in, 2 per cycle") is the ratio', () => {
    const answer = '1. Na+ pumped OUT of the neuron, 3 per cycle\n2. K+ pumped IN, 2 per cycle';
    expect(earned('resting-potential-pump', answer)).toContain('ratio');
    expect(
      earned(
        'resting-potential-pump',
        '1. Na+ pumped OUT of the neuron, 2 per cycle\n2. K+ pumped IN, 3 per cycle',
      ),
    ).not.toContain('ratio');
  });

  it('"pump 3 na out and 2 k in": a count between "and" and the ion keeps potassium pumped in', () => {
    expect(earned('resting-potential-pump', 'it uses atp to pump 3 na out and 2 k in')).toContain(
      'potassium-in',
    );
    expect(earned('resting-potential-pump', 'it uses atp to pump 3 na out and no k in')).not.toContain(
      'potassium-in',
    );
  });

  it('"working against both of them" beside the gradients, and "going to the side that have more", are against the gradients', () => {
    expect(
      earned(
        'resting-potential-pump',
        'Sodium wants to come in and potassium wants to leave (thats their gradients) so the pump is working against both of them.',
      ),
    ).toContain('against-gradient');
    expect(
      earned(
        'resting-potential-pump',
        'It spend ATP because the sodium is more outside and the potassium more inside, so they are going to the side that have more.',
      ),
    ).toContain('against-gradient');
    expect(
      earned(
        'resting-potential-pump',
        'The pump is working against both of them, the sodium and the potassium.',
      ),
    ).not.toContain('against-gradient');
  });

  it('a potential that continues at rest ("the potential continue negative -70") is the prediction; "continue to fire normally" is not rest', () => {
    expect(earned('synapse-neurotoxin', 'the potential continue negative -70')).toContain('prediction');
    expect(earned('synapse-neurotoxin', 'the neuron continue to fire normally')).not.toContain('prediction');
  });

  it('"the cell has to pay energy" spends energy', () => {
    expect(
      earned(
        'passive-vs-active',
        'Active transport is different because the cell has to pay energy to move stuff.',
      ),
    ).toContain('active-energy');
    expect(
      earned('passive-vs-active', 'Active transport is different because the cell gets paid.'),
    ).not.toContain('active-energy');
  });

  it('Haitian Creole key words are read as their English words ("pa bezwen energy" is "not need energy")', () => {
    expect(
      earned('passive-vs-active', 'Passive transport pa bezwen energy, it go from high to low.'),
    ).toContain('passive-no-energy');
    expect(
      earned('passive-vs-active', 'Passive transport bezwen energy, it go from high to low.'),
    ).not.toContain('passive-no-energy');
  });

  it('"Na+ wouldn\'t come in as much" is less sodium, not none', () => {
    expect(earned('synapse-neurotoxin', "Na+ wouldn't come in as much.")).not.toContain('no-sodium-entry');
    expect(earned('synapse-neurotoxin', "Na+ wouldn't come in at all.")).toContain('no-sodium-entry');
  });
});
