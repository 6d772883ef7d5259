import { describe, expect, it } from 'vitest';
import { packEarned as earned, packVerdict } from './helpers.js';

/*
 * General rules from round 72, tuned on blind batch BU (issue 7) after it had been graded once,
 * untouched, on the engine of round 71 (97.2% of 1,500 point decisions, all three targets met).
 * Each rule has the answer it must now read as its writer did and a near miss it must still refuse.
 */
describe('round 72', () => {
  it('"not 100% on that" is a doubt that takes its statement back', () => {
    const v = earned(
      'resting-potential-pump',
      "The pump uses ATP to push sodium out of the cell. Potassium I think goes in but I'm not 100% on that.",
    );
    expect(v).toContain('sodium-out');
    expect(v).not.toContain('potassium-in');
    expect(
      earned(
        'resting-potential-pump',
        'The pump uses ATP to push sodium out of the cell. Potassium goes in.',
      ),
    ).toContain('potassium-in');
  });

  it('a doubt opening its sentence and going on with "but" commits to what follows', () => {
    expect(
      earned(
        'pump-blocked',
        'Not 100% sure but: I predict the resting potential will become less negative over time.',
      ),
    ).toContain('less-negative');
    // A doubt after the claim still takes it back.
    expect(
      earned('pump-blocked', 'The resting potential will become less negative over time, not 100% sure.'),
    ).not.toContain('less-negative');
  });

  it('", maybe potassium though," offers another ion and withdraws the choice', () => {
    const v = earned(
      'depolarization-vs-repolarization',
      'Depolarization I think is sodium going in, maybe potassium though, Im not sure. It makes the inside more positive.',
    );
    expect(v).not.toContain('depol-sodium-in');
    expect(v).toContain('depol-less-negative');
    expect(
      earned(
        'depolarization-vs-repolarization',
        'Depolarization is sodium going in, maybe through voltage-gated channels.',
      ),
    ).toContain('depol-sodium-in');
  });

  it('"→ +" after a note-form move is the cell becoming that charge', () => {
    const v = earned(
      'depolarization-vs-repolarization',
      'D: Na in → + / R: K out → - / same: both use channels',
    );
    expect(v).toContain('depol-less-negative');
    expect(v).toContain('repol-back-to-rest');
  });

  it('a learner\'s "become more small" is "smaller"; "more small molecules" is a count', () => {
    expect(
      earned(
        'pump-blocked',
        'The sodium enter by the channels and nobody return them. The gradient of concentration become more small with the time.',
      ),
    ).toContain('gradients-run-down');
    expect(earned('pump-blocked', 'The gradient of concentration has more small molecules.')).not.toContain(
      'gradients-run-down',
    );
  });

  it('listing all three tonicities names the kinds and claims none', () => {
    expect(
      earned(
        'osmosis-red-blood-cell',
        'Tonicity is the ability of a solution to make a cell gain or lose water. There are hypertonic, hypotonic, and isotonic solutions.',
      ),
    ).not.toContain('hypotonic');
    expect(
      earned(
        'osmosis-red-blood-cell',
        'Distilled water is hypotonic, not hypertonic or isotonic, compared to the cell.',
      ),
    ).toContain('hypotonic');
  });

  it('"join the receptor" is binding; "even without ACh" denies nothing', () => {
    expect(
      earned(
        'synapse-neurotoxin',
        'The ACh is released but it is not able to join the receptor because toxin is sitting there.',
      ),
    ).toContain('no-binding');
    expect(
      earned(
        'synapse-neurotoxin',
        'The neurotoxin would act like acetylcholine and open the channels itself, so the postsynaptic neuron would depolarize even without ACh.',
      ),
    ).not.toContain('prediction');
  });

  it('a comparison declared in words carries its term, after its own clause', () => {
    expect(
      earned(
        'synapse-neurotoxin',
        "Acetylcholine is the key and the receptor is the lock but the toxin is already jammed in the lock so the key can't go in.",
      ),
    ).toContain('no-binding');
    expect(
      earned(
        'synapse-neurotoxin',
        'Potato cellar door: the door is the channel, the toxin jams the door shut.',
      ),
    ).toContain('channel-closed');
    // Without the declaration a door is only a door.
    expect(earned('synapse-neurotoxin', 'Potato cellar door: the toxin jams the door shut.')).not.toContain(
      'channel-closed',
    );
    // "the cell is healthy" declares nothing: no article, no thing named.
    expect(
      packVerdict(
        'osmosis-red-blood-cell',
        'The water is hypotonic so the red blood cell is healthy and stays the same, because hypotonic is the normal environment for cells.',
      ).flags,
    ).toEqual([]);
  });
  it('"passive goes with it" is down the gradient; "active goes with it" is the misconception', () => {
    expect(
      earned('passive-vs-active', 'Active goes against the gradient and passive goes with it.'),
    ).toContain('passive-down-gradient');
    expect(
      packVerdict(
        'passive-vs-active',
        'Passive goes against the concentration gradient and active goes with it.',
      ).flags,
    ).toContain('active-down-gradient');
  });

  it('a numbered line opening with a bare movement goes on about the ion ending the line before', () => {
    const v = earned(
      'depolarization-vs-repolarization',
      '1. Depolarization - Na+\n2. moves into the cell\n3. membrane potential goes up\n4. Repolarization - K+\n5. moves out\n6. back to -70',
    );
    expect(v).toContain('depol-sodium-in');
    expect(v).toContain('repol-potassium-out');
    // Not within a sentence: only a line that opens with the movement.
    expect(
      earned(
        'depolarization-vs-repolarization',
        'Depolarization is about Na+. The membrane potential then moves into positive values.',
      ),
    ).not.toContain('depol-sodium-in');
  });
});
