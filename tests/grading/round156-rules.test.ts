import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags, frq } from './helpers.js';

const { osm, rpp } = frq;

/*
 * Round 156: from the made-up full-mark sentences that tried blind batch FJ's pre-registered
 * analogies (a stock-tank windmill pump, a cattle guard, a snow fence, a rodeo ticket booth)
 * against every question before FJ was written. Each rule has the answer it must now read as a
 * teacher would and a near miss it must still refuse.
 */
describe('round 156: an everyday pump in a comparison, and what it does', () => {
  it('"kind of like the windmill pumping water into the stock tank" is the windmill\'s pumping', () => {
    const text =
      'water moves into the red blood cell by osmosis since distilled water is hypotonic. kind of like the windmill pumping water into the stock tank till it overflows, the cell swells and then lyses, theres no cell wall.';
    expect(flags(osm, text)).not.toContain('water-pumped');
    expect([...earned(osm, text)].sort()).toEqual(['hypotonic', 'no-wall', 'swells-bursts', 'water-enters']);
    // Near miss: the cell as the pump.
    expect(flags(osm, 'The cell is like a pump pumping water in.')).toContain('water-pumped');
  });

  it('"like the windmill pump pumping water" is still the windmill pump\'s', () => {
    const text =
      'Like the windmill pump pumping water into the stock tank till it overflows, the cell swells and bursts.';
    expect(flags(osm, text)).not.toContain('water-pumped');
    // Near miss: the cell pumping, with the windmill only beside it.
    expect(flags(osm, 'The cell pumps water in, like a windmill pumping water.')).toContain('water-pumped');
  });

  it('in a picture, "the windmill pumping water in" is the windmill\'s, though the cell is named', () => {
    const text =
      'Think of the stock tank with the windmill pumping water in, the cell just keeps filling. Water moves into the cell by osmosis because distilled water is hypotonic, it swells and bursts since it has no cell wall.';
    expect(flags(osm, text)).not.toContain('water-pumped');
    // Near misses: the cell doing the pumping in the picture, and a windmill outside any picture.
    expect(flags(osm, 'Think of the cell pumping water in like a windmill.')).toContain('water-pumped');
    expect(
      flags(osm, 'The tank fills with the windmill pumping water in, and the cell pumps water in.'),
    ).toContain('water-pumped');
  });

  it('the real pump doing its pumping after "like the" is still read', () => {
    const text = 'It works like the Na+/K+ pump pumping 3 Na+ out and 2 K+ in using ATP.';
    expect(earned(rpp, text)).toContain('sodium-out');
  });
});
