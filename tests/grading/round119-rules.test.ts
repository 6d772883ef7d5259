import { describe, expect, it } from 'vitest';
import { packEarned as earned, earns, packFlags as flags, frq, question } from './helpers.js';

const { dvr, pump, rpp } = frq;

/*
 * Round 119: rules from blind batch DW (graded once, untouched, on 0800b31; a first touch since).
 * Each rule has the answer it must now read as a teacher would and a near miss it must still refuse.
 */
describe('round 119: reader', () => {
  it('"when it stops they even out": a condition whose subject stops ends before the new subject', () => {
    expect(earned(pump, 'so when it stops they just even out over time')).toContain('gradients-run-down');
    expect(earned(pump, 'when the pump stops the gradients run down')).toContain('gradients-run-down');
    // The verb with an object still denies it: the pump stopping the run-down is no run-down.
    expect(earned(pump, 'the pump stops the gradients from running down')).not.toContain(
      'gradients-run-down',
    );
  });

  it('a comma-spliced "it" that moves is the one ion named in the clause before', () => {
    expect(earned(dvr, 'Nothing drags Na+ in, it flows into the cell')).toContain('depol-sodium-in');
    // Two kinds named before the comma: "it" is neither.
    expect(earned(dvr, 'Nothing drags Na+ or K+ in, it flows into the cell')).not.toContain(
      'depol-sodium-in',
    );
  });

  it('"in? no, out.": a lone "no" after a questioned direction corrects it', () => {
    const answer = 'Na+ is pumped... in? no, out. K+ in. 3:2.';
    expect(earned(rpp, answer)).toEqual(expect.arrayContaining(['sodium-out', 'ratio']));
    expect(flags(rpp, answer)).toEqual([]);
    expect(earned(rpp, 'Is Na+ pumped out? No, in.')).not.toContain('sodium-out');
  });
});

describe('round 119: two counts told by direction (the engine, for any label of two counts)', () => {
  const plain = question(`
id: count-label
kind: frq
topics: [test]
prompt: How does the pump move the ions?
modelAnswer: Three Na+ out for every two K+ in.
points:
  - id: ratio
    label: Three Na⁺ for every two K⁺
    hint: How many of each?
`);

  it('"3 out for every 2 in" with the first ion named elsewhere as what goes out', () => {
    const answer =
      'The lunch lady kicks 3 people out for every 2 she lets in. The people leaving are Na+ and the ones let in are K+.';
    expect(earns(plain, answer, 'ratio')).toBe(true);
    expect(earned(rpp, answer)).toContain('ratio');
    const swapped =
      'The lunch lady kicks 3 people out for every 2 she lets in. The people leaving are K+ and the ones let in are Na+.';
    expect(earns(plain, swapped, 'ratio')).toBe(false);
    expect(earned(rpp, swapped)).not.toContain('ratio');
  });

  it('the counts the other way round: "3 in for every 2 out", the first ion named as what comes in', () => {
    const answer =
      'The bouncer lets 3 in for every 2 he throws out. The ones coming in are Na+, the others K+.';
    expect(earns(plain, answer, 'ratio')).toBe(true);
    const other =
      'The bouncer lets 3 in for every 2 he throws out. The ones coming in are K+, the others Na+.';
    expect(earns(plain, other, 'ratio')).toBe(false);
  });
});

describe('round 119: rubrics', () => {
  it('pump blocked: ions that "run through the channels" leak; "no one goes back up" is not restored', () => {
    expect(
      earned(pump, 'The ions still run through the channels, and nobody carries them back up.'),
    ).toContain('leak-not-restored');
    expect(
      earned(pump, 'The leaking ions are the skiers going down. If the rope breaks no one goes back up.'),
    ).toContain('leak-not-restored');
    // Without a leak named, nobody hauling them up is not the point.
    expect(earned(pump, 'The ions are skiers. If the rope breaks no one goes back up.')).not.toContain(
      'leak-not-restored',
    );
  });

  it("resting pump: potassium released into the cytoplasm after the cycle's steps", () => {
    const answer =
      'It then binds two potassium ions from outside, loses the phosphate, and releases them into the cytoplasm.';
    expect(earned(rpp, answer)).toContain('potassium-in');
    expect(
      earned(
        rpp,
        'It then binds two sodium ions from inside, loses the phosphate, and releases them into the cytoplasm.',
      ),
    ).not.toContain('potassium-in');
  });
});
