import { describe, expect, it } from 'vitest';
import { grade } from '../../src/grading/grade.js';
import { earns, labelNotes, plain, question } from './helpers.js';

/** A one-point question (point `p`, its label alone) under the given prompt. */
function underPrompt(prompt: string, label: string) {
  return question(`
id: prompt-test
kind: frq
topics: [test]
prompt: ${prompt}
modelAnswer: Model.
points:
  - id: p
    label: ${label}
    hint: A hint.
`);
}

/*
 * Rounds 217–218 (Dec 2026): from the fifteenth teacher's notes (tests/grading/teacher-questions/
 * TEACHER-NOTES-15.md) and set 15's labels read alone.
 */
describe('round 217: a label keeps something said of its subject', () => {
  it('"Mitochondria have a double membrane" needs the double membrane, not only mitochondria', () => {
    const double = plain('Mitochondria have a double membrane');
    expect(earns(double, 'Mitochondria make ATP for the cell.')).toBe(false);
    expect(earns(double, 'Mitochondria have a double membrane.')).toBe(true);
    expect(labelNotes('Mitochondria have a double membrane')).toMatch(
      /"double membrane" is all the label says of "mitochondria"/,
    );
  });

  it('a describing word before a generic noun is still dropped when something else is said', () => {
    // "animal" only describes the cells; "burst" is what the label says.
    expect(earns(plain('Animal cells burst'), 'the cells burst')).toBe(true);
  });
});

describe('round 218: each item of a list after the subject is said of it', () => {
  it('"Mitochondria have circular DNA, their own ribosomes, a double membrane"', () => {
    const list = 'Mitochondria have circular DNA, their own ribosomes, a double membrane, and they divide.';
    expect(earns(plain('Mitochondria have their own ribosomes'), list)).toBe(true);
    expect(earns(plain('Mitochondria have a double membrane'), list)).toBe(true);
  });

  it('a later clause with a subject of its own is not said of the first one', () => {
    const enters = plain('Water enters the cell');
    expect(earns(enters, 'The water is hypotonic so sodium ions move into the cell.')).toBe(false);
    expect(earns(enters, 'The water is hypotonic, sodium ions rush into the cell.')).toBe(false);
    const ribosomes = plain('Mitochondria have their own ribosomes');
    expect(earns(ribosomes, 'Mitochondria make ATP, the host cell ribosomes make proteins.')).toBe(false);
  });
});

describe('round 219: word families a label needs (teacher set 16)', () => {
  it('"keeps the membrane fluid" says the membrane stays fluid', () => {
    const stays = plain('The membrane stays fluid at low temperature');
    expect(earns(stays, 'the unsaturated fatty acids keep the membrane fluid')).toBe(true);
    expect(earns(stays, 'the membrane becomes rigid')).toBe(false);
  });

  it('an organ\'s adjective is the organ: "uterine" and "the uterus"', () => {
    const uterine = plain('Oxytocin stimulates uterine contractions');
    expect(earns(uterine, 'Oxytocin makes the uterus contract.')).toBe(true);
    expect(earns(uterine, 'The uterus releases oxytocin.')).toBe(false);
  });

  it('being born is the birth', () => {
    const birth = plain("The baby's birth ends the loop");
    expect(earns(birth, 'Childbirth ends the loop.')).toBe(true);
  });
});

describe('round 220: fixing nitrogen, and nitrogen as itself (teacher set 15)', () => {
  it('"fix nitrogen" is fixation, not repair', () => {
    const fix = plain('The bacteria fix atmospheric nitrogen');
    expect(earns(fix, 'The bacteria fix nitrogen from the air.')).toBe(true);
    expect(earns(fix, 'the bacteria convert N2 into ammonia')).toBe(true);
    expect(earns(fix, 'nitrogen gets fixed by the bacteria')).toBe(true);
    // "fix" had been read as restore, and "nitrogen" as any nutrient.
    expect(earns(fix, 'The bacteria return the nitrogen to the soil.')).toBe(false);
    expect(earns(fix, 'The bacteria give the plant nutrients.')).toBe(false);
    expect(earns(fix, 'the bacteria fix CO2')).toBe(false);
  });

  it('a label\'s "nitrogen" takes nitrogen\'s forms, not another nutrient', () => {
    const n = plain('Nitrogen is used to make proteins');
    expect(earns(n, 'Nitrate is used to make proteins')).toBe(true);
    expect(earns(n, 'Phosphorus is used to make proteins')).toBe(false);
    // A label's "nutrients" still takes nitrogen.
    expect(earns(plain('The fertilizer adds nutrients'), 'the fertilizer adds nitrogen')).toBe(true);
  });
});

