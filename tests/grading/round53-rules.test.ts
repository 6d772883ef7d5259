import { describe, expect, it } from 'vitest';
import { grade } from '../../src/grading/grade.js';
import { packEarned as earned, packRubric, packVerdict } from './helpers.js';

/*
 * General rules from round 53, tuned on blind batch BA (issue 7) after it had been graded once,
 * untouched, on the final engine of round 52 (96.6% of 1,500 point decisions). Each rule has the
 * answer it must now read as its writer did and a near miss it must still refuse.
 */
describe('round 53: "…, and it moves into the cell" after naming the ion', () => {
  it('reads the "it" as the ion named just before', () => {
    expect(
      earned(
        'depolarization-vs-repolarization',
        'In depolarization, the main ion is sodium (Na+), and it moves into the cell. In repolarization, the main ion is potassium (K+), and it moves out of the cell.',
      ),
    ).toEqual(expect.arrayContaining(['depol-sodium-in', 'repol-potassium-out']));
  });

  it('leaves an "it" that moves something else alone ("…, and it moves stuff from low to high")', () => {
    expect(
      earned('resting-potential-pump', '3 Na+ out, 2 K+ in, uses ATP and it goes against the gradient.'),
    ).toContain('against-gradient');
  });
});

describe('round 53: text-speak and wordings from batch BA', () => {
  it('a lone "n" after an ion\'s sign is "and": "kicks out 3 Na+ n brings in 2 K+"', () => {
    expect(
      packVerdict('resting-potential-pump', 'pump kicks out 3 Na+ n brings in 2 K+, uses ATP').flags,
    ).toEqual([]);
  });

  it('"it only goes down it" is down the gradient', () => {
    expect(
      earned(
        'passive-vs-active',
        "Passive transport can't move stuff against the gradient, it only goes down it.",
      ),
    ).toContain('passive-down-gradient');
  });

  it('"gradients go bye bye"', () => {
    expect(earned('pump-blocked', 'gradients go bye bye bc pump is dead.')).toContain('gradients-run-down');
  });

  it('"the door (channel) stays locked" is the channel closed; "locks the channel open" is not', () => {
    expect(earned('synapse-neurotoxin', 'The door (channel) stays locked so no Na+ can walk in.')).toContain(
      'channel-closed',
    );
    expect(
      earned(
        'synapse-neurotoxin',
        'The toxin binds to the receptor and locks the channel open, so Na+ keeps flowing in.',
      ),
    ).not.toContain('channel-closed');
  });
});

describe('evidence quotes around words read twice', () => {
  it('quotes the words as written, never an empty or backwards span', () => {
    const cases: [string, string][] = [
      [
        'depolarization-vs-repolarization',
        'In depolarization, the main ion is sodium (Na+), and it moves into the cell.',
      ],
      ['resting-potential-pump', 'Na+ gets pumped in — no wait, out. K+ in.'],
      [
        'depolarization-vs-repolarization',
        'Sodium ions, which are more concentrated outside the cell, diffuse into the cell.',
      ],
    ];
    for (const [id, answer] of cases) {
      const g = grade(packRubric(id), answer);
      const quotes = g.points.filter((p) => p.earned).flatMap((p) => p.evidence);
      expect(quotes.length).toBeGreaterThan(0);
      for (const q of quotes) {
        expect(q.end).toBeGreaterThan(q.start);
        expect(q.text).toBe(answer.slice(q.start, q.end));
        expect(q.text.trim()).not.toBe('');
      }
    }
  });
});
