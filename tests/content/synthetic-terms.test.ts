import { describe, expect, it } from 'vitest';
import { fold } from '../../src/content/fold.js';
import { synthesizeTerms } from '../../src/content/synthetic-terms.js';
import { loadTermsOrThrow } from '../../src/content/term-loader.js';
import { TermIndex } from '../../src/content/term-search.js';

describe('synthesizeTerms', () => {
  const real = loadTermsOrThrow('content');
  const extra = synthesizeTerms(real, 1000);

  it('makes the requested number of cards with ids and names unique across the whole pack', () => {
    const all = [...real, ...extra];
    expect(extra).toHaveLength(1000);
    expect(new Set(all.map((t) => t.id)).size).toBe(all.length);
    expect(new Set(all.map((t) => fold(t.name))).size).toBe(all.length);
  });

  it('leaves the real cards findable first in a padded index', () => {
    const index = new TermIndex([...real, ...extra]);
    expect(index.suggest('depolarizaton')[0]?.term.id).toBe('depolarization');
    expect(index.resolve('Na/K pump')).toMatchObject({
      kind: 'match',
      term: { id: 'sodium-potassium-pump' },
    });
  });
});