describe('round 221: "both" and "this" in an identity label (teacher set 15)', () => {
  it('"(both benefit)" keeps its "both"', () => {
    const mutual = plain('The relationship is mutualism (both benefit)');
    expect(earns(mutual, 'both organisms benefit')).toBe(true);
    expect(earns(mutual, 'they both benefit from it')).toBe(true);
    // "both" had been dropped as grammar: one side's benefit earned it.
    expect(earns(mutual, 'it benefits the plant')).toBe(false);
  });

  it('"This is mutualism" names the relationship', () => {
    const mutual = plain('The relationship is mutualism');
    expect(earns(mutual, 'This is mutualism.')).toBe(true);
    expect(earns(mutual, "that's mutualism")).toBe(true);
    expect(earns(mutual, 'This is parasitism.')).toBe(false);
  });
});

describe('round 222: sugar as students name it (teacher set 15)', () => {
  it('a label\'s "sugar" takes glucose and carbohydrates; a label\'s "glucose" stays glucose', () => {
    const sugar = plain('The plant gives the bacteria sugar');
    expect(earns(sugar, 'The plant gives the bacteria glucose.')).toBe(true);
    expect(earns(sugar, 'the plant gives the bacteria carbohydrates')).toBe(true);
    expect(earns(sugar, 'the plant gives the bacteria water')).toBe(false);
    expect(earns(plain('Glucose is polar'), 'sucrose is polar')).toBe(false);
  });
});

describe('round 223: who gives to whom (teacher set 15)', () => {
  it('"The plant gives the bacteria sugar" is not met the other way round', () => {
    const gives = plain('The plant gives the bacteria sugar');
    expect(earns(gives, 'The bacteria give the plant sugar.')).toBe(false);
    expect(earns(gives, 'the plant feeds the bacteria sugar')).toBe(true);
    expect(earns(gives, 'the plant provides the bacteria with sugar')).toBe(true);
    // Said from the receiver's side, with no verb of giving, it still reads as before.
    expect(earns(gives, 'the bacteria get sugar from the plant')).toBe(true);
  });
});

describe('round 224: explain names what a teacher could not guess (teacher set 16)', () => {
  it('names the word that made a label negative', () => {
    expect(labelNotes('The loop stops when the baby is born')).toContain(
      'negative label ("stops" read as a denial)',
    );
    expect(labelNotes('The loop ends when the baby is born')).not.toContain('negative label');
  });

  it('warns when "makes" means "causes" but is read as "produce"', () => {
    expect(labelNotes('Oxytocin makes the uterus contract')).toContain('⚠ "makes" is read as "produce"');
    expect(labelNotes('Mitochondria make ATP')).not.toContain('is read as "produce"');
    expect(labelNotes('The cell makes more ATP')).not.toContain('is read as "produce"');
  });
});

describe('round 225: `cancels` reaches a point read through a pronoun (teacher set 15)', () => {
  it('a subject named in the sentence before does not keep a point read from the wrong statement', () => {
    const r = question(`
id: cancels-test
kind: frq
topics: [test]
prompt: Test prompt.
modelAnswer: Model.
points:
  - id: ribosomes
    label: Mitochondria have their own ribosomes
    hint: A hint.
misconceptions:
  - id: host-ribosomes
    label: Says mitochondria use the host cell's ribosomes
    pattern: { all: ["use|uses", "cell|cells|host", "ribosomes"], scope: clause, ordered: true }
    correction: They have their own.
    cancels: [ribosomes]
`);
    const wrong = grade(
      r,
      "Mitochondria have linear DNA. They don't make proteins, they use the cell's ribosomes.",
    );
    expect(wrong.points.find((p) => p.id === 'ribosomes')?.earned).toBe(false);
    expect(wrong.misconceptions.map((m) => m.id)).toEqual(['host-ribosomes']);
    const right = grade(r, 'Mitochondria have circular DNA. They have their own ribosomes.');
    expect(right.points.find((p) => p.id === 'ribosomes')?.earned).toBe(true);
  });
});

