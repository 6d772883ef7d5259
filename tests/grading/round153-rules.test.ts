import { describe, expect, it } from 'vitest';
import { packEarned as earned, packFlags as flags, frq } from './helpers.js';

const { dvr, osm, pump, syn } = frq;

/*
 * Round 153: from blind batch FC (graded once, untouched, on 447ea16; its one flagged full-mark
 * answer was an engine error, fixed here, so FC becomes a first touch). Each rule has the answer it
 * must now read as a teacher would and a near miss it must still refuse.
 */
describe('round 153: the reader', () => {
  it('a pictured scene that names no part of the cell states no misconception', () => {
    const text =
      'Think of the windmill out in the pasture pumping water into the tank, it just keeps going and going. Distilled water is hypotonic so water keeps moving into the RBC by osmosis till it bursts.';
    expect(flags(osm, text)).not.toContain('water-pumped');
    // Points are still read from the rest.
    expect(earned(osm, text)).toContain('water-enters');
    // A picture tied to the cell is a claim about it.
    expect(flags(osm, 'Think of the cell pumping water into itself with ATP.')).toContain('water-pumped');
    expect(flags(osm, 'The windmill is pumping water into the tank.')).toContain('water-pumped');
  });

  it('a scene in the synapse question does not stop the Na⁺/K⁺ pump either', () => {
    expect(flags(syn, 'Think of it like a fuel pump that stops when the card slot is jammed.')).not.toContain(
      'toxin-stops-pump',
    );
    expect(flags(syn, 'Think of the Na+/K+ pump stopping when the toxin binds.')).toContain(
      'toxin-stops-pump',
    );
  });
});

describe('round 153: which phase a run-on statement is said of', () => {
  it('"na goes in for depolarization k goes out for repolarization": each name times the statement before it', () => {
    const text = 'na goes in for depolarization k goes out for repolarization they both use channels';
    expect(earned(dvr, text)).toEqual(expect.arrayContaining(['depol-sodium-in', 'repol-potassium-out']));
    expect(flags(dvr, text)).not.toContain('swaps-phases');
    // A name after a linking word heads what follows it.
    expect(flags(dvr, 'ok so for depolarization k goes out for repolarization na goes in')).toContain(
      'swaps-phases',
    );
  });

  it('a phase named right before a misspelt ion ("potasium") opens the next statement', () => {
    const text =
      'depolerization sodium goes in and the cell gets more positive repolarization potasium goes out and it goes back negative';
    expect(earned(dvr, text)).toContain('depol-less-negative');
    // Without the ion and its verb, the name after the change still says what it was.
    expect(earned(dvr, 'sodium goes in and the cell gets more positive repolarization')).not.toContain(
      'depol-less-negative',
    );
  });
});

describe('round 153: a title naming both subjects', () => {
  it('"Depolarization vs. repolarization: …" heads none of the facts after it', () => {
    const text =
      'Depolarization vs. repolarization: Na+ flows in and the inside gets positive, then K+ flows out and it goes back to -70.';
    expect(flags(dvr, text)).not.toContain('swaps-phases');
    expect(flags(dvr, text)).not.toContain('reverses-effects');
    // A phase named on its own still heads what follows it.
    expect(flags(dvr, 'Repolarization: Na+ flows in and the inside gets positive.')).toContain(
      'swaps-phases',
    );
  });
});

describe('round 153: rubrics and the lexicon', () => {
  it('depolarization: "that makes the inside positive" after "more outside"', () => {
    const text =
      'In depolarization Na+ rushes in since theres way more outside and that makes the inside positive.';
    expect(earned(dvr, text)).toContain('depol-less-negative');
    expect(earned(dvr, 'In depolarization Na+ rushes in and that makes the outside positive.')).not.toContain(
      'depol-less-negative',
    );
  });

  it('depolarization: note form "V up"', () => {
    expect(earned(dvr, 'depol: Na+ in, V up / repol: K+ out, V back down')).toContain('depol-less-negative');
    expect(earned(dvr, 'depol: Na+ in / repol: K+ out, V up')).not.toContain('depol-less-negative');
  });

  it('pump blocked: "the difference of concentration is going to be less and less"', () => {
    expect(earned(pump, 'The difference of concentration is going to be less and less.')).toContain(
      'gradients-run-down',
    );
    // The firing, not the difference.
    expect(
      earned(pump, 'The gradients are still there, but over time it will fire less and less.'),
    ).not.toContain('gradients-run-down');
  });

  it('pump blocked: the potential that "does not stay as negative"', () => {
    expect(earned(pump, 'The resting potential does not stay as negative.')).toContain('less-negative');
    expect(earned(pump, 'The resting potential stays as negative as before.')).not.toContain('less-negative');
  });

  it('synapse: "the sodium doors do not open"', () => {
    expect(earned(syn, 'ACh cannot bind, so the sodium doors do not open.')).toContain('channel-closed');
    expect(earned(syn, 'ACh cannot bind, so the sodium doors open anyway.')).not.toContain('channel-closed');
  });
});
