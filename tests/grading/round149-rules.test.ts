import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags, frq } from './helpers.js';

const { osm, pva, pump, syn } = frq;

/*
 * Round 149: rules from blind batch FA (a first touch, graded once on f1cb6d1 before any of these).
 * Each rule has the answer it must now read as a teacher would and a near miss it must still refuse.
 */
describe('round 149: rubrics', () => {
  it('synapse: a pump that "won\'t turn on" is the toxin stopping the Na⁺/K⁺ pump', () => {
    const text =
      "ACh can't bind to the receptor, so the sodium-potassium pump won't turn on and sodium won't be pumped into the cell.";
    expect(flags(syn, text)).toContain('toxin-stops-pump');
    // The pump's sodium kept out is not the channel's: no Na⁺-entry point from it.
    expect(earned(syn, text)).not.toContain('no-sodium-entry');
    // A channel that will not open is no pump.
    expect(flags(syn, "ACh can't bind, so the channel won't open and Na+ can't get in.")).not.toContain(
      'toxin-stops-pump',
    );
  });

  it('passive/active: "from the side where theres a lot of them to the side where theres not many"', () => {
    expect(
      earned(
        pva,
        'Passive transport: molecules flow from the side where theres a lot of them to the side where theres not many.',
      ),
    ).toContain('passive-down-gradient');
    expect(
      earned(pva, 'Passive transport: molecules flow from the side where theres a lot of them.'),
    ).not.toContain('passive-down-gradient');
  });

  it('passive/active: salt said to move "by osmosis" is no correct example', () => {
    const text = 'Example for passive is salt moving by osmosis. Example for active is the Na+/K+ pump.';
    expect(flags(pva, text)).toContain('osmosis-moves-solute');
    expect(earned(pva, text)).not.toContain('examples');
    expect(
      flags(pva, 'Example for passive is water moving by osmosis. Example for active is the Na+/K+ pump.'),
    ).not.toContain('osmosis-moves-solute');
  });

  it('pump blocked: the ions that "not have different inside and outside anymore"', () => {
    expect(earned(pump, 'Because the Na+ and K+ not have different inside and outside anymore.')).toContain(
      'gradients-run-down',
    );
    // The charge, not the ions: that is the potential.
    expect(earned(pump, 'The charge is not different inside and outside.')).not.toContain(
      'gradients-run-down',
    );
  });

  it('pump blocked: gradients that "don\'t disappear instantly but they do slowly run down"', () => {
    expect(earned(pump, "The gradients don't disappear instantly but they do slowly run down.")).toContain(
      'gradients-run-down',
    );
    expect(earned(pump, "The gradients don't disappear instantly.")).not.toContain('gradients-run-down');
  });

  it('osmosis: "less stuff in the water then in the cell" (then for than)', () => {
    expect(earned(osm, 'Water is more outside, less stuff in the water then in the cell.')).toContain(
      'hypotonic',
    );
    // The cell with less: the other way round.
    expect(earned(osm, 'There is less stuff in the cell then in the water.')).not.toContain('hypotonic');
  });

  it('osmosis: water "moving from the distilled water (…) into the red blood cell"', () => {
    expect(
      earned(
        osm,
        'Water does the same thing by osmosis, moving from the distilled water (hypotonic, basically no solutes) into the red blood cell.',
      ),
    ).toContain('water-enters');
    // Solutes said to move: not the water.
    expect(
      earned(osm, 'Since the water is hypotonic, solutes move from the water into the cell.'),
    ).not.toContain('water-enters');
  });
});
