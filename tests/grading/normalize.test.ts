import { describe, expect, it } from 'vitest';
import { americanize, stemOf } from '../../src/grading/stem.js';
import { tokenize } from '../../src/grading/tokenize.js';

const norms = (text: string) => tokenize(text).map((t) => t.norm);

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
