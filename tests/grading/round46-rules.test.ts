import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/grading/tokenize.js';
import { prefixAlias } from '../../src/grading/trigger-index.js';
import { packVerdict } from './helpers.js';

const earned = (id: string, answer: string) => packVerdict(id, answer).earned;
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
    const known = () => false;
    expect(prefixAlias('depolerize', ['depolar'], known)).toBe('depolarize');
    expect(prefixAlias('consentration', ['concentrat'], known)).toBe('concentration');
    expect(prefixAlias('depolarize', ['depolar'], known)).toBeUndefined();
    // Too far, too short, or a real word.
    expect(prefixAlias('dipolerize', ['depolar'], known)).toBeUndefined();
    expect(prefixAlias('amini', ['amino'], known)).toBeUndefined();
    expect(prefixAlias('depolerize', ['depolar'], (w) => w === 'depolerize')).toBeUndefined();
    // Equally near two prefixes that are not one inside the other: no guess.
    expect(prefixAlias('xepolarize', ['depolar', 'repolar'], known)).toBeUndefined();
  });

  it('never reads a word that begins with another known prefix as a slip ("depolarization" is not "repolar*")', () => {
    // The question bank is loaded (packVerdict above), so "depolar*" is a known prefix.
    packVerdict('depolarization-vs-repolarization', 'x');
    expect(prefixAlias('depolarization', ['repolar'], () => false)).toBeUndefined();
  });
});
