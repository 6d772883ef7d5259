import { describe, expect, it } from 'vitest';
import { packEarned as earned } from './helpers.js';

/*
 * General rules from round 47, tuned on blind batch AU (issue 7) after it had been graded once,
 * untouched (97.2% of 1,500 point decisions). Each rule has the answer it must now read as its
 * writer did and a near miss it must still refuse.
 */
describe('round 47: a bracketed phase label names its own statement', () => {
  const answer =
    'Na+ rushes in (depol) making it less negative; K+ leaves (repol) making it negative again. Both = no ATP needed, just diffusion.';

  it('reads a participle right after "(depol)" as going on with depolarization', () => {
    expect(earned('depolarization-vs-repolarization', answer)).toContain('depol-less-negative');
  });

  it('does not let a later "(repol)" label the clause before the one it follows', () => {
    expect(earned('depolarization-vs-repolarization', answer)).toEqual(
      expect.arrayContaining(['depol-sodium-in', 'repol-potassium-out', 'repol-back-to-rest']),
    );
  });
});

describe('round 47: "but it might be 2 to 3" offers another answer', () => {
  it('does not credit a ratio offered with its reverse', () => {
    expect(
      earned(
        'resting-potential-pump',
        'It pumps Na+ out and K+ in, I think its 3 to 2 but it might be 2 to 3. It uses ATP.',
      ),
    ).not.toContain('ratio');
  });

  it('still credits a ratio followed by an unrelated "but it could be blocked"', () => {
    expect(
      earned('resting-potential-pump', 'It pumps 3 Na+ out and 2 K+ in, but it could be blocked by ouabain.'),
    ).toContain('ratio');
  });
});

describe('round 47: "i forget" is a doubt', () => {
  it('takes back "one of them uses energy i forget which"', () => {
    expect(
      earned(
        'passive-vs-active',
        'i think passive transport maybe moves stuff from high to low? or maybe thats active. one of them uses energy i forget which',
      ),
    ).not.toContain('active-energy');
  });

  it('leaves what came before "i forget which ion it is" (it names another topic)', () => {
    expect(
      earned(
        'depolarization-vs-repolarization',
        'depolarization sodium comes in and the cell gets more positive repolarization is when it goes back to normal resting i forget which ion it is',
      ),
    ).toContain('depol-sodium-in');
  });
});

describe('round 47: shared wordings from batch AU', () => {
  it('"passive doesn\'t depend on the cell\'s energy" is no energy', () => {
    expect(earned('passive-vs-active', "Passive transport doesn't depend on the cell's energy.")).toContain(
      'passive-no-energy',
    );
  });

  it('"following the gradient" and "from crowded to sparse" are down the gradient', () => {
    expect(
      earned('passive-vs-active', 'In passive transport molecules move following the gradient.'),
    ).toContain('passive-down-gradient');
    expect(
      earned(
        'passive-vs-active',
        "Passive: molecules spread out from where they're crowded to where they're sparse.",
      ),
    ).toContain('passive-down-gradient');
  });

  it('"to the side that already has more" is against the gradient', () => {
    expect(
      earned(
        'passive-vs-active',
        'Active: the pump uses ATP to move the dots to the side that already has more dots.',
      ),
    ).toContain('active-against-gradient');
  });

  it('"eventually close to 0" is less negative, and "the inside and outside are even" the gradients gone', () => {
    const v = earned(
      'pump-blocked',
      'Na+ leaks in and K+ leaks out. Eventually the inside and outside are even, no more difference, and the -70 mV moves up, eventually close to 0.',
    );
    expect(v).toEqual(expect.arrayContaining(['less-negative', 'gradients-run-down']));
  });

  it('"the ACh can\'t fit" is ACh unable to bind', () => {
    expect(
      earned('synapse-neurotoxin', "With the toxin the ACh can't fit, the channel stays closed."),
    ).toContain('no-binding');
  });
});
