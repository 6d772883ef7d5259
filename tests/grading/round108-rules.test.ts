import { describe, expect, it } from 'vitest';
import { packVerdict } from './helpers.js';

const earned = (id: string, answer: string) => packVerdict(id, answer).earned;
const flags = (id: string, answer: string) => packVerdict(id, answer).flags;

const dvr = 'depolarization-vs-repolarization';

/*
 * Rounds 108–109: rubric and engine rules from blind batch DI (graded once, untouched, on 0181268,
 * then a first touch), blind batch DJ's first touch, and a false flag that recurred across stored
 * batches. Each rule has the answer it must now read as a teacher would and a near miss it must
 * still refuse.
 */
describe('round 108', () => {
  it('K⁺ carried in by the pump is not "K⁺ enters during repolarization" unless it is said of repolarization', () => {
    // The neighbouring resting-potential question, answered instead: right, and no phase named.
    const rest =
      'The resting membrane potential is -70mV. It is maintained by the sodium potassium pump which moves 3 Na+ out and 2 K+ in using ATP.';
    expect(flags(dvr, rest)).not.toContain('potassium-enters-repol');
    expect(flags(dvr, 'The sodium-potassium pump moves 3 Na+ out and 2 K+ in using ATP.')).not.toContain(
      'potassium-enters-repol',
    );
    // Said of repolarization, with or without the pump, it is the misconception.
    expect(
      flags(dvr, 'Repolarization: the sodium-potassium pump pumps Na+ back out and K+ back in.'),
    ).toContain('potassium-enters-repol');
    expect(flags(dvr, 'Repolarization: K+ comes back into the cell.')).toContain('potassium-enters-repol');
    // With no pump in the sentence, K⁺ going in is still the misconception, whatever the phase.
    expect(flags(dvr, 'K+ goes into the cell and the inside gets negative again.')).toContain(
      'potassium-enters-repol',
    );
  });

  it('"pumps Na+ back out and K+ in" does not earn "K⁺ flows out"', () => {
    const answer =
      'Repolarization: the sodium potassium pump pumps Na+ back out and K+ back in, which restores -70 mV.';
    expect(earned(dvr, answer)).not.toContain('repol-potassium-out');
    expect(earned(dvr, 'Repolarization: the pump sends Na+ back out and K+ stays inside.')).not.toContain(
      'repol-potassium-out',
    );
    // The near miss: K⁺'s own leaving, named before the ion, still earns.
    expect(earned(dvr, 'Repolarization: the exit of K+ makes the inside negative.')).toContain(
      'repol-potassium-out',
    );
  });

  it('"repol" is repolarization in note form, so "repol: Na/K pump pumps K+ back in" credits the pump', () => {
    expect(flags(dvr, 'depol: Na+ in, + inside. repol: Na/K pump pumps K+ back in, back to -70.')).toContain(
      'pump-repolarizes',
    );
    expect(flags(dvr, 'depol: Na+ in, + inside. repol: K+ out thru channels, back to -70.')).not.toContain(
      'pump-repolarizes',
    );
  });

  it('"both use the sodium-potassium pump" says both phases are active transport', () => {
    expect(flags(dvr, 'They are alike because they both use the sodium potassium pump.')).toContain(
      'both-use-atp',
    );
    expect(
      flags(dvr, "They're alike because both phases are caused by the sodium-potassium pump."),
    ).toContain('both-use-atp');
    // Both passive, with the pump set apart, is the right likeness.
    expect(
      flags(dvr, 'Both are passive diffusion through channels; neither uses the sodium potassium pump.'),
    ).not.toContain('both-use-atp');
  });
});
