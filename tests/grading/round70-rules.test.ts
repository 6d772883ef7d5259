import { describe, expect, it } from 'vitest';
import { packEarned as earned, packVerdict } from './helpers.js';

/*
 * General rules from round 70, tuned on blind batch BS (issue 7) after it had been graded once,
 * untouched, on the engine of round 69 (96.7% of 1,500 point decisions). Each rule has the answer
 * it must now read as its writer did and a near miss it must still refuse.
 */
describe('round 70', () => {
  it('diffusion given an ATP cost is flagged and is not the likeness', () => {
    const v = packVerdict(
      'depolarization-vs-repolarization',
      'Depolarization: Na+ moves into the neuron. Repolarization: K+ moves out. Alike: both are diffusion which uses ATP to move the ions through the channels.',
    );
    expect(v.flags).toContain('diffusion-uses-atp');
    expect(v.earned).not.toContain('both-passive');
    // "zero ATP spent" is the likeness itself.
    const ok = packVerdict(
      'depolarization-vs-repolarization',
      'Alike: both phases just let the ions slide down their gradients through gated channels, zero ATP spent.',
    );
    expect(ok.flags).toEqual([]);
    expect(ok.earned).toContain('both-passive');
  });

  it('", which …," after a subject joined by "and" reads the subject again for its verb', () => {
    expect(
      earned(
        'depolarization-vs-repolarization',
        'Then for repolarization the K+ gates open and potassium, which is piled up inside, runs out of the cell.',
      ),
    ).toContain('repol-potassium-out');
  });

  it('"Na+, in," in a comma list is the ion moving in', () => {
    const v = earned(
      'depolarization-vs-repolarization',
      'a) Na+, in, more positive\nb) K+, out, more negative',
    );
    expect(v).toEqual(expect.arrayContaining(['depol-sodium-in', 'repol-potassium-out']));
    // Not a bare "in" that starts a new phrase: "Na+, in the cell" names where it is.
    expect(
      earned('depolarization-vs-repolarization', 'There is less Na+, in the cell there is more K+.'),
    ).not.toContain('depol-sodium-in');
  });

  it('misspellings from the shared list: "closd", "negitiv"; "hook onto" is binding', () => {
    expect(
      earned(
        'synapse-neurotoxin',
        'the toxin blocks the receptors so ach cant bind. the chanels stay closd.',
      ),
    ).toContain('channel-closed');
    expect(
      earned(
        'depolarization-vs-repolarization',
        'depolarization is when sodium goes in the cell and it gets les negitiv',
      ),
    ).toContain('depol-less-negative');
    expect(
      earned('synapse-neurotoxin', 'With the neurotoxin the ACh cant hook onto the receptor.'),
    ).toContain('no-binding');
  });

  it('a glossed comparison word stands for its gloss later; glossed two ways, for neither', () => {
    expect(
      earned(
        'synapse-neurotoxin',
        'The fans (Na+) are all outside wanting in. The toxin jams the receptor so ACh cannot bind, and the fans never get in.',
      ),
    ).toContain('no-sodium-entry');
    // "people (Na+) … people (K+)": neither reading is carried.
    expect(
      packVerdict(
        'resting-potential-pump',
        'A bouncer kicks out 3 people (Na+) and only lets 2 people (K+) back in.',
      ).flags,
    ).not.toContain('directions-reversed');
  });

  it('"3+ out vs 2+ in", "lose one + every round", "more leave than come in" are the net charge', () => {
    for (const answer of [
      'Na+ -> out, K+ -> in, 3:2. 3+ out vs 2+ in = inside more neg',
      'net you lose one + every round so inside = negative.',
      'The pump takes positive ions out and brings some other positive ions in, but more leave than come in so the inside is left negative.',
    ])
      expect(earned('resting-potential-pump', answer)).toContain('net-charge');
    // "Ca2+ out" is an ion, not a charge count.
    expect(earned('resting-potential-pump', 'Ca2+ out')).not.toContain('net-charge');
  });

  it('"the way they dont want to go" is against the gradient', () => {
    expect(
      earned(
        'resting-potential-pump',
        'The pump moves 3 Na+ out and 2 K+ in. It needs ATP because it moves them the way they dont want to go.',
      ),
    ).toContain('against-gradient');
  });
});

describe('round 70: poisoning the cell takes its energy away', () => {
  it('"if you poisoned the mitochondria the pump would stop but oxygen would still diffuse in" gives examples', () => {
    expect(
      earned(
        'passive-vs-active',
        'Passive needs no energy and active needs ATP. So like if you poisoned the mitochondria the sodium potassium pump would stop but oxygen would still diffuse in.',
      ),
    ).toContain('examples');
    // A case set against the facts is still imagined: "If the pump were passive, it would …".
    expect(
      earned('passive-vs-active', 'If the sodium potassium pump were passive, oxygen would be pumped in.'),
    ).not.toContain('examples');
  });
});

describe('round 70: another solution named is no misconception', () => {
  it('"in salt water the cell would shrivel" flags nothing; the distilled water called hypertonic still does', () => {
    for (const answer of [
      'If you put a red blood cell in salt water it would shrivel up because water leaves the cell by osmosis.',
      'If you put a red blood cell in salt water, the salt water would be hypertonic and the water would leave the cell and it would shrink. Distilled water is the opposite of that.',
    ])
      expect(packVerdict('osmosis-red-blood-cell', answer).flags).toEqual([]);
    expect(
      packVerdict(
        'osmosis-red-blood-cell',
        'The distilled water is hypertonic so water leaves the cell and it shrinks.',
      ).flags,
    ).toEqual(expect.arrayContaining(['hypertonic-water', 'water-leaves']));
  });

  it('"It could burst or shrink" offers both ends and claims neither', () => {
    expect(
      packVerdict('osmosis-red-blood-cell', 'Water moves in by osmosis. It could burst or shrink.').flags,
    ).toEqual([]);
  });
});

describe('round 70: "Scratch that," opening a sentence takes back the one before', () => {
  it('reads the corrected sentence and flags nothing in the withdrawn one', () => {
    const v = packVerdict(
      'depolarization-vs-repolarization',
      'Depolarization: Na+ flows in, inside less negative. Repolarization: K+ flows into the cell. Scratch that, K+ flows out of the cell. Back to -70. Both passive.',
    );
    expect(v.earned).toContain('repol-potassium-out');
    expect(v.flags).toEqual([]);
    // "scratch" alone is no correction.
    expect(
      packVerdict(
        'depolarization-vs-repolarization',
        'Repolarization: K+ flows into the cell. Scratch the surface and it leaks.',
      ).flags,
    ).toContain('potassium-enters-repol');
  });
});

describe('round 70: "No wait," "No, sorry," "Oops," "My bad," opening a sentence', () => {
  it('take back the statement before and stand themselves', () => {
    for (const opener of ['No wait,', 'No, sorry,', 'Oops,', 'My bad,']) {
      const v = packVerdict(
        'depolarization-vs-repolarization',
        `Repolarization: K+ flows into the cell. ${opener} K+ flows out of the cell.`,
      );
      expect(v.earned).toContain('repol-potassium-out');
      expect(v.flags).toEqual([]);
    }
    // "No" opening an answer to something else takes nothing back.
    expect(
      earned('depolarization-vs-repolarization', 'Repolarization: K+ flows out of the cell. No ATP is used.'),
    ).toContain('repol-potassium-out');
  });
});