describe('round 226: an answer to a supposed case may suppose it (teacher set 16)', () => {
  const asked = (prompt: string) => underPrompt(prompt, 'The membrane becomes less fluid');
  const answer = 'If the bacteria kept the same phospholipids, the membrane would become less fluid.';

  it('"Predict how … would … if …": "If …, … would …" is the answer', () => {
    const r = asked(
      'Predict how the cold would affect the membrane if the bacteria did not change their lipids.',
    );
    expect(earns(r, answer)).toBe(true);
  });

  it('where the prompt supposes nothing, a second conditional still earns nothing', () => {
    const r = asked('Explain what the cold does to the membrane.');
    expect(earns(r, answer)).toBe(false);
  });
});

describe('round 227: a name the prompt gives a kind of organism (teacher set 15)', () => {
  const withPrompt = (prompt: string) => underPrompt(prompt, 'The bacteria fix atmospheric nitrogen');

  it('"Rhizobium bacteria" in the prompt: "Rhizobium fix N2" says the bacteria do', () => {
    const r = withPrompt(
      'Soybean roots have nodules containing Rhizobium bacteria. Explain why the plants grow larger.',
    );
    expect(earns(r, 'Rhizobium fix N2 from the air into ammonia.')).toBe(true);
    expect(earns(r, 'The soybeans fix N2 from the air.')).toBe(false);
  });

  it('a prompt that names no bacteria gives no name ("Soil bacteria" opens a sentence)', () => {
    const r = withPrompt('Soil bacteria live in nodules. Explain why the plants grow larger.');
    expect(earns(r, 'Rhizobium fix N2 from the air into ammonia.')).toBe(false);
  });
});

describe('round 228: "less X" is also said by denying X (teacher set 16)', () => {
  it('"not as fluid", "can\'t pack tightly"', () => {
    const fluid = plain('The membrane becomes less fluid');
    expect(earns(fluid, 'The membrane would not be as fluid.')).toBe(true);
    expect(earns(fluid, 'the membrane stays fluid')).toBe(false);
    const packs = plain('The phospholipids pack less tightly');
    expect(earns(packs, 'the kinked tails cannot pack tightly')).toBe(true);
    expect(earns(packs, "the tails don't pack tight")).toBe(true);
    expect(earns(packs, 'the phospholipids pack tightly')).toBe(false);
  });

  it('denying the lessening is not the lessening', () => {
    const less = plain('The resting potential becomes less negative');
    expect(earns(less, 'The resting potential does not become less negative.')).toBe(false);
    expect(earns(less, "The resting potential won't get more negative.")).toBe(false);
  });
});

describe('round 229: explain warns when "both" or "only" is left out (teacher set 17)', () => {
  it('"Both alleles are expressed" warns; "both X and Y" and "(both benefit)" do not', () => {
    expect(labelNotes('Both alleles are expressed in the phenotype')).toContain('⚠ "both" is not required');
    expect(labelNotes('Only males show the trait')).toContain('⚠ "only" is not required');
    expect(labelNotes('Both sodium and potassium leak')).not.toContain('is not required');
    expect(labelNotes('The relationship is mutualism (both benefit)')).not.toContain('is not required');
  });
});

describe("round 230: in a part's box, the words a label shares with the part's prompt are its setting (teacher set 17)", () => {
  const parts = (label: string, partPrompt: string) =>
    question(`
id: parts-test
kind: frq
topics: [test]
prompt: A mother with type A blood and a father with type B blood have a child with type O blood.
modelAnswer: Model.
parts:
  - label: a
    prompt: Explain codominance.
    points:
      - id: other
        label: Both alleles are expressed
        hint: A hint.
  - label: b
    prompt: "${partPrompt}"
    points:
      - id: p
        label: "${label}"
        hint: A hint.
`);

  it('"1/4" alone answers "Predict the probability … type AB"', () => {
    const r = parts(
      'The probability of type AB is 1/4 (25%)',
      "Predict the probability that the couple's next child has type AB blood.",
    );
    expect(earns(r, ['', '1/4'])).toBe(true);
    expect(earns(r, ['', '25%'])).toBe(true);
    expect(earns(r, ['', '1/2'])).toBe(false);
    // A fraction is one thing: "2/4 = 1/2" holds a 1 and a 4, not a quarter.
    expect(earns(r, ['', 'the probability of type AB is 2/4 = 1/2'])).toBe(false);
  });

  it('a label left with only a change keeps its thing', () => {
    const r = parts('The rabbit population decreases', 'Predict what happens to the rabbit population.');
    expect(earns(r, ['', 'the carrying capacity goes down'])).toBe(false);
    expect(earns(r, ['', 'the rabbit population decreases'])).toBe(true);
  });
});
