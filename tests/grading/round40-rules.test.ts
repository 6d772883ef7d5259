import { describe, expect, it } from 'vitest';
import { grade } from '../../src/grading/grade.js';
import { packEarned as earned, packVerdict, rubric } from './helpers.js';

/*
 * General rules from round 40, tuned on blind batch AM (issue 7). Each rule has the answer it must
 * now read as its writer did and a near miss it must still refuse.
 */
describe('round 40: a misconception can cancel a point read from its own sentence (`cancels`)', () => {
  it('earns no leak point from a leak stated the wrong way round', () => {
    const v = packVerdict(
      'pump-blocked',
      'Without the pump, K+ leaks into the cell and Na+ leaks out, and nothing pumps them back, so the gradients run down.',
    );
    expect(v.flags).toContain('leaks-reversed');
    expect(v.earned).not.toContain('leak-not-restored');
    expect(v.earned).toContain('gradients-run-down');
  });

  it('still earns it for the right leak, and for a right leak in another sentence', () => {
    expect(
      earned('pump-blocked', 'Na+ leaks into the cell and K+ leaks out, and nothing pumps them back.'),
    ).toContain('leak-not-restored');
    const v = packVerdict(
      'pump-blocked',
      'Na+ keeps leaking in through the leak channels and nothing pumps it back. Later K+ leaks in too.',
    );
    expect(v.earned).toContain('leak-not-restored');
  });

  it('names an unknown point in `cancels` as a content error', () => {
    expect(() =>
      rubric('"leak"', undefined, {
        misconceptions: [
          { id: 'm', pattern: 'backwards', cancels: ['nope'], correction: 'It is the other way.' },
        ],
      }),
    ).toThrow(/no point "nope"/);
  });

  it('cancels only in the same sentence, where `contradicts` needs the misconception after', () => {
    const r = rubric('"leak"', undefined, {
      misconceptions: [{ id: 'm', pattern: 'backwards', cancels: ['p'], correction: 'It is the other way.' }],
    });
    expect(grade(r, 'It goes backwards and it leaks.').points[0]?.earned).toBe(false);
    expect(grade(r, 'It leaks. It also goes backwards.').points[0]?.earned).toBe(true);
  });
});

describe('round 40: "not free" costs energy', () => {
  it('does not read "active transport is not free" as needing no energy', () => {
    const v = packVerdict('passive-vs-active', 'Active transport is not free — the cell has to spend ATP.');
    expect(v.flags).not.toContain('active-no-energy');
    expect(v.earned).toContain('active-energy');
  });

  it('still reads "passive transport is free" as needing none', () => {
    expect(earned('passive-vs-active', 'Passive transport is free, it just happens.')).toContain(
      'passive-no-energy',
    );
  });
});

describe('round 40: the pump named only to set it apart is not credited with a phase', () => {
  it('flags nothing for "the Na/K pump is a separate thing"', () => {
    const v = packVerdict(
      'depolarization-vs-repolarization',
      'repolarization the potassium channels open and K+ difuses out so inside gets negetive again, they are both passive with no ATP needed, the Na/K pump is a seperate thing',
    );
    expect(v.flags).toEqual([]);
  });

  it('still flags the pump doing repolarization', () => {
    expect(
      packVerdict(
        'depolarization-vs-repolarization',
        'In repolarization the sodium-potassium pump moves K+ back in.',
      ).flags,
    ).toContain('pump-repolarizes');
  });
});

describe('round 40: a subject heading a new part after "and" names what follows it', () => {
  const answer =
    'ok so passive transport the cell doesnt use any of its own energy because the stuff is just moving down the concentration gradient from high to low on its own kind of like heat from the woodstove spreading out and active transport the cell has to use ATP because its pushing stuff up its gradient';
  it('ties "down the concentration gradient" to passive transport', () => {
    const v = packVerdict('passive-vs-active', answer);
    expect(v.earned).toContain('passive-down-gradient');
    expect(v.flags).not.toContain('active-down-gradient');
  });

  it('still ties a fact to a phase named by its verb after "and" ("… and repolarizes the membrane")', () => {
    const v = packVerdict(
      'depolarization-vs-repolarization',
      'Na+ diffuses in so the membrane depolarizes. K+ diffuses outward down its gradient, which removes positive charge and repolarizes the membrane.',
    );
    expect(v.earned).toContain('repol-potassium-out');
  });
});

describe('round 40: "not sure which" looks back at the choice', () => {
  it('takes back the alternatives, not the statement after ", and it …"', () => {
    const v = earned(
      'depolarization-vs-repolarization',
      'Repolarization: probably chloride comes in or potassium goes out, not sure which, and it gets negative again.',
    );
    expect(v).not.toContain('repol-potassium-out');
    expect(v).toContain('repol-back-to-rest');
  });

  it('still leaves the statement before "not sure which ions …"', () => {
    const v = earned(
      'depolarization-vs-repolarization',
      "Repolarization: potassium goes out, I'm not sure which ions come in though.",
    );
    expect(v).toContain('repol-potassium-out');
  });
});

describe('round 40: plain words for solutes, water and gradients', () => {
  it('reads "more dissolved stuff inside the cell" as the cell having more solute', () => {
    expect(
      earned(
        'osmosis-red-blood-cell',
        'Theres way more dissolved stuff inside the blood cell than in the pure water.',
      ),
    ).toContain('hypotonic');
  });

  it('reads "h20" as water', () => {
    expect(earned('osmosis-red-blood-cell', 'by osmosis h20 rushes in')).toContain('water-enters');
  });

  it('reads "from where lots to where not much" and back', () => {
    const v = earned(
      'passive-vs-active',
      "Passive one don't need no energy, it just go from where lots to where not much. Active one gotta use ATP to go from the not much side to the lots side.",
    );
    expect(v).toEqual(expect.arrayContaining(['passive-down-gradient', 'active-against-gradient']));
  });
});

describe('round 40: "does not lose its ability to fire" keeps it', () => {
  it('does not credit "cannot fire"', () => {
    expect(earned('pump-blocked', 'The neuron does not lose its ability to fire though.')).not.toContain(
      'cannot-fire',
    );
    expect(earned('pump-blocked', 'Over hours the neuron loses its ability to fire.')).toContain(
      'cannot-fire',
    );
  });
});
