import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags } from './helpers.js';

/*
 * General rules from round 86, tuned on blind batch CJ (issue 7) after it had been graded once,
 * untouched, on the engine of round 85 (97.0% of 1,500 point decisions, two of three targets met).
 * Each rule has the answer it must now read as its writer did and a near miss it must still refuse.
 */
describe('round 86', () => {
  it('a table column read again keeps its clauses ("distilled water = hypotonic, cell = hypertonic")', () => {
    const answer =
      '| Part | Answer |\n| Tonicity | distilled water = hypotonic, cell = hypertonic |\n| Movement | water moves into cell (osmosis) |';
    expect(flags('osmosis-red-blood-cell', answer)).not.toContain('hypertonic-water');
    expect(
      flags(
        'osmosis-red-blood-cell',
        '| Part | Answer |\n| Tonicity | distilled water = hypertonic |\n| Movement | water moves out |',
      ),
    ).toContain('hypertonic-water');
  });

  it('where a crowd stood, then its move ("the Na+ people crowded outside push through into the cell", "the K+ people who were packed inside leave")', () => {
    const answer =
      'In depolarization the gate opens and all the Na+ people crowded outside push through into the cell. In repolarization a different gate opens and the K+ people who were packed inside leave.';
    expect(earned('depolarization-vs-repolarization', answer)).toEqual(
      expect.arrayContaining(['depol-sodium-in', 'repol-potassium-out']),
    );
    // The ion still counts: not with the other ion in each place.
    expect(
      earned(
        'depolarization-vs-repolarization',
        'In depolarization the K+ people crowded outside push through into the cell.',
      ),
    ).not.toContain('depol-sodium-in');
    expect(
      earned(
        'depolarization-vs-repolarization',
        'In repolarization the Na+ people who were packed inside leave.',
      ),
    ).not.toContain('repol-potassium-out');
  });

  it('an arrow from an ion to what is done to it is "is" ("Na+ -> pumped out")', () => {
    const answer = '1. Na+ -> pumped out (3)\n2. K+ -> pumped in (2)';
    expect(earned('resting-potential-pump', answer)).toEqual(
      expect.arrayContaining(['sodium-out', 'potassium-in']),
    );
    expect(
      earned('resting-potential-pump', '1. Na+ -> pumped in (3)\n2. K+ -> pumped out (2)'),
    ).not.toContain('sodium-out');
  });

  it('"natrium" and "kalium" are sodium and potassium', () => {
    expect(earned('resting-potential-pump', 'Pump work with ATP. Natrium goes out, kalium goes in.')).toEqual(
      expect.arrayContaining(['sodium-out', 'potassium-in']),
    );
    expect(
      earned('resting-potential-pump', 'Pump work with ATP. Kalium goes out, natrium goes in.'),
    ).not.toContain('sodium-out');
  });

  it('note form: "ACh/receptor binding blocked", "no CW", "the water outside is less salty", "the cell is take water"', () => {
    expect(earned('synapse-neurotoxin', 'ACh/receptor binding blocked -> gated channel closed')).toContain(
      'no-binding',
    );
    expect(earned('synapse-neurotoxin', 'ACh/receptor binding -> gated channel open')).not.toContain(
      'no-binding',
    );
    expect(earned('osmosis-red-blood-cell', 'cell swells / lysis / no CW')).toContain('no-wall');
    expect(earned('osmosis-red-blood-cell', 'cell swells / lysis / CW')).not.toContain('no-wall');
    expect(earned('osmosis-red-blood-cell', 'the water outside is less salty')).toContain('hypotonic');
    expect(earned('osmosis-red-blood-cell', 'the cell inside is less salty than the water')).not.toContain(
      'hypotonic',
    );
    expect(earned('osmosis-red-blood-cell', 'The cell is take water and become lyse.')).toContain(
      'water-enters',
    );
    expect(earned('osmosis-red-blood-cell', 'The cell is take water out and shrink.')).not.toContain(
      'water-enters',
    );
  });

  it('"passive does not" after a statement about active transport denies passive that statement, not the energy', () => {
    const answer =
      'Active transport uses ATP. Passive transport moves them without energy. Active uses protein pumps, passive does not use proteins.';
    expect(flags('passive-vs-active', answer)).not.toContain('active-no-energy');
    expect(earned('passive-vs-active', answer)).toContain('active-energy');
    expect(earned('passive-vs-active', 'Active transport needs ATP. Passive does not.')).toContain(
      'passive-no-energy',
    );
  });

  it('"it doesnt need any ATP like the pump does" sets the pump apart (stored batch AF)', () => {
    const answer =
      'depolarization is when sodium floods into the neuron and then repolarization is when potassium floods out and they are alike because its diffusion and it doesnt need any ATP like the pump does';
    expect(flags('depolarization-vs-repolarization', answer)).not.toContain('pump-repolarizes');
    expect(flags('depolarization-vs-repolarization', answer)).not.toContain('depol-uses-atp');
    expect(
      flags(
        'depolarization-vs-repolarization',
        'repolarization is when potassium goes out and it uses ATP like the pump does',
      ),
    ).toContain('pump-repolarizes');
  });
});
