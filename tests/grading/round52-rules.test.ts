import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/grading/tokenize.js';
import { packEarned as earned, packFlags as flags, packVerdict } from './helpers.js';

/*
 * General rules from round 52, tuned on blind batch AZ (issue 7) after it had been graded once,
 * untouched, on the final engine of round 51 (96.9% of 1,500 point decisions). Each rule has the
 * answer it must now read as its writer did and a near miss it must still refuse.
 */
describe('round 52: negation and suppositions', () => {
  it('"no energy (ATP) spent": the bracketed restatement is negated with its noun', () => {
    expect(
      flags(
        'depolarization-vs-repolarization',
        'During depolarization the ions roll down their gradient, no energy (ATP) spent.',
      ),
    ).toEqual([]);
    expect(flags('depolarization-vs-repolarization', 'During depolarization ATP is spent.')).toContain(
      'depol-uses-atp',
    );
  });

  it('an -ed adjective after a preposition does not make an "if" clause unreal ("in distilled water")', () => {
    expect(
      earned(
        'osmosis-red-blood-cell',
        'If you put an RBC in distilled water, water would rush in by osmosis.',
      ),
    ).toContain('water-enters');
    expect(
      earned('osmosis-red-blood-cell', 'If the water contained more salt, water would rush in by osmosis.'),
    ).not.toContain('water-enters');
  });

  it('"…, or maybe the other way around" after an earlier clause reverses that clause, not the sentence before', () => {
    const v = earned(
      'resting-potential-pump',
      'The pump moves sodium out of the cell and potassium into the cell. I think its 2 sodium for every 3 potassium, or maybe the other way around.',
    );
    expect(v).toEqual(expect.arrayContaining(['sodium-out', 'potassium-in']));
    expect(v).not.toContain('ratio');
    expect(
      earned(
        'resting-potential-pump',
        'The pump moves 3 sodium out and 2 potassium in. Actually no, its the other way around.',
      ),
    ).toEqual([]);
  });

  it('", I think," set off by commas doubts the clause before it', () => {
    expect(
      earned(
        'passive-vs-active',
        'Active transport might need ATP, I think, or it could use energy from somewhere else, not sure.',
      ),
    ).not.toContain('active-energy');
  });

  it('"idk exactly but i think …" commits to what follows', () => {
    expect(
      earned(
        'synapse-neurotoxin',
        'idk exactly but i think the toxin means the ACh cant bind to the receptor',
      ),
    ).toContain('no-binding');
    expect(earned('synapse-neurotoxin', 'the ACh cant bind to the receptor idk')).not.toContain('no-binding');
  });
});

describe('round 52: note form', () => {
  it('"postsyn." before a lower-case word does not end the sentence', () => {
    expect(tokenize('no change in postsyn. membrane potential', true).map((t) => t.sent)).toEqual([
      0, 0, 0, 0, 0, 0,
    ]);
    expect(earned('synapse-neurotoxin', 'Effect: no change in postsyn. membrane potential.')).toContain(
      'prediction',
    );
  });

  it('a correction fragment may end at a comma: "pumped into - no wait, out of the cell, and …"', () => {
    expect(
      earned(
        'resting-potential-pump',
        'Sodium is pumped into - no wait, out of the cell, and potassium goes in.',
      ),
    ).toContain('sodium-out');
  });

  it('a drawing\'s labels name the arrow before them ("… pointing out, labeled \\"repol\\"")', () => {
    const v = packVerdict(
      'depolarization-vs-repolarization',
      '[drawing: a membrane with Na+ arrows pointing inside, labeled "depol", and K+ arrows pointing out, labeled "repol"]',
    );
    expect(v.flags).not.toContain('swaps-phases');
    expect(v.earned).toEqual(expect.arrayContaining(['depol-sodium-in', 'repol-potassium-out']));
  });
});

describe('round 52: wordings from batch AZ', () => {
  it('osmosis: "nothing to stop it like a cell wall"', () => {
    expect(
      earned(
        'osmosis-red-blood-cell',
        'the cell will pop because theres nothing to stop it like a cell wall',
      ),
    ).toContain('no-wall');
  });

  it('pump: "the pump bails out 3 Na+"', () => {
    expect(
      earned('resting-potential-pump', 'The pump bails out 3 Na+ every cycle and brings 2 K+ back in.'),
    ).toContain('sodium-out');
  });
});
