import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/grading/tokenize.js';
import { packEarned as earned, packVerdict } from './helpers.js';

const norms = (s: string) => tokenize(s, true).map((t) => t.norm);

/*
 * General rules from round 41, tuned on blind batch AN (issue 7). Each rule has the answer it must
 * now read as its writer did and a near miss it must still refuse.
 */
describe('round 41: a passive participle negates nothing after it', () => {
  it('credits "since the pump is blocked the gradients run down"', () => {
    expect(earned('pump-blocked', 'since the pump is blocked the gradients run down.')).toContain(
      'gradients-run-down',
    );
    expect(earned('pump-blocked', 'when its stopped the resting potential gets less negative')).toContain(
      'less-negative',
    );
  });

  it('still reads "blocked from entering" and an active "blocks" as negating', () => {
    expect(earned('synapse-neurotoxin', 'Na+ is blocked from entering the cell.')).toContain(
      'no-sodium-entry',
    );
    expect(earned('pump-blocked', 'ouabain blocks the gradients running down')).not.toContain(
      'gradients-run-down',
    );
  });
});

describe('round 41: "~-70" is about minus seventy', () => {
  it('keeps the signed number after "~"', () => {
    expect(norms('Vm ↓ back to ~−70.')).toEqual(['vm', 'decreases', 'back', 'to', '-70']);
    expect(
      earned('depolarization-vs-repolarization', 'Repol = K⁺ efflux via VG K⁺ channels, Vm ↓ back to ~−70.'),
    ).toContain('repol-back-to-rest');
  });

  it('still reads a spaced "~ 70" as no signed number', () => {
    expect(norms('about ~ 70 mV')).not.toContain('-70');
  });
});

describe('round 41: a result clause naming a phase says which step it is', () => {
  it('ties "K+ leaks out so it repolarizes" to repolarization', () => {
    const v = packVerdict(
      'depolarization-vs-repolarization',
      'Na+ rushes in so the membrane depolarizes, K+ leaks out so it repolarizes. both passive.',
    );
    expect(v.earned).toContain('repol-potassium-out');
    expect(v.flags).not.toContain('swaps-phases');
  });

  it('still flags the swap when the result clause names the wrong phase', () => {
    const v = packVerdict(
      'depolarization-vs-repolarization',
      'Na+ rushes in so the membrane repolarizes, K+ leaks out so it depolarizes.',
    );
    expect(v.flags).toContain('swaps-phases');
  });
});

describe('round 41: "at first I thought X but …" takes X back', () => {
  it('does not credit what the student used to think', () => {
    const v = earned(
      'synapse-neurotoxin',
      'At first I thought the Na+ channels stay closed but actually the toxin opens them so Na+ rushes in.',
    );
    expect(v).not.toContain('channel-closed');
  });

  it('leaves "I thought about it and …" alone', () => {
    expect(earned('synapse-neurotoxin', 'I thought about it and the Na+ channels stay closed.')).toContain(
      'channel-closed',
    );
  });
});

describe('round 41: a dash before a count and a participle keeps its subject', () => {
  it('reads "Na+ ions - 3 pumped out" as sodium pumped out', () => {
    const v = earned(
      'resting-potential-pump',
      '1. Na+ ions - 3 pumped out of the neuron / 2. K+ ions - 2 pumped into the neuron',
    );
    expect(v).toEqual(expect.arrayContaining(['sodium-out', 'potassium-in']));
  });

  it('still separates "Na+ - 3" from a statement that follows', () => {
    expect(norms('Na+ - 3 / K+ - 2')).toEqual(['na+', '3', 'k+', '2']);
    expect(tokenize('Na+ ions - the pump moves them', true).map((t) => t.clause)).toEqual([0, 0, 1, 1, 1, 1]);
  });
});

describe('round 41: plain words for a gradient that is gone', () => {
  it('credits "won\'t be there anymore" and a battery (the gradients) that "goes flat"', () => {
    expect(
      earned('pump-blocked', "Over hours the sodium and potasium gradients won't be there anymore."),
    ).toContain('gradients-run-down');
    expect(
      earned('pump-blocked', 'So the battery (the Na/K gradients) goes flat over several hours.'),
    ).toContain('gradients-run-down');
  });

  it('keeps a longer parenthesis as its own clause', () => {
    const t = tokenize('the battery (the big Na and K gradients) goes flat', true);
    expect(t.find((x) => x.norm === 'goes')?.clause).not.toBe(t.find((x) => x.norm === 'battery')?.clause);
  });
});

describe('round 41: small words', () => {
  it('reads "sweel" as swell and "the receptors cant receive ACh" as no binding', () => {
    expect(earned('osmosis-red-blood-cell', 'The red blood cell will sweel and then bust.')).toContain(
      'swells-bursts',
    );
    expect(earned('synapse-neurotoxin', 'receptors cant receive ACh so the gates stay shut')).toContain(
      'no-binding',
    );
    expect(earned('synapse-neurotoxin', 'the receptors receive ACh normally')).not.toContain('no-binding');
  });
});
