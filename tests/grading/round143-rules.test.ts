import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags, frq } from './helpers.js';

const { dvr, pump, pva } = frq;

/*
 * Round 143: rules from blind batch EU (graded once, untouched, on f0e7232; now a first touch). Its
 * two flagged full-mark answers were engine errors, fixed here. Each rule has the answer it must now
 * read as a teacher would and a near miss it must still refuse.
 */
describe('round 143: the reader', () => {
  it('a doubt\'s "one of those" tag goes with the doubt, and the statement after it stands', () => {
    const tagged =
      "Repolarization: I'm not sure if it's K+ going out or Cl- coming in, one of those, and the inside gets negative again.";
    expect(earned(dvr, tagged)).toContain('repol-back-to-rest');
    // The doubt itself still credits neither ion.
    expect(earned(dvr, tagged)).not.toContain('repol-potassium-out');
    // Without the "and" and a subject of its own, what follows is still doubted.
    expect(
      earned(
        dvr,
        "Repolarization: I'm not sure if it's K+ going out or Cl- coming in, one of those, gets negative again.",
      ),
    ).not.toContain('repol-back-to-rest');
  });
});

describe('round 143: rubrics', () => {
  it('depolarization: "the pump isnt doing it" denies the pump the phases', () => {
    const denied =
      'In depolarization Na+ channels open and sodium floods in, and in repolarization K+ channels open and potassium leaves, and they are alike because both are just diffusion through channels, the pump isnt doing it and no ATP is used.';
    expect(flags(dvr, denied)).toEqual([]);
    expect(flags(dvr, 'In repolarization the pump is doing it, moving K+ out.')).toContain(
      'pump-repolarizes',
    );
  });

  it('depolarization: "both can\'t happen without ATP" is not the no-ATP likeness', () => {
    expect(
      earned(dvr, 'Na+ comes in and K+ leaves. Both of them cannot happen without ATP though.'),
    ).not.toContain('both-passive');
    expect(earned(dvr, 'They are alike because neither one can happen without ATP.')).not.toContain(
      'both-passive',
    );
    expect(
      earned(dvr, 'Na+ comes in and K+ leaves. Both happen through channels without using ATP.'),
    ).toContain('both-passive');
  });

  it('passive vs active: "not always straight from ATP" limits the energy claim, it does not deny it', () => {
    const limited = 'Active transport needs energy, but not always straight from ATP.';
    expect(flags(pva, limited)).not.toContain('active-no-energy');
    expect(earned(pva, limited)).toContain('active-energy');
    expect(flags(pva, 'Active transport does not need ATP.')).toContain('active-no-energy');
  });

  it('passive vs active: "ATP used = 0" and a table\'s "energy: none | ATP" row', () => {
    expect(
      earned(pva, 'PASSIVE: ATP used = 0, [high] → [low]. ACTIVE: needs ATP, [low] → [high].'),
    ).toContain('passive-no-energy');
    expect(earned(pva, 'Passive | Active\nenergy: none | ATP\ngradient: down | up')).toContain(
      'passive-no-energy',
    );
    expect(earned(pva, 'PASSIVE: ATP used = 2, [high] → [low].')).not.toContain('passive-no-energy');
  });

  it('pump blocked: sides no longer kept apart are the gradients run down', () => {
    expect(
      earned(pump, "After a few hours the Na+ and K+ aren't concentrated on one side anymore."),
    ).toContain('gradients-run-down');
    expect(earned(pump, 'The Na+ and K+ are concentrated on one side, as before.')).not.toContain(
      'gradients-run-down',
    );
  });

  it('pump blocked: "action potentials use channels not the pump" is not the firing lost', () => {
    const fine =
      'The gradients go away, but the neuron would still fire fine because action potentials use channels not the pump.';
    expect(earned(pump, fine)).not.toContain('cannot-fire');
    expect(earned(pump, 'The gradients go away, so the neuron cannot fire action potentials.')).toContain(
      'cannot-fire',
    );
  });

  it('pump blocked: "the neuron will die … and nothing more happen" is an effect', () => {
    expect(
      flags(pump, 'The ouabain is poison so the neuron will die fast and nothing more happen.'),
    ).not.toContain('no-effect');
    expect(flags(pump, 'Nothing will happen because the channels still work.')).toContain('no-effect');
  });
});
