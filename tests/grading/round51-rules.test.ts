import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags, packVerdict } from './helpers.js';

/*
 * General rules from round 51, tuned on blind batch AY (issue 7) after it had been graded once,
 * untouched, on the final engine of round 50 (97.5% of 1,500 point decisions; three full-mark
 * answers flagged, all by the caveats of students who over-qualify). Each rule has the answer it
 * must now read as its writer did and a near miss it must still refuse.
 */
describe('round 51: caveats and second thoughts', () => {
  it('"… could still depolarize it, but not this one" sets the caveat aside', () => {
    const v = packVerdict(
      'synapse-neurotoxin',
      'Prediction: No depolarization — the postsynaptic membrane stays at resting potential. One caveat: other excitatory synapses on the same neuron could still depolarize it, but not this one.',
    );
    expect(v.flags).toEqual([]);
    expect(v.earned).toContain('prediction');
  });

  it('still flags "it could still depolarize" with no "but not this one"', () => {
    expect(
      flags('synapse-neurotoxin', 'The toxin blocks ACh but the neuron could still depolarize.'),
    ).not.toEqual([]);
  });

  it('"… actually wait, I think …" takes back the statement before and keeps the second thought', () => {
    const v = packVerdict(
      'synapse-neurotoxin',
      'ACh cannot bind to the receptor so the channels stay closed... actually wait, I think the toxin might just make the channel open slower so it still fires, just later.',
    );
    expect(v.earned).not.toContain('no-binding');
    expect(v.flags).toContain('fires-anyway');
  });

  it('"not really sure about any of this" takes back everything; "not sure about the ratio" does not', () => {
    expect(
      earned('resting-potential-pump', "i think it might use ATP but i'm not really sure about any of this"),
    ).not.toContain('uses-atp');
    expect(
      earned('resting-potential-pump', "The pump uses ATP. I'm not sure about the ratio though."),
    ).toContain('uses-atp');
  });

  it('"whether …" is a question only up to a "but" that goes on to a claim', () => {
    expect(
      earned(
        'osmosis-red-blood-cell',
        "The cell would swell; whether it actually lyses depends on how long it's left in, but RBCs have no cell wall, so lysis is likely.",
      ),
    ).toContain('no-wall');
  });

  it("\"It's not true that … — they won't, since ACh can't latch on\": the dash ends the denied claim", () => {
    expect(
      earned(
        'synapse-neurotoxin',
        "It's not true that the channels will open — they won't, since ACh can't latch on.",
      ),
    ).toContain('no-binding');
    expect(earned('synapse-neurotoxin', "It's not true that ACh can't bind to the receptors.")).not.toContain(
      'no-binding',
    );
  });
});

describe('round 51: note form and wordings from batch AY', () => {
  it('"Depolarization – Na+ – into the cell": a dash before a direction keeps the ion with it', () => {
    expect(
      earned(
        'depolarization-vs-repolarization',
        '1. Depolarization – Na+ – into the cell – potential becomes more positive / 2. Repolarization – K+ – out of cell – potential goes back down to negative',
      ),
    ).toEqual(expect.arrayContaining(['depol-sodium-in', 'repol-potassium-out']));
  });

  it('pump-blocked: "ouabain doesn\'t affect channels" is the premise, not a prediction of no change', () => {
    expect(
      flags(
        'pump-blocked',
        "Assuming the leak channels stay open (ouabain doesn't affect channels), Na+ keeps leaking in and the resting potential becomes less negative.",
      ),
    ).toEqual([]);
    expect(flags('pump-blocked', "Ouabain doesn't affect the neuron.")).toContain('no-effect');
  });

  it('pump-blocked: "never gets sent back"', () => {
    expect(
      earned(
        'pump-blocked',
        'sodium leaks in and potassium leaks out and never gets sent back, so the gradients flatten out.',
      ),
    ).toContain('leak-not-restored');
  });

  it('osmosis: "more salt and stuff inside it than in the water"', () => {
    expect(
      earned(
        'osmosis-red-blood-cell',
        "The cell soaks up the water because there's more salt and stuff inside it than in the water.",
      ),
    ).toContain('hypotonic');
  });
});
