import { describe, expect, it } from 'vitest';
import { packEarned as earned } from './helpers.js';

/*
 * General rules from round 66, tuned on blind batch BO (issue 7) after it had been graded once,
 * untouched, on the engine of round 65 (97.9% of 1,500 point decisions). Each rule has the answer
 * it must now read as its writer did and a near miss it must still refuse.
 */
describe('round 66', () => {
  it('"one (of them) needs energy" says it of no subject in particular: it earns neither', () => {
    for (const answer of [
      'Passive and active transport both move things across the membrane. One of them needs an input of energy from the cell.',
      '(a) yes one needs energy (b) relative to concentration gradient',
      'They are different because one needs energy and one doesnt.',
    ])
      expect(earned('passive-vs-active', answer)).not.toContain('active-energy');
    // A named subject's "one" is that subject.
    expect(earned('passive-vs-active', 'Passive one dont need no energy. Active one gotta use ATP.')).toEqual(
      expect.arrayContaining(['passive-no-energy', 'active-energy']),
    );
    expect(earned('passive-vs-active', 'Passive transport: no one uses ATP.')).toContain('passive-no-energy');
  });

  it('an aside that says where may take four words: "three Na+ get off the bus (out of the cell)"', () => {
    const answer = 'three Na+ kids get off the bus (out of the cell) and two K+ kids get on (into the cell).';
    expect(earned('resting-potential-pump', answer)).toEqual(
      expect.arrayContaining(['sodium-out', 'potassium-in']),
    );
    // A longer aside still ends the clause. (Round 79 reads "get off" itself as leaving, so the
    // near miss rides the bus instead.)
    expect(
      earned(
        'resting-potential-pump',
        'three Na+ kids ride the bus (out of the big yellow cell) and that is it.',
      ),
    ).not.toContain('sodium-out');
    expect(
      earned('resting-potential-pump', 'three Na+ kids ride the bus (out of the cell) and that is it.'),
    ).toContain('sodium-out');
  });

  it('pump blocked: "leak channels still open + pump off", "nobody pulls them back"', () => {
    expect(
      earned(
        'pump-blocked',
        'less negative, eventually no AP. gradients dissipate bc leak channels still open + pump off',
      ),
    ).toContain('leak-not-restored');
    expect(earned('pump-blocked', 'The leak channels are still open but the pump is fine.')).not.toContain(
      'leak-not-restored',
    );
    expect(
      earned(
        'pump-blocked',
        'The ions keep drifting, Na+ in and K+ out through the leak channels, and nobody pulls them back.',
      ),
    ).toContain('leak-not-restored');
  });
});
