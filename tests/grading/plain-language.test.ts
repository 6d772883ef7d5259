import { describe, expect, it } from 'vitest';
import { compileLabel } from '../../src/grading/label-compiler.js';
import { labelReaderFor } from '../../src/grading/label-reader.js';
import { earns, plain, question, realLexicon } from './helpers.js';

/*
 * Plain-language points: a point with a label and no pattern is compiled from its label. These
 * are the rules the compiler promises (docs/rubric-language.md §1), each shown on answers.
 */

describe('plain-language points', () => {
  it('reads lexicon concepts in the label, so other wordings of them earn the point', () => {
    const r = plain('Na⁺ flows into the cell');
    expect(earns(r, 'Sodium rushes into the neuron.')).toBe(true);
    expect(earns(r, 'There is an influx of Na+.')).toBe(true);
    expect(earns(r, 'Potassium flows into the cell.')).toBe(false);
    expect(earns(r, 'Sodium flows out of the cell.')).toBe(false);
  });

  it('keeps the polarity of a positive label: a negated statement does not earn it', () => {
    const r = plain('Acetylcholine binds to its receptor');
    expect(earns(r, 'ACh binds to the receptor.')).toBe(true);
    expect(earns(r, 'ACh does not bind to the receptor.')).toBe(false);
  });

  it('keeps the polarity of a negative label: "cannot bind" needs a negated bind', () => {
    const r = plain('Acetylcholine cannot bind to its receptor');
    expect(earns(r, 'ACh cant bind because the toxin is in the way.')).toBe(true);
    expect(earns(r, 'Acetylcholine is unable to bind.')).toBe(true);
    expect(earns(r, 'There is no binding of acetylcholine.')).toBe(true);
    expect(earns(r, 'ACh binds to its receptor.')).toBe(false);
  });

  it('needs the words of a statement in one clause', () => {
    const r = plain('Na⁺ flows into the cell');
    expect(earns(r, 'Sodium is outside, but water flows into the cell.')).toBe(false);
  });

  it('takes a parenthesis as another way to say the words before it', () => {
    const r = plain('The cell swells and may burst (lyse)');
    expect(earns(r, 'The red blood cell swells up.')).toBe(true);
    expect(earns(r, 'The cell will lyse.')).toBe(true);
    expect(earns(r, 'The cell shrinks.')).toBe(false);
  });

  it('uses the shared synonym groups and misspellings', () => {
    const r = plain('The cell swells and may burst (lyse)');
    expect(earns(r, 'the cel ruptures')).toBe(true);
  });

  it('adds accept: phrases to what the label compiles to', () => {
    const r = plain('A correct example of each', '    accept: ["sodium potassium pump"]');
    expect(earns(r, 'The sodium potassium pump is one.')).toBe(true);
  });

  it('reads "leaking down their gradients" as leaking: the path is what the verb already says', () => {
    const r = plain('Ions keep leaking down their gradients');
    // A named ion is an ion.
    expect(earns(r, 'Na+ leaks in and K+ leaks out.')).toBe(true);
    expect(earns(r, 'Ions diffuse down their gradients.')).toBe(true);
    expect(earns(r, 'The gradients run down.')).toBe(false);
  });

  it('keeps "by …" after a bare verb of motion: in "Water moves by osmosis" the how is the point', () => {
    const r = plain('Water moves by osmosis');
    expect(earns(r, 'Water diffuses into the raisin by osmosis.')).toBe(true);
    expect(earns(r, 'Water moves into the raisin.')).toBe(false);
    // With a fact of its own before it, "by …" stays optional, as before.
    const into = plain('Water moves into the cell by osmosis');
    expect(earns(into, 'Water moves into the cell.')).toBe(true);
  });

  it('leaves out a plain verb of motion before a path: note form has none ("high → low")', () => {
    const r = plain('A substance moves down its gradient');
    expect(earns(r, 'high → low, no ATP')).toBe(true);
    expect(earns(r, 'It goes from low to high.')).toBe(false);
    // With a third item the verb stays: one of three may be missing anyway (rule 8).
    const three = plain('Both ions are moved against their gradients');
    expect(earns(three, 'The pump moves them against their gradients.')).toBe(true);
  });

  it('reads "ligand-gated channels" as also met by "the channels": a hyphenated description is not required', () => {
    const r = plain('The ligand-gated channels stay closed');
    expect(earns(r, 'so the channels dont open')).toBe(true);
    expect(earns(r, 'the ligand gated channel stays shut')).toBe(true);
    expect(earns(r, 'the channels open')).toBe(false);
  });

  it('reads a label of two counts ("Three Na⁺ for every two K⁺") as each number with its own ion', () => {
    const r = plain('Three Na⁺ for every two K⁺');
    for (const answer of [
      '3 Na+ out, 2 K+ in.',
      'Na+ out (3), K+ in (2).',
      'sodium out and potassium in, 3:2',
    ])
      expect(earns(r, answer)).toBe(true);
    expect(earns(r, 'It pumps 2 Na+ out and 3 K+ in.')).toBe(false);
  });

  it('never lets the named ion be the item that may be missing ("K⁺ is pumped into the cell")', () => {
    const r = plain('K⁺ is pumped into the cell');
    expect(earns(r, 'Potassium is pumped in.')).toBe(true);
    expect(earns(r, 'The pump moves chloride ions into the cell.')).toBe(false);
  });

  it('"again" is how a change is said, not part of it; a parenthesis after a subject keeps the subject', () => {
    const r = plain('The inside becomes negative again');
    expect(earns(r, 'During repolarization the inside becomes negative.')).toBe(true);
    const p = plain('The postsynaptic membrane does not depolarize (stays at its resting potential)');
    expect(earns(p, 'The membrane potential stays at rest.')).toBe(true);
    expect(earns(p, 'The postsynaptic membrane depolarizes.')).toBe(false);
  });

  it('a last clause of manner ("…, without ATP") says the same another way: either earns', () => {
    const r = plain('Both are ions diffusing through channels, without ATP');
    expect(earns(r, 'Both need no ATP.')).toBe(true);
    expect(earns(r, 'Both are ions diffusing through channels.')).toBe(true);
    expect(earns(r, 'Both use ATP.')).toBe(false);
  });

  it('"needs energy" is also met by its object alone in note form ("active: energy (ATP)")', () => {
    // (The question's subject, "active", is no item; a cell is a generic noun.)
    const r = plain('The cell needs energy');
    expect(earns(r, 'energy (ATP)')).toBe(true);
    expect(earns(r, 'the cell uses no energy')).toBe(false);
  });

  it('reads "cannot fire action potentials" as met by "cannot fire"', () => {
    const r = plain('The neuron eventually cannot fire action potentials');
    expect(earns(r, 'Eventually the neuron cant fire.')).toBe(true);
    expect(earns(r, 'The neuron still fires.')).toBe(false);
  });

  it('ties a labelled fact to the question subject it names', () => {
    const r = question(`
id: plain-subjects
kind: frq
topics: [test]
prompt: Compare depolarization and repolarization.
modelAnswer: Model.
subjects:
  depolarization: ["depolar*"]
  repolarization: ["repolar*"]
points:
  - id: depol-sodium-in
    label: "Depolarization: Na⁺ flows into the cell"
    hint: A hint.
`);
    expect(earns(r, 'During depolarization sodium flows into the cell.', 'depol-sodium-in')).toBe(true);
    expect(earns(r, 'During repolarization sodium flows into the cell.', 'depol-sodium-in')).toBe(false);
  });

  it('says what it made of a label', () => {
    const reader = labelReaderFor(realLexicon, realLexicon.synonyms ?? []);
    const compiled = compileLabel('Acetylcholine cannot bind to its receptor', reader);
    expect(compiled.ignoreNegation).toBe(true);
    expect(JSON.stringify(compiled.pattern)).toContain('@acetylcholine');
    expect(JSON.stringify(compiled.pattern)).toContain('@binds');
    expect(compiled.notes.join('\n')).toMatch(/negative label/);
    expect(compiled.notes.join('\n')).toMatch(/"receptor" says where/);
  });
});

describe('a plain-language point that cannot work is refused, naming where', () => {
  it('refuses a label that leaves nothing to match (it could never be earned)', () => {
    expect(() => plain('The surface area to volume ratio gets smaller')).toThrow(/leaves nothing to match/);
    // With accept: phrases the point can still be earned, so the label is only what students see.
    expect(() =>
      plain('The surface area to volume ratio gets smaller', '    accept: ["ratio ..2 smaller"]'),
    ).not.toThrow();
  });

  it('names the accept: entry, not the label, when an accept phrase is malformed', () => {
    let message = '';
    try {
      plain('Cells divide', '    accept: ["cannot|stop divide"]');
    } catch (error) {
      message =
        (error as Error & { issues?: { path: (string | number)[] }[] }).issues
          ?.map((i) => i.path.join('.'))
          .join(' ') ?? String(error);
    }
    expect(message).toContain('points.0.accept.0');
    expect(message).not.toContain('label');
  });
});
