import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/grading/tokenize.js';
import { prefixAlias } from '../../src/grading/vocabulary.js';
import { packEarned as earned, packRubric, packVerdict } from './helpers.js';

/** Each token's clause number with its word, so a test can see which words share a clause. */
const clauses = (s: string) => tokenize(s, true).map((t) => `${t.clause}:${t.norm}`);

/*
 * General rules from round 46 (issue 7), from a gap the closing notes had left alone: a relative
 * clause between a subject and its verb. Each rule has the answer it must now read as a teacher
 * would and a near miss it must still refuse.
 */
describe('round 46: ", which …," between a subject and its verb', () => {
  it('reads "Sodium ions, which are more concentrated outside, diffuse into the cell" as sodium moving in', () => {
    expect(
      earned(
        'depolarization-vs-repolarization',
        'During depolarization, sodium ions, which are more concentrated outside the cell, diffuse into the cell. During repolarization, potassium, which is concentrated inside the neuron, moves out of the cell.',
      ),
    ).toEqual(expect.arrayContaining(['depol-sodium-in', 'repol-potassium-out']));
  });

  it('keeps the aside out of the verb\'s clause: "outside the cell" there is where sodium is, not where it goes', () => {
    const c = clauses('Sodium ions, which are more concentrated outside the cell, diffuse into the cell.');
    const clauseOf = (w: string) => c.filter((x) => x.endsWith(`:${w}`)).map((x) => x.split(':')[0]);
    // "sodium" is read twice: once before the aside and again with its verb.
    expect(clauseOf('sodium')).toHaveLength(2);
    expect(clauseOf('sodium')[1]).toBe(clauseOf('diffuse')[0]);
    expect(clauseOf('outside')[0]).not.toBe(clauseOf('diffuse')[0]);
  });

  it('reads a negated verb after the aside: "Na+, which normally rushes in, cannot get in"', () => {
    expect(
      earned(
        'synapse-neurotoxin',
        'Na+, which normally rushes in through the receptor channels, cannot enter the postsynaptic cell.',
      ),
    ).toContain('no-sodium-entry');
  });

  it('does not join a subject to what follows a supposition aside ("which would …")', () => {
    const c = clauses('Sodium, which would rush in, cannot enter.');
    const clauseOf = (w: string) => c.filter((x) => x.endsWith(`:${w}`)).map((x) => x.split(':')[0]);
    expect(clauseOf('sodium')).toHaveLength(1);
  });

  it('does not treat "Unlike plant cells, which …, animal cells burst" as one subject', () => {
    const c = clauses('Unlike plant cells, which become turgid, animal cells burst.');
    expect(c.filter((x) => x.endsWith(':plant'))).toHaveLength(1);
  });

  it('does not join across an aside followed by a new statement ("…, which …, the cell …")', () => {
    const c = clauses('Sodium, which is positive, the cell lets in.');
    expect(c.filter((x) => x.endsWith(':sodium'))).toHaveLength(1);
  });
});

describe('round 46: a misspelt beginning is read for prefix elements too ("depolerize" for "depolar*")', () => {
  it('credits "the post synaptic nueron wont depolerize"', () => {
    expect(earned('synapse-neurotoxin', 'the post synaptic nueron wont depolerize')).toContain('prediction');
  });

  it('still refuses the affirmative "the neuron will depolerize"', () => {
    expect(earned('synapse-neurotoxin', 'the neuron will depolerize')).not.toContain('prediction');
  });

  it('corrects one slip within a prefix of six or more letters, and nothing else', () => {
    /** The rubric's own prefixes are the known ones. */
    const alias = (word: string, prefixes: string[]) => prefixAlias(word, prefixes, new Set(prefixes));
    expect(alias('depolerize', ['depolar'])).toBe('depolarize');
    expect(alias('consentration', ['concentrat'])).toBe('concentration');
    expect(alias('depolarize', ['depolar'])).toBeUndefined();
    // Too far or too short.
    expect(alias('dipolerize', ['depolar'])).toBeUndefined();
    expect(alias('amini', ['amino'])).toBeUndefined();
    // Equally near two prefixes that are not one inside the other: no guess.
    expect(alias('xepolarize', ['depolar', 'repolar'])).toBeUndefined();
  });

  it('never reads a word that begins with another known prefix as a slip ("depolarization" is not "repolar*")', () => {
    // Every rubric compiles the lexicon, whose "depolar*" its vocabulary knows.
    const known = packRubric('synapse-neurotoxin').vocabulary.prefixes;
    expect(known.has('depolar')).toBe(true);
    expect(prefixAlias('depolarization', ['repolar'], known)).toBeUndefined();
    expect(prefixAlias('depolarization', ['repolar'], new Set(['repolar']))).toBe('repolarization');
  });
});

