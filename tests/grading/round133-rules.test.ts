import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags, frq } from './helpers.js';

const { osm, pva, pump, rpp, syn } = frq;

/*
 * Round 133: rules from blind batch EK (graded once, untouched, on 2c64a67; then a first touch).
 * Each rule has the answer it must now read as a teacher would and a near miss it must still refuse.
 */
describe('round 133: rubrics', () => {
  it('resting pump: the "sodium potassium channel" letting sodium in moves no potassium in; "lets the sodium in and kicks the potassium out" moves no sodium out', () => {
    const channel =
      'The sodium potassium channel opens and lets sodium flow into the cell and potassium flow out.';
    expect(earned(rpp, channel)).not.toContain('potassium-in');
    expect(earned(rpp, 'The pump lets potassium flow into the cell.')).toContain('potassium-in');
    const bouncer = 'The pump is a bouncer, it lets the sodium in and kicks the potassium out.';
    expect(earned(rpp, bouncer)).not.toContain('sodium-out');
    expect(earned(rpp, 'The pump is a bouncer, it kicks the sodium out.')).toContain('sodium-out');
  });

  it('osmosis: "gets full of water and break" bursts; the direction "which is into the cell" after the gradient', () => {
    expect(earned(osm, 'The blood cell gets full of water and break.')).toContain('swells-bursts');
    expect(earned(osm, 'The blood cell is full of water and salt.')).not.toContain('swells-bursts');
    const relative =
      'water goes from high water concentration to low water concentration which is into the cell';
    expect(earned(osm, relative)).toContain('water-enters');
    expect(earned(osm, 'water goes from high water concentration to low water concentration')).not.toContain(
      'water-enters',
    );
  });

  it('passive vs active: "from fewer to more" is against the gradient', () => {
    expect(earned(pva, 'Active transport uses ATP to move molecules from fewer to more.')).toContain(
      'active-against-gradient',
    );
    expect(earned(pva, 'Active transport uses ATP to move more molecules.')).not.toContain(
      'active-against-gradient',
    );
  });

  it('pump blocked: "lose its excitability" cannot fire; "its out of gradient"; "+40 mV" alone is not less negative', () => {
    expect(earned(pump, 'Over time the neuron will lose its excitability.')).toContain('cannot-fire');
    expect(earned(pump, 'Over time the neuron will keep its excitability.')).not.toContain('cannot-fire');
    expect(earned(pump, 'eventually its out of gradient')).toContain('gradients-run-down');
    expect(earned(pump, 'eventually it moves out of the cell')).not.toContain('gradients-run-down');
    expect(earned(pump, 'the resting potential will go up to like +40 mV')).not.toContain('less-negative');
    expect(earned(pump, 'the resting potential will go up toward 0 mV')).toContain('less-negative');
  });

  it('synapse toxin: ACh that "can\'t plug into the receptor" cannot bind', () => {
    expect(earned(syn, "The ACh gets sent but it can't plug into the receptor.")).toContain('no-binding');
    expect(earned(syn, 'The ACh gets sent and plugs into the receptor.')).not.toContain('no-binding');
    expect(flags(syn, "The ACh can't plug into the receptor.")).toEqual([]);
  });
});
