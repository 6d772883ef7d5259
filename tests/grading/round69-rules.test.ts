import { describe, expect, it } from 'vitest';
import { grade } from '../../src/grading/grade.js';
import { promptParts } from '../../src/grading/prompt-parts.js';
import { packEarned as earned, packRubric, packVerdict } from './helpers.js';

/*
 * General rules from round 69, tuned on blind batch BR (issue 7) after it had been graded once,
 * untouched, on the engine of round 68 (97.4% of 1,500 point decisions; its one full-mark answer
 * flagged was a self-repair). Each rule has the answer it must now read as its writer did and a
 * near miss it must still refuse.
 */
describe('round 69: a slip corrected at once reads as the repair', () => {
  it('"out- sorry, IN" and "in (nvm, out)" are read with the repair in place of the slip', () => {
    const v = packVerdict(
      'depolarization-vs-repolarization',
      'Depol: Na+ flows out- sorry, IN. Inside becomes less negative. Repol: K+ flows in (nvm, out). Back to resting -70mV. Both passive, no ATP.',
    );
    expect(v.earned).toEqual(
      expect.arrayContaining(['depol-sodium-in', 'repol-potassium-out', 'depol-less-negative']),
    );
    // The slips themselves are not read: a full-mark answer, nothing flagged.
    expect(v.flags).toEqual([]);
  });

  it('"-- no wait," and "-- I mean" repair a tonicity and a direction', () => {
    expect(
      earned(
        'osmosis-red-blood-cell',
        'The water is hypertonic -- no wait, HYPOtonic, bc the cell has more solute. So water moves out of -- I mean INTO the cell by osmosis.',
      ),
    ).toEqual(expect.arrayContaining(['hypotonic', 'water-enters']));
    // The repair is the student's last word either way: corrected to the wrong tonicity, it is flagged.
    expect(
      packVerdict(
        'osmosis-red-blood-cell',
        'The water is hypotonic, wait no hypertonic, so the cell shrinks.',
      ).flags,
    ).toContain('hypertonic-water');
  });

  it('a repair to the wrong direction takes the point away', () => {
    expect(
      earned(
        'synapse-neurotoxin',
        "No ACh binding so the channels stay closed and sodium can't flow in... actually out of the cell.",
      ),
    ).not.toContain('no-sodium-entry');
    expect(
      earned('synapse-neurotoxin', "No ACh binding so the channels stay closed and sodium can't flow in."),
    ).toContain('no-sodium-entry');
  });

  it('"out-- no, in, sorry" repairs the pump\'s direction without flagging a reversal', () => {
    const v = packVerdict(
      'resting-potential-pump',
      "K+ is pumped out-- no, in, sorry, K+ is pumped IN and Na+ is pumped out. It's active transport.",
    );
    expect(v.earned).toEqual(expect.arrayContaining(['sodium-out', 'potassium-in']));
    expect(v.flags).not.toContain('directions-reversed');
  });

  it('a yes/no answer per item is no repair: "passive no, active yes"', () => {
    for (const answer of [
      'Energy: passive no, active yes (ATP).',
      'a) passive = no, active = yes (ATP)',
      'Energy: passive - no, active - yes (ATP).',
    ])
      expect(earned('passive-vs-active', answer)).toEqual(
        expect.arrayContaining(['passive-no-energy', 'active-energy']),
      );
  });

  it('only two words of one set are a slip and its repair', () => {
    // "no ATP" follows "in": a new statement, not a repair of "in".
    expect(
      earned('depolarization-vs-repolarization', 'In depolarization Na+ flows in, no ATP needed.'),
    ).toContain('depol-sodium-in');
  });
});

describe('round 69: a denied condition with its words left out', () => {
  it('"If the cell had a cell wall …, but red blood cells don\'t" denies the wall', () => {
    for (const answer of [
      "If the cell had a cell wall like a plant cell it would be fine, but red blood cells don't, so it will burst.",
      "If a red blood cell had a cell wall like a plant it would be fine, but it doesn't, so it pops.",
      "If the cell had a cell wall like a plant cell it would be fine, but a red blood cell doesn't have one so it bursts.",
    ])
      expect(earned('osmosis-red-blood-cell', answer)).toContain('no-wall');
  });

  it('the condition alone, or a denial that goes on to something else, says nothing of the wall', () => {
    expect(
      earned('osmosis-red-blood-cell', 'If the cell had a cell wall like a plant cell it would be fine.'),
    ).not.toContain('no-wall');
    expect(
      earned(
        'osmosis-red-blood-cell',
        "If the cell had a cell wall like a plant cell it would be fine, but water doesn't stop moving in.",
      ),
    ).not.toContain('no-wall');
  });
});

describe('round 69: a swapped ratio earns no ratio', () => {
  it('"3 potassium for every 2 sodium" is flagged and earns no ratio point', () => {
    const v = packVerdict(
      'resting-potential-pump',
      'Sodium goes out and potassium goes in, 3 potassium for every 2 sodium. Takes ATP.',
    );
    expect(v.flags).toContain('ratio-reversed');
    expect(v.earned).not.toContain('ratio');
    // Round 87: a swapped ratio said after a right one takes it back, as stored batch M's writer
    // read this very answer (the last word counts; round 69 had kept the first).
    expect(
      earned(
        'resting-potential-pump',
        'The pump moves 3 Na+ out and 2 K+ in. So two sodium leave for every three potassium that come in.',
      ),
    ).not.toContain('ratio');
  });
});

