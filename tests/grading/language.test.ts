import { describe, expect, it } from 'vitest';
import { grade } from '../../src/grading/grade.js';
import { looksPartlyNonEnglish } from '../../src/grading/language.js';
import { tokenize } from '../../src/grading/tokenize.js';
import { packBank } from './helpers.js';

/*
 * The grader reads English only. An answer that switches into another language is told so, so a
 * point made in Spanish does not look like a wrong idea (blind batch Q: a bilingual class).
 */
describe('answers partly in another language', () => {
  it('Spanish, French and Portuguese clauses are noticed', () => {
    for (const text of [
      'El sodio no entra porque el canal está cerrado, so the membrane stays at rest.',
      'Le sodium ne rentre pas dans la cellule et le potentiel est stable.',
      'O sódio não entra na célula porque os canais estão fechados.',
    ])
      expect(looksPartlyNonEnglish(tokenize(text)), text).toBe(true);
  });

  it('English answers, however informal, are not', () => {
    for (const text of [
      'Na+ rushes in, so the inside gets less negative. It is passive, no ATP.',
      'the cell is hypotonic lol so water goes in and it pops, no cell wall to stop it',
      'Passive: no energy, high to low. Active: ATP, low to high. Ex: O2 diffusing, Na/K pump.',
      'de polarization is when the sell gets more positive',
      // "don't" is "do not": "do" is also Portuguese, so it is not counted (blind batch X).
      "Honestly I don't think you can predict this. We don't know how strong the toxin is, so it could do anything.",
    ])
      expect(looksPartlyNonEnglish(tokenize(text)), text).toBe(false);
  });

  it('grade() reports it, and the points are still graded from the English words', () => {
    const rubric = packBank.rubrics.get('synapse-neurotoxin');
    if (!rubric) throw new Error('synapse-neurotoxin did not load');
    const mixed = grade(
      rubric,
      'ACh cannot bind to the receptor, entonces el canal no se abre y no entra sodio.',
    );
    expect(mixed.otherLanguage).toBe(true);
    expect(mixed.points.find((p) => p.id === 'no-binding')?.earned).toBe(true);
    expect(grade(rubric, 'ACh cannot bind to the receptor.').otherLanguage).toBe(false);
  });
});
