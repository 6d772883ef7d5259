import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/grading/tokenize.js';
import { packEarned as earned } from './helpers.js';

const norms = (s: string) => tokenize(s, true).map((t) => t.norm);

/*
 * General rules from round 50, tuned on blind batch AX (issue 7) after it had been graded once,
 * untouched, on the final engine of round 49 (96.9% of 1,500 point decisions). Each rule has the
 * answer it must now read as its writer did and a near miss it must still refuse.
 */
describe('round 50: a correction that gives only the new direction', () => {
  it('reads "Na+ gets pumped in — no wait, out." as Na+ pumped out', () => {
    expect(earned('resting-potential-pump', 'Na+ gets pumped in — no wait, out. K+ in. Uses ATP.')).toContain(
      'sodium-out',
    );
  });

  it('reads "Na+ flows out of the cell — no wait, into the cell." as Na+ flowing in', () => {
    expect(
      earned(
        'depolarization-vs-repolarization',
        'Depolarization: Na+ flows out of the cell — no wait, into the cell.',
      ),
    ).toContain('depol-sodium-in');
  });

  it('reads the statement again only for a short fragment that ends its sentence', () => {
    // A slip of one word corrected at once is now read with the repair in its place (round 69,
    // self-repair.ts), before this rule is asked; it reads the same statement.
    expect(norms('Na+ goes in, no wait, out.')).toEqual(['na+', 'goes', 'out']);
    // A longer slip is still read again by this rule.
    expect(norms('Na+ goes in the cell, no wait, out.').slice(-5)).toEqual([
      'no_',
      'wait',
      'na+',
      'goes',
      'out',
    ]);
    expect(
      norms('Na+ goes in, no wait, out of the cell and then the inside gets more positive.'),
    ).not.toContain('goes_');
    expect(
      norms('Na+ goes in, no wait, out of the cell and then the inside gets more positive.').filter(
        (w) => w === 'na+',
      ),
    ).toHaveLength(1);
  });
});

describe('round 50: doubts', () => {
  it('"I think its 3 to 2 but maybe its 2 to 3 idk" claims neither ratio', () => {
    expect(
      earned(
        'resting-potential-pump',
        'Na+ goes out and K+ goes in. I think its 3 to 2 but maybe its 2 to 3 idk. It needs ATP.',
      ),
    ).not.toContain('ratio');
  });

  it('"… i forget," takes back its own clause only', () => {
    const v = earned(
      'resting-potential-pump',
      'sodium goes either in or out i forget, potassium goes the opposite way, and it uses ATP',
    );
    expect(v).not.toContain('sodium-out');
    expect(v).toContain('uses-atp');
  });
});

describe('round 50: note form and text-speak', () => {
  it('"vs." before a lower-case word goes on: "both vs. gradient"', () => {
    expect(
      earned(
        'resting-potential-pump',
        '3Na+ out/2K+ in, ATP-driven, both vs. gradient, net loss of 1 + charge',
      ),
    ).toContain('against-gradient');
  });

  it('a lone "w" is "with": "goes w the gradient"', () => {
    expect(earned('passive-vs-active', 'passive=no atp needed, goes w the gradient.')).toContain(
      'passive-down-gradient',
    );
  });

  it('"Na out K in ATP": a note-form "in" before ATP is still a movement', () => {
    expect(earned('resting-potential-pump', 'Na out K in ATP')).toContain('potassium-in');
  });

  it('"repol — K+ out, inside −" is back to negative', () => {
    expect(
      earned('depolarization-vs-repolarization', 'depol — Na+ in, inside + / repol — K+ out, inside −'),
    ).toContain('repol-back-to-rest');
  });
});

describe('round 50: wordings from batch AX', () => {
  it('osmosis: "the cell is saltier" is the water hypotonic to it; a cell that "gets salty" is not', () => {
    expect(earned('osmosis-red-blood-cell', 'water moves in by osmosis bc the cell is saltier.')).toContain(
      'hypotonic',
    );
    expect(
      earned('osmosis-red-blood-cell', 'the Na+ rushes into the cell so the cell gets salty'),
    ).not.toContain('hypotonic');
  });

  it('lexicon: "from the side with more beads to the side with fewer"; "to the side that already had more"', () => {
    expect(
      earned(
        'passive-vs-active',
        'Passive transport = beads falling from the side with more beads to the side with fewer.',
      ),
    ).toContain('passive-down-gradient');
    expect(
      earned(
        'resting-potential-pump',
        'The pump is like scooping beads to the side that already had more of them, which takes energy (ATP).',
      ),
    ).toContain('against-gradient');
  });

  it('pump-blocked: "not taken out by the pump", "it never gets reset"', () => {
    expect(
      earned('pump-blocked', 'The Na+ that enters by the leak channels is not taken out by the pump.'),
    ).toContain('leak-not-restored');
    expect(
      earned('pump-blocked', 'Each AP lets more Na+ in and K+ out and without the pump it never gets reset.'),
    ).toContain('leak-not-restored');
  });

  it('synapse: "the ACh cant go in there" (lock and key)', () => {
    expect(
      earned('synapse-neurotoxin', 'the toxin sits where the ACh goes so the ACh cant go in there.'),
    ).toContain('no-binding');
  });
});
