import { describe, expect, it } from 'vitest';
import { americanize, stemOf } from '../../src/grading/stem.js';
import { tokenize } from '../../src/grading/tokenize.js';

const norms = (text: string) => tokenize(text).map((t) => t.norm);

/** The folded words of each sentence the tokenizer found, in order. */
const sentences = (text: string) => {
  const groups: string[][] = [];
  let last = -1;
  for (const t of tokenize(text)) {
    if (t.sent !== last) groups.push([]);
    last = t.sent;
    groups[groups.length - 1]?.push(t.norm);
  }
  return groups;
};

describe('normalisation: Unicode and chemical notation fold to one form', () => {
  it('folds every way of writing the sodium ion to "na+"', () => {
    for (const form of ['Na⁺', 'Na+', 'Na^+', 'NA+', 'Na 1+', 'Na+1', 'Na(+)', 'na⁺']) {
      expect(norms(`${form} enters`), form).toEqual(['na+', 'enters']);
    }
  });

  it('keeps the charge magnitude of divalent ions and the sign of anions', () => {
    expect(norms('Ca2+ Ca++ Ca²⁺ Cl- Cl⁻')).toEqual(['ca2+', 'ca2+', 'ca2+', 'cl-', 'cl-']);
  });

  it('does not read a hyphen between element symbols as a charge', () => {
    expect(norms('the Na-K pump')).toEqual(['the', 'na', 'k', 'pump']);
    expect(norms('Na+/K+ pump')).toEqual(['na+', 'k+', 'pump']);
  });

  it('drops accents and combining marks, and lowercases', () => {
    expect(norms('DÉPOLARIZATION café')).toEqual(['depolarization', 'cafe']);
    expect(norms(`se${'\u0301'.repeat(50)}dium`)).toEqual(['sedium']);
  });

  it('treats curly apostrophes like straight ones and expands negative contractions', () => {
    expect(norms("Sodium can’t enter; it doesn't leave")).toEqual([
      'sodium',
      'can',
      'not',
      'enter',
      'it',
      'does',
      'not',
      'leave',
    ]);
    expect(norms('it wont, cannot, dont')).toEqual(['it', 'will', 'not', 'can', 'not', 'do', 'not']);
    expect(norms("the cell's membrane")).toEqual(['the', 'cell', 'membrane']);
  });

  it('expands common text-speak', () => {
    expect(norms('w/o ATP b/c w/ ACh & thru')).toEqual([
      'without',
      'atp',
      'because',
      'with',
      'ach',
      'and',
      'through',
    ]);
  });

  it('reads note-form arrows for change as the verbs they stand for', () => {
    expect(norms('membrane potential ↑, K+ ↓')).toEqual([
      'membrane',
      'potential',
      'increases',
      'k+',
      'decreases',
    ]);
    const [, up] = tokenize('voltage ⬆');
    expect(up?.norm).toBe('increases');
    expect('voltage ⬆'.slice(up?.start, up?.end)).toBe('⬆');
  });

  it('keeps signed numbers and drops list markers', () => {
    expect(norms('1. from -70 mV 2) to +30.5 mV')).toEqual(['from', '-70', 'mv', 'to', '+30.5', 'mv']);
  });

  it('rewrites British -ise spellings but leaves short words alone', () => {
    expect(americanize('depolarised')).toBe('depolarized');
    expect(americanize('depolarisation')).toBe('depolarization');
    expect(americanize('rise')).toBe('rise');
  });

  it('records where each token stands in the original text', () => {
    const text = 'Na⁺ rushes  in';
    const tokens = tokenize(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Na⁺', 'rushes', 'in']);
  });

  it('numbers sentences, clauses and negation segments', () => {
    const t = tokenize('Sodium enters, potassium leaves. Then it rests and recovers');
    const by = (w: string) => t.find((x) => x.norm === w);
    expect(by('sodium')?.sent).toBe(by('enters')?.sent);
    expect(by('potassium')?.sent).toBe(by('sodium')?.sent);
    expect(by('potassium')?.clause).not.toBe(by('sodium')?.clause);
    expect(by('rests')?.sent).not.toBe(by('sodium')?.sent);
    expect(by('recovers')?.clause).toBe(by('rests')?.clause);
    expect(by('recovers')?.seg).not.toBe(by('rests')?.seg);
  });
});

describe('stemming', () => {
  it('gives inflections and derivations one stem', () => {
    const stems = [
      'depolarize',
      'depolarizes',
      'depolarized',
      'depolarizing',
      'depolarization',
      'depolarised',
    ].map((w) => stemOf(americanize(w)));
    expect(new Set(stems).size).toBe(1);
  });
});

describe('list markers glued to words', () => {
  it('splits a trailing marker off a word: the word alone, then a new item', () => {
    expect(sentences('mRNA leaves the nucleus2. it goes to the ribosome')).toEqual([
      ['mrna', 'leaves', 'the', 'nucleus'],
      ['it', 'goes', 'to', 'the', 'ribosome'],
    ]);
    expect(sentences('the nucleus2.the ribosome')).toEqual([
      ['the', 'nucleus'],
      ['the', 'ribosome'],
    ]);
    expect(sentences('it is read in step3: translation')).toEqual([
      ['it', 'is', 'read', 'in', 'step'],
      ['translation'],
    ]);
    expect(sentences('diffusion2)osmosis')).toEqual([['diffusion'], ['osmosis']]);
  });

  it('splits a two-letter word only when its number goes on from the list, and never a formula', () => {
    expect(sentences('1. mRNA leaves the nucleus2. it travels to the ER3. tRNA comes')).toEqual([
      ['mrna', 'leaves', 'the', 'nucleus'],
      ['it', 'travels', 'to', 'the', 'er'],
      ['trna', 'comes'],
    ]);
    // No list before it, or a number that does not go on from it: the word stays whole.
    expect(norms('it goes to the ER3. then')).toContain('er3');
    expect(norms('1. it goes to the ER3. then')).toContain('er3');
    // "CO2." after item 1 is carbon dioxide, not item 2.
    expect(norms('1. Cells release CO2. 2. Plants take it in')).toContain('co2');
  });

  it('drops a leading marker glued to the next word', () => {
    expect(sentences('1.diffusion 2.osmosis 3)active transport')).toEqual([
      ['diffusion'],
      ['osmosis'],
      ['active', 'transport'],
    ]);
    expect(norms('2)osmosis')).toEqual(['osmosis']);
  });

  it('quotes only the word when a marker was glued to it', () => {
    const text = 'through the nucleus2. then';
    const word = tokenize(text).find((t) => t.norm === 'nucleus');
    expect(word && text.slice(word.start, word.end)).toBe('nucleus');
  });

  it('keeps ions, formulas, ratios and names that end in digits', () => {
    expect(norms("Na+ K+ Ca2+ Na 1+ ATP 3:2 tRNA 5' end")).toEqual([
      'na+',
      'k+',
      'ca2+',
      'na+',
      'atp',
      '3',
      '2',
      'trna',
      '5',
      'end',
    ]);
    expect(norms('plants take in CO2. and O2. and vitamin b12.')).toEqual([
      'plants',
      'take',
      'in',
      'co2',
      'and',
      'o2',
      'and',
      'vitamin',
      'b12',
    ]);
    expect(norms('H2O, p53, type2 diabetes, mRNA1 leaves')).toEqual([
      'h2o',
      'p53',
      'type2',
      'diabetes',
      'mrna1',
      'leaves',
    ]);
    // A ratio at the end of a sentence is not "3" then list item "2.".
    expect(norms('the ratio is 3:2. Then')).toEqual(['the', 'ratio', 'is', '3', '2', 'then']);
    expect(norms('Ca2+. Na+2.')).toEqual(['ca2+', 'na2+']);
  });
});

describe('words glued at a case change (a lost line break between list items)', () => {
  it('splits 3+ lowercase letters followed by a capital and 2+ lowercase letters', () => {
    expect(norms('waterDiffusion')).toEqual(['water', 'diffusion']);
    expect(norms('the cellExocytosis')).toEqual(['the', 'cell', 'exocytosis']);
    expect(norms('membraneActive transport')).toEqual(['membrane', 'active', 'transport']);
    expect(norms('ProphaseMetaphaseAnaphase')).toEqual(['prophase', 'metaphase', 'anaphase']);
    expect(norms('CellDiffusion'.repeat(3))).toEqual([
      'cell',
      'diffusion',
      'cell',
      'diffusion',
      'cell',
      'diffusion',
    ]);
    // The same words glued again hit the word table as their own entries.
    expect(norms('waterDiffusion waterdiffusion waterDiffusion')).toEqual([
      'water',
      'diffusion',
      'waterdiffusion',
      'water',
      'diffusion',
    ]);
  });

  it('starts a new sentence at the glue, as the lost line break did', () => {
    expect(sentences('Osmosis- the movement of waterDiffusion- from high to low')).toEqual([
      ['osmosis', 'the', 'movement', 'of', 'water'],
      ['diffusion', 'from', 'high', 'to', 'low'],
    ]);
    const [water, diffusion] = tokenize('waterDiffusion');
    expect(water?.clause).not.toBe(diffusion?.clause);
    expect(water?.seg).not.toBe(diffusion?.seg);
  });

  it('splits a glued mRNA / tRNA / rRNA at the capitals of RNA (ASAP item 5: "nucleusmRNA", "tRNAamino", "tRNAtRNA")', () => {
    expect(norms('leaves the nucleusmRNA goes')).toEqual(['leaves', 'the', 'nucleus', 'mrna', 'goes']);
    expect(norms('codes for tRNAamino acids')).toEqual(['codes', 'for', 'trna', 'amino', 'acids']);
    expect(norms('ribosomestRNA rRNAcarries DNAstrand')).toEqual([
      'ribosomes',
      'trna',
      'rrna',
      'carries',
      'dna',
      'strand',
    ]);
    expect(sentences('the nucleusmRNA goes')).toEqual([
      ['the', 'nucleus'],
      ['mrna', 'goes'],
    ]);
    // Two names glued with nothing between ("tRNAtRNA is brought", ASAP item 5 tuning answer).
    expect(sentences('by tRNAtRNA is brought')).toEqual([
      ['by', 'trna'],
      ['trna', 'is', 'brought'],
    ]);
    expect(norms('DNAmRNA mRNArRNA')).toEqual(['dna', 'mrna', 'mrna', 'rrna']);
    // Plurals, enzymes and other RNAs with at most two lowercase letters stay whole.
    expect(norms('mRNAs tRNAs RNase snRNA cellsRNA')).toEqual([
      'mrnas',
      'trnas',
      'rnase',
      'snrna',
      'cellsrna',
    ]);
  });

  it('keeps mixed-case biology tokens, names and short prefixes whole', () => {
    expect(norms('mRNA tRNA rRNA snRNA ATPase NaCl pH DNA mV cAMP iPhone McDonald')).toEqual([
      'mrna',
      'trna',
      'rrna',
      'snrna',
      'atpase',
      'nacl',
      'ph',
      'dna',
      'mv',
      'camp',
      'iphone',
      'mcdonald',
    ]);
    expect(norms('Na+ K+ Ca2+ enter')).toEqual(['na+', 'k+', 'ca2+', 'enter']);
    // Two lowercase letters before the capital, or fewer than two after it: not clearly two words.
    expect(norms('MacDonald inCell ribosomeIt cellsRNA acetylCoA HindIII')).toEqual([
      'macdonald',
      'incell',
      'ribosomeit',
      'cellsrna',
      'acetylcoa',
      'hindiii',
    ]);
    expect(sentences('mRNA tRNA cAMP')).toEqual([['mrna', 'trna', 'camp']]);
  });

  it('gives each glued word its own characters for evidence', () => {
    const text = 'Osmosis: movement of waterDiffusion: high to low';
    const tokens = tokenize(text);
    const quote = (norm: string) => {
      const t = tokens.find((x) => x.norm === norm);
      return t && text.slice(t.start, t.end);
    };
    expect(quote('water')).toBe('water');
    expect(quote('diffusion')).toBe('Diffusion');
    const accented = 'the café cellExocytosis';
    const last = tokenize(accented).at(-1);
    expect(last && accented.slice(last.start, last.end)).toBe('Exocytosis');
  });
});
