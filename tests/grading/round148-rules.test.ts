import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags, frq } from './helpers.js';

const { rpp, syn } = frq;

/*
 * Round 148: rules from blind batch EY (graded once, untouched, on 04a6f20; its one flagged full-mark
 * answer was an engine error, fixed here, so EY is now a first touch). Each rule has the answer it
 * must now read as a teacher would and a near miss it must still refuse.
 */
describe('round 148: the reader', () => {
  it('"ACh is the card you swipe" declares the card as ACh, as "ACh is the card" does', () => {
    expect(
      earned(syn, 'ACh is the card you swipe. The toxin jammed gum in the slot so your card cant go in.'),
    ).toContain('no-binding');
    // No declaration, no gloss: a card that cannot go in is only a card.
    expect(earned(syn, 'The toxin jammed gum in the slot so your card cant go in.')).not.toContain(
      'no-binding',
    );
  });
});

describe("round 148: a comparison's pump", () => {
  // An everyday pump named as the receptor ("The pump (the channel)", "the receptor is the gas pump")
  // is the comparison's; its later mentions stand for the receptor, not the Na⁺/K⁺ pump.
  it('a pump glossed or declared as the receptor is not the Na⁺/K⁺ pump', () => {
    for (const text of [
      'ACh is like the wind for a windmill pump (the receptor). The toxin ties the blades so the pump cant pump. No Na+ gets in.',
      'The receptor is the gas pump and ACh is the card. The toxin jams the reader so the pump is blocked and no Na+ comes in.',
      'Think of the receptor like a windmill water pump. The toxin ties it down so the pump stops and no Na+ flows in.',
    ])
      expect(flags(syn, text), text).not.toContain('toxin-stops-pump');
    // The real pump, named by its ions, is still the pump, even after such a comparison.
    expect(
      flags(syn, 'The receptor is the gas pump. The toxin also makes the Na+ pump stop working.'),
    ).toContain('toxin-stops-pump');
    // No comparison: a pump that stops is the Na⁺/K⁺ pump.
    expect(flags(syn, 'The toxin blocks the receptor and the pump stops.')).toContain('toxin-stops-pump');
  });
});

describe('round 148: rubrics', () => {
  it('synapse: the channel that "never unlocks"', () => {
    expect(earned(syn, 'The pump (the channel) never unlocks so no diesel gets in.')).toContain(
      'channel-closed',
    );
    expect(earned(syn, 'The toxin never unlocks anything.')).not.toContain('channel-closed');
  });

  it('synapse: a "truck stop" is a place, not the toxin stopping the pump', () => {
    expect(
      flags(syn, 'Think of it like a fuel pump at the truck stop. The toxin jams the card slot.'),
    ).not.toContain('toxin-stops-pump');
    expect(flags(syn, 'The toxin stops the sodium potassium pump.')).toContain('toxin-stops-pump');
  });

  it('synapse: the potential "is still in resting potential"', () => {
    expect(earned(syn, 'The membrane potential is still in resting potential -70mV.')).toContain(
      'prediction',
    );
  });

  it('resting pump: ions pushed "to where they\'re already concentrated"', () => {
    expect(earned(rpp, "It needs ATP to push ions to where they're already concentrated.")).toContain(
      'against-gradient',
    );
    expect(earned(rpp, 'It needs ATP to push ions to where they are less concentrated.')).not.toContain(
      'against-gradient',
    );
  });
});
