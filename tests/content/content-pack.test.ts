import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check.js';
import { loadTerms } from '../../src/content/term-loader.js';
import { cardYaml, makePack } from './fixtures.js';

describe('the real content pack', () => {
  it('has no problems', () => {
    expect(checkContent('content').map((e) => e.message)).toEqual([]);
  });

  it('has at least 32 cards, including the two seed terms', () => {
    const ids = loadTerms('content').terms.map((t) => t.id);
    expect(ids.length).toBeGreaterThanOrEqual(32);
    expect(ids).toEqual(expect.arrayContaining(['depolarization', 'membrane-potential']));
  });

  it('gives every card 3–6 key points, 2–4 FAQs and at least one exam tip and connection', () => {
    const thin = loadTerms('content')
      .terms.filter(
        (t) =>
          t.keyPoints.length < 3 ||
          t.keyPoints.length > 6 ||
          t.faqs.length < 2 ||
          t.faqs.length > 4 ||
          t.examTips.length === 0 ||
          t.connections.length === 0,
      )
      .map((t) => t.id);
    expect(thin).toEqual([]);
  });

  it('writes ion charges with Unicode superscripts in prose, keeping ASCII spellings for aliases', () => {
    const ascii = /\b(Na|K|Ca|Cl)[+-]/;
    const offenders = loadTerms('content')
      .terms.flatMap((t) =>
        [
          t.definition,
          t.explanation,
          ...t.keyPoints,
          ...t.examTips,
          ...t.connections.map((c) => c.why),
          ...t.comparisons.map((c) => c.summary),
          ...t.faqs.flatMap((f) => [f.q, f.a]),
        ].map((text) => [t.id, text] as const),
      )
      .filter(([, text]) => ascii.test(text))
      .map(([id]) => id);
    expect(offenders).toEqual([]);
  });
});

describe('checkContent', () => {
  it('given a broken pack, returns every problem with file and line', () => {
    const dir = makePack({ 'alpha.yaml': cardYaml('alpha', { links: ['ghost'] }) });
    // This pack has term cards only, so the missing lexicon is reported as well: a pack without one
    // could not grade any question.
    expect(checkContent(dir).map((e) => e.message)).toEqual([
      expect.stringMatching(/alpha\.yaml:\d+: connections: no card with id "ghost"/),
      expect.stringMatching(/lexicon\.yaml/),
    ]);
  });
});
