import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags } from './helpers.js';

/*
 * General rules from round 63, tuned on blind batch BL (issue 7) after it had been graded once,
 * untouched, on the engine of round 62 (97.3% of 1,500 point decisions). Each rule has the answer
 * it must now read as its writer did and a near miss it must still refuse.
 */
describe('round 63', () => {
  it('"both …" and "neither …" say their fact of every subject: each earns, and each can mislead', () => {
    const neither = 'Passive is diffusion and active is through channels. Neither one uses ATP.';
    expect(earned('passive-vs-active', neither)).toContain('passive-no-energy');
    expect(flags('passive-vs-active', neither)).toContain('active-no-energy');
    const both = 'Both passive and active transport need ATP, but active needs more.';
    expect(earned('passive-vs-active', both)).toContain('active-energy');
    expect(flags('passive-vs-active', both)).toContain('passive-needs-energy');
    const they = 'Passive needs no energy. Active uses ATP. They both go from high to low.';
    expect(earned('passive-vs-active', they)).toContain('passive-down-gradient');
    expect(flags('passive-vs-active', they)).toContain('active-down-gradient');
  });

  it('a "both" that names no subject, or that pairs other things, is not about the subjects', () => {
    // Two kinds of diffusion named before, not the two kinds of transport.
    const other =
      'Simple diffusion needs no energy, but facilitated diffusion uses a little ATP. Both go high to low.';
    expect(flags('passive-vs-active', other)).not.toContain('active-down-gradient');
    // "both Na+ and K+" is a pair of ions, not a group subject.
    const ions = 'Passive needs no energy. Active transport moves both Na+ and K+ against the gradient.';
    expect(earned('passive-vs-active', ions)).toContain('active-against-gradient');
    expect(flags('passive-vs-active', ions)).not.toContain('passive-against-gradient');
  });

  it('"even things out" is the phrasal verb, not water going out', () => {
    const answer = 'Water wants to even things out so it moves from the beaker into the cell by osmosis.';
    expect(earned('osmosis-red-blood-cell', answer)).toContain('water-enters');
    expect(flags('osmosis-red-blood-cell', answer)).not.toContain('water-leaves');
    expect(flags('osmosis-red-blood-cell', 'Water wants to get out so it moves out of the cell.')).toContain(
      'water-leaves',
    );
  });

  it('a Na+/K+ pump example described the wrong way round earns no example and is flagged', () => {
    const one =
      'Passive: O2 diffusing in. ex active: Na+/K+ pump pushes K+ out of the cell so theres more K outside.';
    expect(earned('passive-vs-active', one)).not.toContain('examples');
    expect(flags('passive-vs-active', one)).toContain('pump-reversed');
    const taken =
      'Passive: osmosis. Active: the sodium-potassium pump, it take the potassium out of the cell and the sodium inside.';
    expect(flags('passive-vs-active', taken)).toContain('pump-reversed');
    const right = 'Passive: osmosis. Active: the Na+/K+ pump, which pumps 3 Na+ out and 2 K+ in.';
    expect(earned('passive-vs-active', right)).toContain('examples');
    expect(flags('passive-vs-active', right)).not.toContain('pump-reversed');
  });

  it('"fuel" is energy: "the cell spends no fuel at all"', () => {
    expect(
      earned(
        'passive-vs-active',
        'Passive transport is like coasting downhill, the cell spends no fuel at all.',
      ),
    ).toContain('passive-no-energy');
    expect(
      earned('passive-vs-active', 'Passive transport is like coasting downhill, the cell spends fuel on it.'),
    ).not.toContain('passive-no-energy');
  });

  it('"releases them into the extracellular fluid" moves the ion out', () => {
    expect(
      earned('resting-potential-pump', 'The pump releases sodium into the extracellular fluid.'),
    ).toContain('sodium-out');
    expect(earned('resting-potential-pump', 'The pump releases sodium into the cytoplasm.')).not.toContain(
      'sodium-out',
    );
  });
});
