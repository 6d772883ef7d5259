import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check.js';
import { loadTerms } from '../../src/content/term-loader.js';
import { cardYaml, makePack } from './fixtures.js';

describe('the real content pack', () => {
  it('has no problems', () => {
    expect(checkContent('content').map((e) => e.message)).toEqual([]);
  });

  it('has the seed terms', () => {
    const ids = loadTerms('content').terms.map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining(['depolarization', 'membrane-potential']));
  });
});

describe('checkContent', () => {
  it('given a broken pack, returns every problem with file and line', () => {
    const dir = makePack({ 'alpha.yaml': cardYaml('alpha', { links: ['ghost'] }) });
    expect(checkContent(dir).map((e) => e.message)).toEqual([
      expect.stringMatching(/alpha\.yaml:\d+: connections: no card with id "ghost"/),
    ]);
  });
});
