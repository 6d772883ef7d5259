import { describe, expect, it } from 'vitest';
import { earns, rubric } from './helpers.js';

/*
 * A word glued by a lost line break ("colorblind", "osmosisexocytosis") splits at the content words
 * of the question being graded, never at another question's: with one set shared by every rubric,
 * a question compiled earlier (a teacher's import) changed how another question's answers read.
 */
describe('glued words split at the question’s own words', () => {
  it('another question that knows "colorblind" whole does not stop it splitting here', () => {
    const halves = rubric('"color blind son"');
    const answer = 'the colorblind son';
    expect(earns(halves, answer)).toBe(true);
    const whole = rubric('"colorblind son"');
    expect(earns(halves, answer)).toBe(true);
    expect(earns(whole, answer)).toBe(true);
    // and the question that knows the word whole still reads it whole
    expect(earns(whole, 'the color blind son')).toBe(false);
    expect(earns(halves, answer)).toBe(true);
  });

  it('a prefix element makes the words it begins known halves: "turgidityplasmolyzing"', () => {
    const r = rubric('all: ["plasmoly* happens", "turgid*"]');
    expect(earns(r, 'turgid then plasmolysis happens')).toBe(true);
    expect(earns(r, 'turgidityplasmolyzing happens')).toBe(true);
  });
});

describe('a misspelt beginning is read against the question’s own prefixes', () => {
  it('another question’s prefix that begins the word does not stop the misspelling reading as this one’s', () => {
    const r = rubric('"plasmolys* happens"');
    expect(earns(r, 'plazmolysis happens')).toBe(true);
    // A word that begins with a prefix the rubric knows is that word, not a slip: here, another
    // question's (a made-up "plazmo*") must not count.
    rubric('"plazmo* dye"');
    expect(earns(r, 'plazmolysis happens')).toBe(true);
  });
});
