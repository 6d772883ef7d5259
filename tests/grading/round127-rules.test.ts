import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags, frq } from './helpers.js';

const { dvr, osm, pump, rpp, syn } = frq;

/*
 * Round 127: rules from blind batch EE (graded once on arrival, on 266644d, as a first touch). Each
 * rule has the answer it must now read as a teacher would and a near miss it must still refuse.
 */
describe('round 127: reader', () => {
  it('"actually no it flows in" corrects the ion of the statement before, as "wait no, it goes in" does', () => {
    expect(earned(dvr, 'Depolarization: Na+ flows out of the cell... actually no it flows in.')).toContain(
      'depol-sodium-in',
    );
    expect(earned(dvr, 'Depolarization: Na+ flows out of the cell... it flows out fast.')).not.toContain(
      'depol-sodium-in',
    );
  });

  it('"Repolarization would be if K+ went out" defines the next step of a supposition read as the facts', () => {
    const answer =
      "If sodium channels opened, Na+ would flow into the cell and the inside would become more positive, that's depolarization. Repolarization would be if K+ went out, making it negative again.";
    expect(earned(dvr, answer)).toEqual(
      expect.arrayContaining(['repol-potassium-out', 'repol-back-to-rest']),
    );
    // A case set against the facts on its own is still no claim.
    expect(earned(dvr, 'Repolarization would be different if K+ went out.')).not.toContain(
      'repol-potassium-out',
    );
  });

  it('a "they" far from its ion still reads the ion the sentence opens with', () => {
    const answer =
      "The Na+ are like a crowd trying to get through a packed gym exit but the doors are locked, so they can't get into the cell.";
    expect(earned(syn, answer)).toContain('no-sodium-entry');
    // A sentence opened by something else lends no ion to its "they".
    const doors =
      "The doors are like a gate at a packed gym exit that nobody can open at all tonight, so they can't get into the cell.";
    expect(earned(syn, doors)).not.toContain('no-sodium-entry');
  });
});

describe('round 127: rubrics', () => {
  it('depolarization: an analogy\'s own pressure is no potential; "into the extracellular fluid" is out', () => {
    const valve =
      'When the valve opens in depolarization stuff flows in and pressure goes up. In repolarization a different valve opens and the pressure drops back down.';
    expect(earned(dvr, valve)).not.toContain('depol-less-negative');
    expect(earned(dvr, valve)).not.toContain('repol-back-to-rest');
    expect(earned(dvr, 'In depolarization Na+ flows in and the voltage goes up.')).toContain(
      'depol-less-negative',
    );
    expect(earned(dvr, 'Depolarization: Na+ moves into the extracellular fluid.')).not.toContain(
      'depol-sodium-in',
    );
    expect(earned(dvr, 'Depolarization: Na+ moves into the cell from the extracellular fluid.')).toContain(
      'depol-sodium-in',
    );
  });

  it('osmosis: "it\'s gonna blow"', () => {
    expect(earned(osm, "once water gets in it's gonna blow.")).toContain('swells-bursts');
    expect(earned(osm, 'the water is gonna stay put.')).not.toContain('swells-bursts');
  });

  it('pump blocked: gradients that "bleed down" or a gradient that "drops"; "+40 mV and stay there" goes positive', () => {
    expect(earned(pump, 'nothing pushes them back, so the gradients bleed down.')).toContain(
      'gradients-run-down',
    );
    expect(earned(pump, 'The pump stops so the pressure (the gradient) drops.')).toContain(
      'gradients-run-down',
    );
    expect(earned(pump, 'the concentration gradients stay and the voltage drops')).not.toContain(
      'gradients-run-down',
    );
    expect(flags(pump, 'resting potential would go from -70 up to like +40 mV and stay there')).toContain(
      'goes-positive',
    );
    expect(
      flags(pump, 'during an action potential it goes from -70 to +40 and then back down'),
    ).not.toContain('goes-positive');
  });

  it('resting pump: "K+ gets pushed in where K+ is already high"; "throws 3 of them out"', () => {
    const answer =
      'Na+ gets pushed out to where Na+ is already high, and K+ gets pushed in where K+ is already high.';
    expect(earned(rpp, answer)).toEqual(expect.arrayContaining(['potassium-in', 'against-gradient']));
    expect(earned(rpp, 'Na+ gets pushed out, and K+ gets pushed in.')).not.toContain('against-gradient');
    expect(earned(rpp, 'Sodium keeps wanting to come in so the pump throws 3 of them out.')).toContain(
      'sodium-out',
    );
    expect(earned(rpp, 'Sodium keeps wanting to come in so the pump throws 3 of them in.')).not.toContain(
      'sodium-out',
    );
  });

  it('synapse: "nothing happens to the … membrane potential" predicts it, "nothing happens" alone does not', () => {
    expect(
      earned(
        syn,
        'nothing happens to the post synaptic neuron membrane potential bc the toxin is blocking the receptors',
      ),
    ).toContain('prediction');
    expect(
      earned(syn, 'nothing happens to the postsynaptic neuron bc the toxin is blocking it'),
    ).not.toContain('prediction');
  });
});
