import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintContent, lintValue } from '../../src/content/rubric-lint.js';

const contentDir = join(import.meta.dirname, '../../content');

describe('rubric lint (tutor content check warnings)', () => {
  it('finds a repeated alternative, a subsumed one and neighbouring choices that share a word', () => {
    const findings = lintValue(
      {
        concepts: { x: ['sodium', 'sodium ions', 'sodium'] },
        points: [{ id: 'p', label: 'l', pattern: 'absorb|takes in|take in ..2 water' }],
      },
      [],
    ).map((f) => f.message);
    expect(findings.some((m) => m.includes('repeated alternative "sodium"'))).toBe(true);
    expect(findings.some((m) => m.includes('"sodium ions" is subsumed by "sodium"'))).toBe(true);
    expect(findings.some((m) => m.includes('would need that word twice'))).toBe(true);
  });

  it('finds a word followed by a choice that offers a concept ("resting potential|@membrane-potential")', () => {
    const findings = lintValue(
      {
        points: [{ id: 'p', label: 'l', pattern: { all: ['resting potential|@membrane-potential', '=0'] } }],
      },
      [],
    ).map((f) => f.message);
    expect(findings.some((m) => m.includes('reads "resting" followed by one of'))).toBe(true);
    // Near miss: a gap or a concept first is meant as written.
    expect(
      lintValue({ concepts: { x: ['without ..2 @atp|@energy', '@ach binding|attachment'] } }, []),
    ).toEqual([]);
  });

  it('does not call a negated phrase subsumed, nor lint labels and examples', () => {
    const findings = lintValue(
      {
        concepts: { x: ['sodium', 'no sodium'] },
        examples: [{ answer: 'sodium sodium' }],
        points: [{ label: 'a|a' }],
      },
      [],
    );
    expect(findings).toEqual([]);
  });

  it('the lexicon and the six pack FRQs have no lint findings', () => {
    const pack = [
      'lexicon.yaml',
      'depolarization-vs-repolarization',
      'osmosis-red-blood-cell',
      'passive-vs-active',
      'pump-blocked',
      'resting-potential-pump',
      'synapse-neurotoxin',
    ];
    const findings = lintContent(contentDir)
      .filter((f) => pack.some((p) => f.file.endsWith(p.endsWith('.yaml') ? p : `${p}.yaml`)))
      .map((f) => f.message);
    expect(findings).toEqual([]);
  });
});