describe("round 69: bare answers to a prompt's lettered parts", () => {
  it("reads each part's topic from the prompt and the point labels", () => {
    const parts = promptParts(
      'Compare X and Y. Address (a) whether each needs an input of energy from the cell, (b) the direction each moves a substance relative to its concentration gradient, and (c) the role of membrane proteins. Then give one example.',
      [
        'X needs no energy',
        'Y needs energy',
        'X moves down its gradient',
        'Y moves against its gradient',
        'Y uses carrier proteins',
      ],
      ['passive|passively', 'active'],
    );
    expect(parts.parts.map((p) => [p.letter, p.topic.norm])).toEqual([
      ['a', 'energy'],
      ['b', 'gradient'],
      ['c', 'proteins'],
    ]);
    // A prompt without lettered parts has none.
    expect(promptParts('Explain what happens to the cell.', ['It swells'], []).parts).toEqual([]);
  });

  it('"(a) passive: no. active: yes / (b) passive: with. active: against" earns the four points', () => {
    for (const answer of [
      '(a) passive: no. active: yes\n(b) passive: with. active: against\n(c) proteins help',
      'a) passive - no, active - yes\nb) passive - down, active - up\nc) proteins',
      '(a) passive no, active yes (b) passive down, active up (c) proteins help both',
      'energy: passive none, active ATP\ndirection: passive down, active up',
    ])
      expect(earned('passive-vs-active', answer)).toEqual(
        expect.arrayContaining([
          'passive-no-energy',
          'active-energy',
          'passive-down-gradient',
          'active-against-gradient',
        ]),
      );
  });

  it('swapped bare answers are read as swapped, and a value that goes on is left as written', () => {
    const v = packVerdict('passive-vs-active', 'a. passive yes active no\nb. passive down, active up');
    expect(v.earned).not.toContain('active-energy');
    expect(v.flags).toContain('active-no-energy');
    // Without a part or heading, "passive no" says nothing about energy.
    expect(earned('passive-vs-active', 'passive no, active yes')).not.toContain('passive-no-energy');
  });
});

describe('round 69: ions sent across the synapse', () => {
  it('"Na+ … into the next neuron, making that neuron more positive" is flagged and earns neither', () => {
    const v = packVerdict(
      'depolarization-vs-repolarization',
      'Depolarization is Na+ moving from the axon into the next neuron across the synapse, making it positive. Repolarization is K+ moving back.',
    );
    expect(v.flags).toContain('ions-cross-synapse');
    expect(v.earned).not.toContain('depol-sodium-in');
    expect(v.earned).not.toContain('depol-less-negative');
  });

  it('Na+ "into the synapse" with the neuron itself made positive keeps the charge (its writers credit it)', () => {
    const v = packVerdict(
      'depolarization-vs-repolarization',
      'During depolarization Na+ moves out of the neuron into the synapse and the inside becomes positive.',
    );
    expect(v.flags).not.toContain('ions-cross-synapse');
    expect(v.earned).toContain('depol-less-negative');
    // A correct answer that mentions the next neuron only as where the signal goes is not flagged.
    expect(
      packVerdict(
        'depolarization-vs-repolarization',
        'In depolarization Na+ flows into the axon and the inside becomes less negative; the impulse then travels to the next neuron.',
      ).flags,
    ).toEqual([]);
  });
});

describe('round 69: energy from the wrong source', () => {
  it('"active transport uses energy from food / the sun" earns no energy point', () => {
    for (const answer of [
      'Passive transport uses energy from the sun and active transport uses energy from food.',
      'Active transport needs energy from sunlight to push things against the concentration gradient.',
    ])
      expect(earned('passive-vs-active', answer)).not.toContain('active-energy');
    // The cell's own energy still earns it, also in a clause after "but".
    for (const answer of [
      'Active transport does need an input of energy.',
      "Passive doesn't need energy but active does.",
      'Active transport needs energy from ATP to move things.',
    ])
      expect(earned('passive-vs-active', answer)).toContain('active-energy');
  });
});

describe('round 69: "can\'t be pumped out" alone states no leak', () => {
  it('the pump stopping is not the ions leaking', () => {
    for (const answer of [
      "The resting potential will become less negative because Cl- can't be pumped out of the cell anymore.",
      'The neuron would depolarize and eventually lose its ability to fire because sodium cant be pumped out anymore.',
    ])
      expect(earned('pump-blocked', answer)).not.toContain('leak-not-restored');
    // A leak in its own words, then nothing pumping it back, still earns it.
    for (const answer of [
      'Na+ keeps leaking in and it cannot be pumped back out.',
      'Sodium is going to leave the cell through the channels and there is no pump to bring it back in.',
    ])
      expect(earned('pump-blocked', answer)).toContain('leak-not-restored');
  });
});

describe('round 69: the quote of a repaired slip', () => {
  it('closes the bracket it opens', () => {
    const g = grade(
      packRubric('depolarization-vs-repolarization'),
      'Repol: K+ flows in (nvm, out). Back to -70.',
    );
    const point = g.points.find((p) => p.id === 'repol-potassium-out');
    expect(point?.evidence?.map((e) => e.text)).toEqual(['K+ flows in (nvm, out)']);
  });
});
