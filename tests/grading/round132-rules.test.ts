import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags, frq } from './helpers.js';

const { dvr, osm, pva, pump, rpp } = frq;

/*
 * Round 132: rules from blind batch EJ (graded once on arrival, on 652c7d2, as a first touch). Each
 * rule has the answer it must now read as a teacher would and a near miss it must still refuse.
 */
describe('round 132: reader', () => {
  it('an arrow from one side to the other in a bracket after an ion goes with that ion: "3Na+ (in->out), 2K+ (out->in)"', () => {
    expect(earned(rpp, '3Na+ (in->out), 2K+ (out->in), both vs conc. gradient')).toEqual(
      expect.arrayContaining(['sodium-out', 'potassium-in']),
    );
    expect(earned(rpp, '3Na+ (out->in), 2K+ (in->out)')).not.toContain('sodium-out');
  });
});

describe('round 132: rubrics', () => {
  it('depolarization vs repolarization: "the pump is what resets the concentrations after" sets the pump apart', () => {
    const answer =
      'K+ leaves so it drops back to -70 and theyre alike because both are just passive diffusion through channels no ATP, the pump is what resets the concentrations after';
    expect(
      flags(dvr, `depolarization is when Na+ floods in and then repolarization is when ${answer}`),
    ).not.toContain('pump-repolarizes');
    expect(flags(dvr, 'repolarization is when the pump resets the concentrations')).toContain(
      'pump-repolarizes',
    );
  });

  it('pump blocked: "nothing happens when you try to start an AP" cannot fire, not no effect; "can fire some times more but after it can\'t"', () => {
    const tries = 'Membrane potential heads toward zero and nothing happens when you try to start an AP.';
    expect(earned(pump, tries)).toContain('cannot-fire');
    expect(flags(pump, tries)).not.toContain('no-effect');
    expect(flags(pump, 'Nothing happens to the neuron, it is fine.')).toContain('no-effect');
    expect(earned(pump, "The neuron can fire some times more but after it can't.")).toContain('cannot-fire');
    expect(earned(pump, 'The neuron can fire some times more and after it can rest.')).not.toContain(
      'cannot-fire',
    );
  });

  it('passive vs active: energy "from food" is not the cell spending ATP, in note form too', () => {
    expect(earned(pva, 'Passive uses energy from the sun and active uses energy from food.')).not.toContain(
      'active-energy',
    );
    expect(earned(pva, 'Passive: no energy. Active uses energy.')).toContain('active-energy');
  });

  it('resting pump: "already more sodium outside and more potassium inside" is against both gradients', () => {
    expect(
      earned(rpp, 'it uses ATP because there is already more sodium outside and more potassium inside'),
    ).toContain('against-gradient');
    expect(earned(rpp, 'there is more sodium outside and more potassium inside')).not.toContain(
      'against-gradient',
    );
  });

  it('osmosis: "hypotonic, which means the cell has a lower solute concentration than the water" defines it backwards', () => {
    const answer =
      'The distilled water is hypotonic which means the cell has a lower solute concentration than the water, so water goes in.';
    expect(flags(osm, answer)).toContain('hypotonic-backwards');
    expect(earned(osm, answer)).not.toContain('hypotonic');
    expect(
      earned(
        osm,
        'The distilled water is hypotonic which means the cell has a higher solute concentration than the water.',
      ),
    ).toContain('hypotonic');
  });
});
