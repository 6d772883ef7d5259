import { describe, expect, it } from 'vitest';
import { ContentPackError } from '../../src/content/content-error.js';
import { loadTerms, loadTermsOrThrow } from '../../src/content/term-loader.js';
import { cardYaml, makePack } from './fixtures.js';

/** Loads a pack and returns its error messages ("file:line: detail"). */
function problems(files: Record<string, string>): string[] {
  return loadTerms(makePack(files)).errors.map((e) => e.message);
}

describe('loadTerms', () => {
  it('given a good pack, loads every card sorted by id with defaults filled in and no errors', () => {
    const dir = makePack({
      'beta.yaml': cardYaml('beta', { links: ['alpha'] }),
      'alpha.yaml': cardYaml('alpha', { aliases: ['A1'], links: ['beta'] }),
    });
    const { terms, errors } = loadTerms(dir);
    expect(errors).toEqual([]);
    expect(terms.map((t) => t.id)).toEqual(['alpha', 'beta']);
    expect(terms[0]?.course).toBe('AP Biology');
    expect(terms[1]?.faqs).toEqual([]);
  });

  it('given a YAML syntax error, names the file and the line of the fault', () => {
    const broken = 'id: alpha\nname: alpha\nkeyPoints:\n  - one\n   - two: [unclosed\n';
    const [message] = problems({ 'alpha.yaml': broken });
    expect(message).toMatch(/terms\/alpha\.yaml:\d+: YAML syntax/);
    expect(message).not.toMatch(/alpha\.yaml:1:/);
  });

  it('given a missing required field, names the file, the line and the field', () => {
    const text = cardYaml('alpha').replace(/^definition:.*\n/m, '');
    expect(problems({ 'alpha.yaml': text })).toEqual([
      expect.stringMatching(/alpha\.yaml:1: definition: required field is missing/),
    ]);
  });

  it('given a field of the wrong type, points at the line of that field', () => {
    const text = cardYaml('alpha').replace('keyPoints:\n  - first point\n  - second point', 'keyPoints: 42');
    const line = text.split('\n').findIndex((l) => l.startsWith('keyPoints')) + 1;
    expect(problems({ 'alpha.yaml': text })).toEqual([
      expect.stringMatching(new RegExp(`alpha\\.yaml:${line}: keyPoints: `)),
    ]);
  });

  it('given an unknown field, reports it rather than ignoring it', () => {
    const text = `${cardYaml('alpha')}colour: blue\n`;
    const line = text.split('\n').indexOf('colour: blue') + 1;
    expect(problems({ 'alpha.yaml': text })).toEqual([
      expect.stringMatching(new RegExp(`alpha\\.yaml:${line}: colour: unknown field`)),
    ]);
  });

  it('given two files with the same id, reports the duplicate with both files', () => {
    const messages = problems({ 'alpha.yaml': cardYaml('alpha'), 'zeta.yaml': cardYaml('alpha') });
    expect(messages).toContainEqual(
      expect.stringMatching(/zeta\.yaml:1: duplicate id "alpha" \(also in .*alpha\.yaml\)/),
    );
  });

  it('given a file whose name differs from its id, reports the mismatch', () => {
    expect(problems({ 'other.yaml': cardYaml('alpha') })).toEqual([
      expect.stringMatching(/other\.yaml:1: id "alpha" does not match the file name/),
    ]);
  });

  it('given an alias that folds to another card’s alias, reports a duplicate alias on its line', () => {
    const messages = problems({
      'alpha.yaml': cardYaml('alpha', { aliases: ['Na+/K+ pump'] }),
      'beta.yaml': cardYaml('beta', { aliases: ['na⁺ k⁺ PUMP'] }),
    });
    expect(messages).toEqual([
      expect.stringMatching(/beta\.yaml:3: duplicate alias: "na⁺ k⁺ PUMP" .*"alpha"/),
    ]);
  });

  it('given an alias equal to another card’s name, reports it', () => {
    const messages = problems({
      'alpha.yaml': cardYaml('alpha', { name: 'Ion channel' }),
      'beta.yaml': cardYaml('beta', { aliases: ['ion-channel'] }),
    });
    expect(messages).toEqual([expect.stringMatching(/beta\.yaml:3: duplicate alias/)]);
  });

  it('given a connection to a card that does not exist, names file and line of the dangling id', () => {
    const text = cardYaml('alpha', { links: ['ghost'] });
    const line = text.split('\n').findIndex((l) => l.includes('id: ghost')) + 1;
    expect(problems({ 'alpha.yaml': text })).toEqual([
      expect.stringMatching(new RegExp(`alpha\\.yaml:${line}: connections: no card with id "ghost"`)),
    ]);
  });

  it('given a card connecting to itself, reports it', () => {
    expect(problems({ 'alpha.yaml': cardYaml('alpha', { links: ['alpha'] }) })).toEqual([
      expect.stringMatching(/connects to itself/),
    ]);
  });

  it('given a comparison with a missing card, reports it', () => {
    const text = `${cardYaml('alpha')}comparisons:\n  - with: ghost\n    summary: Different.\n`;
    expect(problems({ 'alpha.yaml': text })).toEqual([
      expect.stringMatching(/alpha\.yaml:\d+: comparisons: no card with id "ghost"/),
    ]);
  });

  it('given a .yml file, reports it instead of silently skipping it', () => {
    expect(problems({ 'alpha.yml': cardYaml('alpha') })).toEqual([
      expect.stringMatching(/alpha\.yml:1: .*\.yaml/),
    ]);
  });

  it('given an empty file, reports it', () => {
    expect(problems({ 'alpha.yaml': '' })).toEqual([
      expect.stringMatching(/alpha\.yaml:1: the file is empty/),
    ]);
  });

  it('keeps going after a broken file so every problem is listed at once', () => {
    const messages = problems({
      'alpha.yaml': 'id: [oops\n',
      'beta.yaml': cardYaml('beta', { links: ['ghost'] }),
      'gamma.yaml': cardYaml('gamma').replace(/^name:.*\n/m, ''),
    });
    expect(messages).toHaveLength(3);
  });
});

describe('loadTermsOrThrow', () => {
  it('given a broken pack, throws a ContentPackError listing every problem', () => {
    const dir = makePack({ 'alpha.yaml': cardYaml('alpha', { links: ['ghost'] }), 'beta.yml': 'x' });
    let thrown: unknown;
    try {
      loadTermsOrThrow(dir);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ContentPackError);
    expect((thrown as ContentPackError).problems).toHaveLength(2);
    expect((thrown as Error).message).toMatch(/2 problems/);
  });

  it('given a folder without a terms directory, throws naming it', () => {
    expect(() => loadTermsOrThrow('/nonexistent-dir')).toThrow(
      /nonexistent-dir\/terms: term folder not found/,
    );
  });
});