/*
 * Round 46's rules from blind batch AT (a Houston magnet school; first touch 95.8% of 1,500 point
 * decisions on the engine at 2f1f990, 95.9% after the two rules above, which AT had not been
 * used for).
 */
describe('round 46: a stray comma between a short subject and its verb of movement', () => {
  it('reads "Depolarization: Na+ ions, move into the axon" as sodium moving in', () => {
    expect(
      earned(
        'depolarization-vs-repolarization',
        '1. Depolarization: Na+ ions, move into the axon, membrane potential becomes positive. 2. Repolarization: K+ ions, move out of the axon, membrane potential falls back to negative.',
      ),
    ).toEqual(expect.arrayContaining(['depol-sodium-in', 'repol-potassium-out']));
  });

  it('still ends a negation there: "Passive = no cellular energy, moves down conc gradient"', () => {
    expect(
      earned(
        'passive-vs-active',
        'Passive = no cellular energy, moves down conc gradient. Active = requires ATP.',
      ),
    ).toContain('passive-down-gradient');
  });
});

describe('round 46: ", out of the cell" adds where the ion goes', () => {
  it('reads "Repolarization: Potassium (K+), out of the cell" as potassium leaving', () => {
    expect(
      earned(
        'depolarization-vs-repolarization',
        'Depolarization: Sodium (Na+), into the cell. Repolarization: Potassium (K+), out of the cell.',
      ),
    ).toContain('repol-potassium-out');
  });
});

describe('round 46: what someone else said, then corrected, is not the answer', () => {
  const pair =
    'Dev said Na+ goes out during depol but we checked notes and its IN. so depol: Na+ goes in, inside turns positive. repol: K+ goes out, inside goes negative again. alike: both are just diffusion through gated channels, no ATP';

  it('does not flag the partner\'s corrected view ("Dev said Na+ goes out … but …")', () => {
    expect(packVerdict('depolarization-vs-repolarization', pair).flags).toEqual([]);
  });

  it('takes back "Maria says it shrinks" before "I say it swells"', () => {
    expect(
      packVerdict(
        'osmosis-red-blood-cell',
        "Maria says it shrinks, I say it swells. The water is hypotonic so water moves in by osmosis and it will burst. RBCs don't have a cell wall.",
      ).flags,
    ).toEqual([]);
  });

  it('still reads what a source said with no correction ("like the Amoeba Sisters said, …")', () => {
    expect(
      earned(
        'osmosis-red-blood-cell',
        'Like the Amoeba Sisters said, the water is hypotonic so water moves into the cell.',
      ),
    ).toContain('water-enters');
  });

  it('still flags a reported view nobody corrects', () => {
    expect(packVerdict('osmosis-red-blood-cell', 'Maria says it shrinks.').flags).not.toEqual([]);
  });
});

describe('round 46: rubric wordings from batch AT', () => {
  it('does not read "Potassium leaving makes the inside negative" as potassium pumped in', () => {
    expect(
      earned(
        'resting-potential-pump',
        'The pump uses ATP to pump potassium out of the cell. Potassium leaving makes the inside negative.',
      ),
    ).not.toContain('potassium-in');
  });

  it('credits "which cannot happen without energy from ATP"', () => {
    expect(
      earned(
        'resting-potential-pump',
        'It pushes 3 Na+ out and 2 K+ in against their gradients, which cannot happen without energy from ATP.',
      ),
    ).toContain('uses-atp');
  });

  it('credits "the inside and outside have the same concentrations" as the gradients run down', () => {
    expect(
      earned('pump-blocked', 'Eventually the inside and outside have the same concentrations of both ions.'),
    ).toContain('gradients-run-down');
  });

  it('reads "hihg" as high (two letters swapped in a short word)', () => {
    expect(
      earned(
        'passive-vs-active',
        'pasive transprot dosent need enegry, it goes from hihg to low concentraiton.',
      ),
    ).toContain('passive-down-gradient');
  });
});
