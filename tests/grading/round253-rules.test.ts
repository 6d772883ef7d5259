import { describe, expect, it } from 'vitest';
import { packVerdict } from './helpers.js';

/*
 * Round 253 (Dec 2026): from untouched pack batch FL's one flagged full-mark answer, after FL was
 * graded and stored. FL counts as tuned on from here.
 */

describe('round 253: a name followed by ":" or "=" heads what follows, even with no stop before it', () => {
  it('"passive = … (hi to lo) active = needs ATP …": "hi to lo" is passive\'s, not active\'s', () => {
    const answer =
      'passive = no energy needed bc it goes w/ the gradient (hi to lo) active = needs ATP bc goes against gradient lo to hi. proteins: active uses pumps, passive can use channel proteins like aquaporins or just go thru the membrane. ex passive: water thru aquaporins (osmosis) ex active: Na K pump';
    const v = packVerdict('passive-vs-active', answer);
    expect(v.earned).toContain('passive-down-gradient');
    expect(v.flags).not.toContain('active-down-gradient');
    expect(v.earned).toHaveLength(6);
  });

  it('the same with colons, and on the phases of an action potential', () => {
    const passive = packVerdict(
      'passive-vs-active',
      'passive: no energy, goes hi to lo active: needs ATP, goes lo to hi',
    );
    expect(passive.earned).toEqual(
      expect.arrayContaining(['passive-down-gradient', 'active-energy', 'active-against-gradient']),
    );
    expect(passive.flags).toEqual([]);
    const phases = packVerdict(
      'depolarization-vs-repolarization',
      'depol = Na+ rushes in so inside gets less negative repol = K+ flows out so back to -70',
    );
    expect(phases.earned).toEqual(
      expect.arrayContaining([
        'depol-sodium-in',
        'depol-less-negative',
        'repol-potassium-out',
        'repol-back-to-rest',
      ]),
    );
    expect(phases.flags).toEqual([]);
  });

  it('a swapped heading is still read as swapped', () => {
    const v = packVerdict(
      'passive-vs-active',
      'active = no energy, goes hi to lo passive = needs ATP, goes lo to hi',
    );
    expect(v.earned).not.toContain('passive-down-gradient');
    expect(v.earned).not.toContain('active-against-gradient');
    expect(v.flags).toContain('active-down-gradient');
  });
});
