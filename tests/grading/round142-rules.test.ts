import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags, frq } from './helpers.js';

const { dvr, osm, pump, pva, syn } = frq;

/*
 * Round 142: rules from blind batch ET (graded once, untouched, on 3204335; its two flagged full-mark
 * answers were engine errors, fixed here, so ET is now a first touch). Each rule has the answer it
 * must now read as a teacher would and a near miss it must still refuse.
 */
describe('round 142: the reader', () => {
  it('a run-on "active transport <verb>" after a closing bracket opens the next statement, and "ex <kind>" too', () => {
    const runOn =
      'passive transport no energy needed cuz stuff moves down its gradient high to low, can go thru the membrane by itself or thru channel proteins or carrier proteins (facilitated diffusion) active transport needs atp bc its moving stuff against its gradient low to high and it needs carrier proteins called pumps ex passive co2 leaving cells ex active sodium potassium pump 3 na out 2 k in';
    expect(flags(pva, runOn)).toEqual([]);
    expect(earned(pva, runOn)).toEqual(
      expect.arrayContaining(['passive-no-energy', 'active-against-gradient', 'proteins', 'examples']),
    );
    // A kind that is only named after the bracket, with no verb of its own, opens nothing.
    const swapped = 'passive transport uses pumps (carrier proteins) ex passive sodium potassium pump';
    expect(flags(pva, swapped)).toContain('examples-swapped');
  });

  it('"… when it depolarizes and K+ goes out when it repolarizes": the second statement is the second phase\'s', () => {
    const whens = 'Na+ goes in when it depolarizes and K+ goes out when it repolarizes.';
    expect(earned(dvr, whens)).toContain('repol-potassium-out');
    expect(flags(dvr, whens)).not.toContain('swaps-phases');
    // A phase opening its sentence still heads both statements joined by "and".
    const heading =
      'During depolarization potassium flows out of the cell and the inside becomes negative; during repolarization sodium flows in.';
    expect(flags(dvr, heading)).toContain('reverses-effects');
  });

  it('"conc." before "outside"/"inside" goes on with its phrase', () => {
    const conc =
      'By osmosis, water moves down its concentration gradient (high water conc. outside to low water conc. inside) into the cell.';
    expect(earned(osm, conc)).toContain('water-enters');
    expect(
      earned(
        osm,
        'By osmosis, water moves down its concentration gradient (high water conc. inside to low water conc. outside) out of the cell.',
      ),
    ).not.toContain('water-enters');
  });
});

describe('round 142: rubrics', () => {
  it('synapse toxin: K+ leak channels "still open" are the resting state, not sodium getting in', () => {
    const rest =
      'The membrane potential will stay at resting because the K+ leak channels are still open and the Na+/K+ pump keeps working, while the ACh-gated channels stay closed since ACh can not bind to them.';
    expect(flags(syn, rest)).not.toContain('sodium-anyway');
    expect(flags(syn, 'The ACh-gated channels are still open so Na+ gets in.')).toContain('sodium-anyway');
  });

  it('synapse toxin: "fewer Na+ ions come in" is less, not none', () => {
    expect(
      earned(
        syn,
        'Some of the receptors are blocked, so fewer Na+ ions come in and it may not reach threshold.',
      ),
    ).not.toContain('no-sodium-entry');
    expect(earned(syn, 'The receptors are blocked, so no Na+ ions come in.')).toContain('no-sodium-entry');
  });

  it('pump blocked: "that passive flux continues unchecked" is the leak going on', () => {
    const flux =
      'With the ATPase inhibited, that passive flux continues unchecked, so intracellular K+ falls and intracellular Na+ rises.';
    expect(earned(pump, flux)).toContain('leak-not-restored');
    expect(
      earned(pump, 'With the ATPase inhibited, the pump stops, so intracellular K+ falls.'),
    ).not.toContain('leak-not-restored');
  });
});
