import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags, frq } from './helpers.js';

const { dvr, osm, pva, rpp } = frq;

/*
 * Round 137: rules from blind batch EO (graded once on arrival, on 06acc16, as a first touch). Each
 * rule has the answer it must now read as a teacher would and a near miss it must still refuse.
 */
describe('round 137: reader', () => {
  it('"it\'s the other way around, 3 Na+ out and 2 K+ in": the right way spelled out after it stands', () => {
    const answer =
      "The pump moves 2 Na+ out and 3 K+ in. No wait, it's the other way around, 3 Na+ out and 2 K+ in.";
    expect(earned(rpp, answer)).toEqual(expect.arrayContaining(['sodium-out', 'potassium-in', 'ratio']));
    expect(earned(rpp, 'The pump moves 3 Na+ out and 2 K+ in, or maybe the other way around.')).not.toContain(
      'ratio',
    );
  });

  it('a reduced relative ", concentrated inside," keeps its subject', () => {
    expect(earned(dvr, 'During repolarization K+, concentrated inside, diffuses outward.')).toContain(
      'repol-potassium-out',
    );
    expect(earned(dvr, 'During repolarization K+, concentrated inside, stays put.')).not.toContain(
      'repol-potassium-out',
    );
  });

  it('a comparison taken back at once ("like a bucking chute — wait no") glosses nothing', () => {
    const taken =
      "Think of the cell like a bucking chute — wait no, the membrane is like the chute walls but they're soft.";
    expect(flags(osm, taken)).not.toContain('has-cell-wall');
    expect(flags(osm, 'Think of the cell like a bucking chute. The chute walls hold it in.')).toContain(
      'has-cell-wall',
    );
  });

  it('an arrow between a verb of going and a line-ending "in" is the move: "water goes -> in"', () => {
    expect(earned(osm, 'tonicity: hypotonic\nwater goes -> in\nresult: bigger')).toContain('water-enters');
    expect(earned(osm, 'tonicity: hypotonic\nwater goes -> out\nresult: smaller')).not.toContain(
      'water-enters',
    );
  });
});

describe('round 137: rubrics', () => {
  it('resting pump: "neither ion would move this way on its own"; "releases three sodium ions on the extracellular side"', () => {
    expect(earned(rpp, 'Neither ion would move this way on its own, so the pump uses ATP.')).toContain(
      'against-gradient',
    );
    expect(earned(rpp, 'Both ions would move this way on their own.')).not.toContain('against-gradient');
    expect(earned(rpp, 'It releases three sodium ions on the extracellular side.')).toContain('sodium-out');
    expect(earned(rpp, 'It releases three sodium ions on the cytoplasmic side.')).not.toContain('sodium-out');
  });

  it('passive vs active: "K+ rushes into the neuron through voltage gated channels" is a backwards example', () => {
    expect(flags(pva, 'Ex passive: K+ rushes into the neuron through voltage gated channels.')).toContain(
      'channel-example-reversed',
    );
    expect(
      flags(pva, 'Ex passive: K+ rushes out of the neuron through voltage gated channels.'),
    ).not.toContain('channel-example-reversed');
  });

  it('osmosis: "Water is pumped into the cell by the sodium-potassium pump" is water pumped, not osmosis', () => {
    const pumped = 'Water is pumped into the cell by the sodium-potassium pump using ATP.';
    expect(flags(osm, pumped)).toContain('water-pumped');
    expect(earned(osm, pumped)).not.toContain('water-enters');
    expect(earned(osm, 'Water moves into the cell by osmosis.')).toContain('water-enters');
  });
});
