import { describe, expect, it } from 'vitest';
import { earns, plain, question, transportQuestion } from './helpers.js';

/** A one-point question about a mouse and a lizard (declared subjects), point `p` on its label alone. */
function animals(label: string) {
  return question(`
id: animals-test
kind: frq
topics: [test]
prompt: A mouse and a lizard are moved from 30 °C to 10 °C. Explain their oxygen use.
modelAnswer: Model.
subjects:
  mouse: ["mouse", "mice"]
  lizard: ["lizard*"]
points:
  - id: p
    label: ${label}
    hint: A hint.
`);
}

/*
 * Rounds 231–233 (Dec 2026): from the eighteenth teacher's notes (tests/grading/teacher-questions/
 * TEACHER-NOTES-18.md) and set 18's labels read alone.
 */
describe('round 231: the word after a declared subject is its verb, or what it has', () => {
  it('"The mouse increases its cellular respiration" keeps its verb', () => {
    const increases = animals('The mouse increases its cellular respiration');
    // The verb had been read as part of the subject's name ("passive transport"), so a bare mention earned it.
    expect(earns(increases, 'Cellular respiration in the mouse.')).toBe(false);
    expect(earns(increases, 'In the cold the mouse increases its cellular respiration.')).toBe(true);
  });

  it('"The lizard\'s metabolic rate decreases" keeps what the lizard has', () => {
    const slows = animals("The lizard's metabolic rate decreases");
    expect(earns(slows, "The lizard's metabolism slows down in the cold.")).toBe(true);
    expect(earns(slows, 'The lizard is cold.')).toBe(false);
  });

  it('a declared subject before a noun is still part of that name', () => {
    const r = transportQuestion('Active transport needs energy');
    expect(earns(r, 'Active transport needs energy from ATP.')).toBe(true);
    expect(earns(r, 'Passive transport needs energy.')).toBe(false);
  });
});

describe('round 232: a thing that grows is said with "more" before it, after a declared subject', () => {
  it('"does more cellular respiration" says "The mouse increases its cellular respiration"', () => {
    const increases = animals('The mouse increases its cellular respiration');
    expect(earns(increases, 'The mouse does more cellular respiration to stay warm.')).toBe(true);
    expect(earns(increases, 'The lizard does more cellular respiration.')).toBe(false);
    expect(earns(increases, 'The mouse does less cellular respiration.')).toBe(false);
  });

  it("the subject's possessive is left out of the thing that grows", () => {
    const increases = animals("The mouse's cellular respiration increases");
    expect(earns(increases, 'The mouse does more respiration in the cold.')).toBe(true);
  });

  it('"speeds up" and "ramps up" say an increase, as "slows down" says a decrease', () => {
    const increases = animals('The mouse increases its cellular respiration');
    expect(earns(increases, 'The mouse speeds up cellular respiration.')).toBe(true);
    expect(earns(increases, 'it ramps up cellular respiration')).toBe(true);
    expect(earns(plain('Respiration increases'), 'respiration speeds up')).toBe(true);
  });
});

describe('round 233: "gives off" and "lets off" say "releases"', () => {
  it('"Cellular respiration releases heat"', () => {
    const heat = plain('Cellular respiration releases heat');
    expect(earns(heat, 'cellular respiration gives off heat')).toBe(true);
    expect(earns(heat, 'respiration lets off heat as a byproduct')).toBe(true);
    expect(earns(heat, 'the mouse releases heat by shivering')).toBe(false);
  });
});

describe("round 234: a lexicon reading that steps over the label's own things is no reading of them", () => {
  it('"keeps its body temperature constant" is not the membrane\'s resting state', () => {
    const constant = animals('The mouse keeps its body temperature constant');
    // "keep ..3 constant" in @stays-at-rest had stepped over "body temperature", so any
    // "stays at rest" earned it.
    expect(earns(constant, 'The mouse stays at rest in the cold.')).toBe(false);
    expect(earns(constant, 'The mouse keeps its body temperature constant.')).toBe(true);
  });

  it('one describing word in the gap is still the reading\'s own ("against their concentration gradients")', () => {
    const against = plain('Both ions are moved against their concentration gradients');
    expect(earns(against, 'the pump moves both ions against their gradients')).toBe(true);
  });
});

describe('round 235: one word naming a process or a kind, closing the label, names the whole statement', () => {
  it('"(endotherm)" is the mouse being an endotherm, not another word for "constant"', () => {
    const endotherm = animals('The mouse keeps its body temperature constant (endotherm)');
    expect(earns(endotherm, 'The mouse is an endotherm.')).toBe(true);
  });

  it('"(transformation)" is not another word for "plasmid"', () => {
    const uptake = plain('Some bacteria take up the plasmid (transformation)');
    expect(earns(uptake, 'The cells are transformed.')).toBe(true);
    expect(earns(uptake, 'The bacteria take up the ampicillin.')).toBe(false);
  });

  it('a word of the same kind still stands for the word before it', () => {
    const lyse = plain('The cell swells and may burst (lyse)');
    expect(earns(lyse, 'the cell will lyse')).toBe(true);
  });
});

describe('round 236: "taken up" is absorbing, not only being occupied', () => {
  it('"The plasmid is all full" does not say the bacteria took it up', () => {
    const uptake = plain('The plasmid is taken up by some bacteria');
    expect(earns(uptake, 'The plasmid is all full.')).toBe(false);
    expect(earns(uptake, 'A few bacteria took up the plasmid.')).toBe(true);
  });
});

describe('round 238: endotherm and ectotherm are opposites, and "warm-blooded" says endotherm', () => {
  it('"ectotherm" is no misspelt "endotherm", nor "exothermic"', () => {
    const endotherm = plain('The mouse is an endotherm');
    expect(earns(endotherm, 'The mouse is an ectotherm.')).toBe(false);
    expect(earns(endotherm, 'The mouse is exothermic.')).toBe(false);
    expect(earns(plain('The lizard is an ectotherm'), 'The lizard is an endotherm.')).toBe(false);
  });

  it('"warm-blooded" and "cold blooded" say it', () => {
    expect(earns(plain('The mouse is an endotherm'), 'The mouse is warm-blooded.')).toBe(true);
    expect(earns(plain('The lizard is an ectotherm'), 'the lizard is cold blooded')).toBe(true);
  });
});

describe('round 239: a passive "killed" is said by dying', () => {
  it('"The control bacteria are killed by the ampicillin"', () => {
    const killed = plain('The control bacteria are killed by the ampicillin');
    expect(earns(killed, 'The control bacteria died.')).toBe(true);
    expect(earns(killed, 'the control bacteria are dead')).toBe(true);
    expect(earns(killed, 'ampicillin kills the control bacteria')).toBe(true);
    expect(earns(killed, 'the control bacteria grew')).toBe(false);
  });
});

describe('round 240: a passive label\'s subject is what an active answer acts on ("killed them")', () => {
  it('"The control bacteria are killed …" is said "… so the ampicillin killed them"', () => {
    const killed = plain('The control bacteria are killed by the ampicillin');
    expect(earns(killed, 'The control bacteria had no plasmid, so the ampicillin killed them.')).toBe(true);
    // An active label's subject is not an object pronoun: "them" is what it acts on.
    const eat = plain('The urchins eat the kelp');
    expect(earns(eat, 'The urchins grow. The otters eat them.')).toBe(false);
  });
});
