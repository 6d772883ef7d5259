import { describe, expect, it } from 'vitest';
import { grade } from '../../src/grading/grade.js';
import { packEarned as earned, packRubric, packVerdict } from './helpers.js';

/*
 * General rules from round 54, tuned on blind batch BB (issue 7) after it had been graded once,
 * untouched, on the final engine of round 53 (95.3% of 1,500 point decisions; most misses were
 * Spanish key words inside English answers). Each rule has the answer it must now read as its
 * writer did and a near miss it must still refuse.
 */
describe('round 54: Spanish key words inside an English answer (content/words.yaml `spanish`)', () => {
  it('reads "el sodio entra a la celula" as sodium entering the cell', () => {
    expect(
      earned(
        'depolarization-vs-repolarization',
        'depol: entra sodio (Na+), se hace mas positivo. repol: sale potasio, regresa a -70.',
      ),
    ).toEqual(expect.arrayContaining(['depol-sodium-in', 'depol-less-negative', 'repol-potassium-out']));
  });

  it('keeps the direction: "el sodio sale" is not sodium entering, and a Spanish "no" still negates', () => {
    const v = packVerdict(
      'depolarization-vs-repolarization',
      'En depolarization el sodio sale de la celula.',
    );
    expect(v.earned).not.toContain('depol-sodium-in');
    expect(
      earned('synapse-neurotoxin', 'ACh no se puede unir al receptor, so the channels stay closed.'),
    ).toContain('no-binding');
    expect(earned('osmosis-red-blood-cell', 'el agua no entra a la cell')).not.toContain('water-enters');
  });

  it('reads the pump in Spanish: "saca 3 Na+ afuera y mete 2 K+ adentro"', () => {
    expect(
      earned('resting-potential-pump', 'La bomba saca 3 Na+ afuera de la celula y mete 2 K+ adentro.'),
    ).toEqual(expect.arrayContaining(['sodium-out', 'potassium-in', 'ratio']));
  });

  it('reads "no tienen cell wall" and "se revienta"', () => {
    expect(
      earned(
        'osmosis-red-blood-cell',
        'el water entra a la cell y se revienta. Animal cells no tienen cell wall.',
      ),
    ).toEqual(expect.arrayContaining(['water-enters', 'swells-bursts', 'no-wall']));
  });

  it('still tells the student the answer is partly in another language', () => {
    const g = grade(
      packRubric('osmosis-red-blood-cell'),
      'el agua entra a la celula por osmosis y la celula explota',
    );
    expect(g.otherLanguage).toBe(true);
    expect(g.points.find((p) => p.id === 'water-enters')?.earned).toBe(true);
    // Evidence quotes the student's own Spanish words, not the English they were read as.
    expect(
      g.points
        .find((p) => p.id === 'water-enters')
        ?.evidence.map((e) => e.text)
        .join(' '),
    ).toMatch(/agua|entra/);
  });

  it('leaves English answers as they were: "son" and "como" are not read as Spanish', () => {
    const g = grade(
      packRubric('osmosis-red-blood-cell'),
      'Water moves into the cell by osmosis, so the cell swells and bursts.',
    );
    expect(g.otherLanguage).toBe(false);
  });
});

describe('round 54: a phase named after "and then for" heads what follows it', () => {
  it('keeps "the inside gets more positive" with depolarization in a run-on sentence', () => {
    expect(
      earned(
        'depolarization-vs-repolarization',
        'so when depolarization happens the sodium goes into the cell and then the inside gets more positive and then for repolarization the potassium goes out and the cell gets negative again',
      ),
    ).toEqual(expect.arrayContaining(['depol-less-negative', 'repol-potassium-out']));
  });

  it('still ties "K+ leaves during repolarization" to repolarization (a verb, not a new part, before "during")', () => {
    expect(
      earned(
        'depolarization-vs-repolarization',
        'Na+ rushes in during depolarization and K+ leaves during repolarization.',
      ),
    ).toEqual(expect.arrayContaining(['depol-sodium-in', 'repol-potassium-out']));
  });
});

describe('round 54: synapse-neurotoxin does not read a denied or defined depolarization as a prediction', () => {
  it('"depolarization doesn\'t occur" predicts no depolarization', () => {
    expect(
      packVerdict('synapse-neurotoxin', "depolarization doesn't occur because Na+ doesn't flow in.").flags,
    ).not.toContain('predicts-depolarization');
  });

  it('a glossary line before the answer ("Depolarization - when the inside becomes more positive") is no prediction', () => {
    expect(
      packVerdict(
        'synapse-neurotoxin',
        'Depolarization - when the inside becomes more positive. With the toxin, ACh cannot bind the receptor, the channels stay closed, Na+ does not enter, and the membrane stays at resting potential.',
      ).flags,
    ).toEqual([]);
  });

  it('still flags "the postsynaptic neuron will depolarize" and "depolarization occurs"', () => {
    expect(packVerdict('synapse-neurotoxin', 'The postsynaptic neuron will depolarize.').flags).toContain(
      'predicts-depolarization',
    );
    expect(packVerdict('synapse-neurotoxin', 'Depolarization occurs anyway.').flags).toContain(
      'predicts-depolarization',
    );
  });
});

describe('round 54: an "it" opening a comma-spliced correction is the ion or water named before the comma', () => {
  it('"water will not leave the cell, it will go into the cell" says water enters', () => {
    expect(
      earned(
        'osmosis-red-blood-cell',
        'Since the water is hypotonic, water will not leave the cell, it will go into the cell through osmosis.',
      ),
    ).toContain('water-enters');
    expect(
      packVerdict('depolarization-vs-repolarization', 'Na+ doesnt go in during depolarization, it goes out.')
        .flags,
    ).toContain('sodium-leaves-depol');
  });

  it('leaves an "it" whose clause before the comma began with something else ("The pump pushes Na+ out, it …")', () => {
    const v = packVerdict('resting-potential-pump', 'The pump pushes Na+ out, it brings K+ in.');
    expect(v.earned).toEqual(expect.arrayContaining(['sodium-out', 'potassium-in']));
    expect(v.flags).toEqual([]);
    // The earlier "not" stays with its own clause.
    expect(earned('osmosis-red-blood-cell', 'water does not go in, it stays out')).not.toContain(
      'water-enters',
    );
  });
});
