import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags, frq, packVerdict } from './helpers.js';

const { dvr, pva, pump, rpp, syn } = frq;

/*
 * Round 130: rules from blind batch EH (graded once on arrival, on 161f2dc, as a first touch). Each
 * rule has the answer it must now read as a teacher would and a near miss it must still refuse.
 */
describe('round 130: reader', () => {
  it('a "never mind" that closes an aside opened by "- wait" takes back the aside and the clause before its dash', () => {
    const answer =
      "Active transport requires ATP and moves solutes up their gradient. Active example: the proton pump pumping H+ into the thylakoid space - wait that's in the chloroplast and it runs off the electron transport chain not ATP I think, so never mind, the sodium-potassium pump instead.";
    const v = packVerdict(pva, answer);
    expect(v.earned).toContain('active-energy');
    expect(v.flags).not.toContain('active-no-energy');
    // Without the "never mind" the aside stands as said.
    expect(
      flags(
        pva,
        "Active transport requires ATP. Active example: the proton pump - wait that's in the chloroplast and it runs off the electron transport chain not ATP.",
      ),
    ).toContain('active-no-energy');
  });

  it('"actually wait I think it does need a little ATP" is said of the subject of the sentence before', () => {
    const answer = 'passive transport needs no energy. actually wait I think it does need a little ATP.';
    expect(flags(pva, answer)).toContain('passive-needs-energy');
    expect(earned(pva, answer)).not.toContain('passive-no-energy');
    // An "I think" about another subject named in its own sentence stays with that subject.
    expect(
      earned(pva, 'passive transport needs no energy. actually I think active does need ATP.'),
    ).toContain('passive-no-energy');
  });

  it('a sentence that only doubts "which one" takes back the choice made in the sentence before', () => {
    const answer =
      'The resting potential becomes more negative because K+ leaves, wait no, it gets less negative because Na+ comes in. Actually im not sure which one.';
    expect(earned(pump, answer)).not.toContain('less-negative');
    expect(
      earned(
        pump,
        'The resting potential gets less negative because Na+ comes in. Im not sure which ion leaks faster though, maybe K+.',
      ),
    ).toContain('less-negative');
  });

  it('two counts, the first after its ion and the second before its own', () => {
    expect(
      earned(
        rpp,
        'The pump it push the sodium out of the cell, three of them, and bring two potassium inside.',
      ),
    ).toContain('ratio');
    expect(
      earned(
        rpp,
        'The pump it push the sodium out of the cell, two of them, and bring three potassium inside.',
      ),
    ).not.toContain('ratio');
  });
});

describe('round 130: rubrics', () => {
  it('depolarization vs repolarization: the phases put in different cells are flagged, and the repolarization said of the wrong cell is not credited', () => {
    const answer =
      'Depolarization happens in the presynaptic neuron when Na+ goes in, making it positive. Repolarization happens in the postsynaptic neuron when K+ leaves and it gets negative again.';
    const v = packVerdict(dvr, answer);
    expect(v.flags).toContain('phases-in-different-cells');
    expect(v.earned).not.toContain('repol-potassium-out');
    expect(v.earned).toContain('depol-sodium-in');
    // Said in a sentence of its own, the ion's movement is credited (blind batches DA, DM).
    const apart =
      'Depolarization happens in the presynaptic cell and repolarization happens in the postsynaptic cell. In the second one K+ leaves the cell.';
    expect(earned(dvr, apart)).toContain('repol-potassium-out');
    // Swapped headings (the example this round's one replaced in the question file).
    const swapped = packVerdict(dvr, 'Repolarization: Na+ rushes in. Depolarization: K+ leaves.');
    expect(swapped.flags).toContain('swaps-phases');
    expect(swapped.earned).not.toContain('depol-sodium-in');
  });

  it('depolarization vs repolarization: "then the pump uses ATP to put everything back" sets the pump apart', () => {
    const answer =
      'depolarization is when sodium rushes in and that makes the neuron positive inside and then the potassium goes out and that is repolarization and then the sodium potassium pump uses ATP to put everything back';
    expect(flags(dvr, answer)).not.toContain('pump-repolarizes');
    expect(flags(dvr, 'repolarization is when the sodium potassium pump uses ATP to push K+ out')).toContain(
      'pump-repolarizes',
    );
  });

  it('synapse: a denied stopping of release is no claim that release stops; customers that "cant get up to" the counter do not bind', () => {
    expect(flags(syn, "The toxin doesn't stop ACh from being released, so ACh still binds.")).not.toContain(
      'toxin-stops-release',
    );
    expect(flags(syn, 'The toxin stops ACh from being released.')).toContain('toxin-stops-release');
    expect(
      earned(
        syn,
        'ACh is the customer and the receptor is the counter. The toxin sits there so the customers cant get up to the counter.',
      ),
    ).toContain('no-binding');
  });

  it('pump blocked: "without it, K+ and Na+ leak down their gradients"; release blocked for another cell is the next neuron', () => {
    expect(
      earned(pump, 'it also maintains the gradients; without it, K+ and Na+ leak down their gradients.'),
    ).toContain('leak-not-restored');
    expect(earned(pump, 'Without the pump, Cl- will leak into the neuron.')).not.toContain(
      'leak-not-restored',
    );
    const next =
      "The presynaptic neuron won't be able to release neurotransmitter, so the postsynaptic neuron just won't get any signals.";
    expect(flags(pump, next)).toContain('next-neuron');
    expect(earned(pump, next)).not.toContain('cannot-fire');
    expect(earned(pump, "The neuron can't release neurotransmitter so it can't fire.")).toContain(
      'cannot-fire',
    );
  });

  it('passive vs active: "uses a little bit of ATP" and "a small amount of ATP" say passive needs energy', () => {
    expect(flags(pva, 'Passive transport uses a little bit of ATP and active uses a lot.')).toContain(
      'passive-needs-energy',
    );
    expect(flags(pva, 'Passive transport uses a small amount of ATP.')).toContain('passive-needs-energy');
    expect(flags(pva, 'Passive transport uses little or no energy at all.')).not.toContain(
      'passive-needs-energy',
    );
  });
});
