import { describe, expect, it } from 'vitest';
import { loadTermsOrThrow } from '../../src/content/term-loader.js';
import type { Term } from '../../src/content/term-schema.js';
import { TermIndex } from '../../src/content/term-search.js';

const index = new TermIndex(loadTermsOrThrow('content'));

/** A bare card for ranking tests that need a controlled set of names. */
function term(id: string, name: string, aliases: string[] = []): Term {
  return {
    id,
    name,
    aliases,
    course: 'AP Biology',
    essentialKnowledge: [],
    definition: `${name}.`,
    explanation: `${name}.`,
    keyPoints: ['a', 'b'],
    connections: [],
    examTips: [],
    comparisons: [],
    faqs: [],
  };
}

describe('TermIndex.suggest on the real pack', () => {
  it.each([
    ['depolarization', 'depolarization'],
    ['depolarizaton', 'depolarization'],
    ['depolarisation', 'depolarization'],
    ['sodium potassium pump', 'sodium-potassium-pump'],
    ['Na/K pump', 'sodium-potassium-pump'],
    ['Na⁺/K⁺ pump', 'sodium-potassium-pump'],
    ['Na+/K+ ATPase', 'sodium-potassium-pump'],
    ['membrane potental', 'membrane-potential'],
    ['ACh', 'acetylcholine'],
    ['nmj', 'neuromuscular-junction'],
    ['NMJ', 'neuromuscular-junction'],
    ['depol', 'depolarization'],
    ['threshhold', 'threshold-potential'],
  ])('given "%s", puts %s first', (query, id) => {
    expect(index.suggest(query)[0]?.term.id).toBe(id);
  });

  it('given a typo, still ranks the closer spelling above a similar term', () => {
    const ids = index.suggest('depolarizaton').map((s) => s.term.id);
    expect(ids.indexOf('depolarization')).toBeLessThan(ids.indexOf('repolarization'));
  });

  it('given a prefix shared by several cards, lists them all with the one whose name starts with it first', () => {
    const ids = index.suggest('pot').map((s) => s.term.id);
    expect(ids[0]).toBe('potassium-channel');
    expect(ids).toEqual(
      expect.arrayContaining(['membrane-potential', 'action-potential', 'resting-potential']),
    );
  });

  it('returns scores in descending order and never more than the limit', () => {
    const results = index.suggest('potential', 3);
    expect(results.length).toBeLessThanOrEqual(3);
    const scores = results.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('given an empty query, lists cards alphabetically by name up to the limit', () => {
    const names = index.suggest('   ', 5).map((s) => s.term.name);
    expect(names).toHaveLength(5);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(index.suggest('').length).toBe(Math.min(25, index.size));
  });

  it('given nonsense, suggests nothing rather than random cards', () => {
    expect(index.suggest('xyzzy')).toEqual([]);
  });
});

describe('TermIndex.resolve on the real pack', () => {
  it.each([
    ['depolarization', 'depolarization'],
    ['Depolarization', 'depolarization'],
    ['depolarizaton', 'depolarization'],
    ['depolarisation', 'depolarization'],
    ['sodium potassium pump', 'sodium-potassium-pump'],
    ['Na/K pump', 'sodium-potassium-pump'],
    ['Na⁺/K⁺ pump', 'sodium-potassium-pump'],
    ['membrane potental', 'membrane-potential'],
    ['ACh', 'acetylcholine'],
    ['nmj', 'neuromuscular-junction'],
    ['sodium-potassium-pump', 'sodium-potassium-pump'],
    // A word only one card has, even when it is not the first: a student typing "pump" means the pump.
    ['pump', 'sodium-potassium-pump'],
    ['junction', 'neuromuscular-junction'],
  ])('given "%s", is a confident match for %s', (query, id) => {
    const result = index.resolve(query);
    expect(result.kind === 'match' && result.term.id).toBe(id);
  });

  it('given nonsense, is unsure and offers at most a few cards', () => {
    const result = index.resolve('xyzzy');
    expect(result.kind).toBe('unsure');
    if (result.kind === 'unsure') expect(result.suggestions.length).toBeLessThanOrEqual(5);
  });

  it('given a word shared by several cards, is unsure and offers them', () => {
    const result = index.resolve('sodium');
    expect(result.kind).toBe('unsure');
    if (result.kind === 'unsure') {
      expect(result.suggestions.map((t) => t.id)).toEqual(
        expect.arrayContaining(['sodium-channel', 'sodium-potassium-pump']),
      );
    }
  });

  it('given a word that starts one card and appears inside another, is unsure', () => {
    const result = index.resolve('potassium');
    expect(result.kind).toBe('unsure');
  });

  it('given a word two edits from a short alias, does not claim a match', () => {
    // "transport" is two insertions away from the alias "cotransport"; too far for 9 letters.
    expect(index.resolve('transport').kind).toBe('unsure');
  });

  it('given an empty query, is unsure with no suggestions', () => {
    expect(index.resolve('  ')).toEqual({ kind: 'unsure', suggestions: [] });
  });
});

describe('TermIndex.resolve confidence rules', () => {
  it('given a typo equally close to two cards, is unsure instead of guessing', () => {
    const small = new TermIndex([term('osmosis', 'Osmosis'), term('osmolis', 'Osmolis')]);
    expect(small.resolve('osmoxis').kind).toBe('unsure');
  });

  it('given a typo one edit from a card and two from the next, matches the closer card', () => {
    const small = new TermIndex([term('channel-a', 'Calcium pump'), term('channel-b', 'Calcium plump')]);
    const result = small.resolve('Calcium pumb');
    expect(result.kind === 'match' && result.term.id).toBe('channel-a');
  });

  it('given a short query with a typo, does not claim a match', () => {
    const small = new TermIndex([term('atp', 'ATP'), term('adp', 'ADP')]);
    expect(small.resolve('atq').kind).toBe('unsure');
  });

  it('given a prefix only one card has, matches it', () => {
    const small = new TermIndex([term('osmosis', 'Osmosis'), term('diffusion', 'Diffusion')]);
    const result = small.resolve('osmo');
    expect(result.kind === 'match' && result.term.id).toBe('osmosis');
  });

  it('finds a card by an alias and by its id', () => {
    const small = new TermIndex([term('atp', 'Adenosine triphosphate', ['ATP']), term('adp', 'ADP')]);
    expect(small.suggest('atp')[0]?.term.id).toBe('atp');
    expect(small.get('adp')?.name).toBe('ADP');
  });
});

describe('TermIndex.resolve: how students phrase a lookup', () => {
  const index = new TermIndex(loadTermsOrThrow('content'));
  it.each([
    ['what is osmosis', 'osmosis'],
    ['define osmosis', 'osmosis'],
    ['osmosis?', 'osmosis'],
    ["what's the resting potential?", 'resting-potential'],
    ['what does ACh mean', 'acetylcholine'],
    ['explain synapse', 'synapse'],
  ])('"%s" means %s', (query, id) => {
    const result = index.resolve(query);
    expect(result.kind === 'match' && result.term.id).toBe(id);
  });

  it.each([
    ['depolarization vs repolarization', ['depolarization', 'repolarization']],
    ['Depolarisation versus hyperpolarisation?', ['depolarization', 'hyperpolarization']],
    ['difference between diffusion and osmosis', ['diffusion', 'osmosis']],
  ])('"%s" compares two cards', (query, ids) => {
    const result = index.resolve(query);
    expect(result.kind === 'compare' && result.terms.map((t) => t.id)).toEqual(ids);
  });

  it.each(['mitochondria', 'ribosome', 'xyzzy'])(
    '"%s" is close to no card, so nothing is suggested',
    (query) => {
      expect(index.resolve(query)).toEqual({ kind: 'unsure', suggestions: [] });
    },
  );
});

describe('TermIndex.suggest with question wording', () => {
  const index = new TermIndex(loadTermsOrThrow('content'));
  it('"what is osm" and "define depol" autocomplete like the bare term', () => {
    expect(index.suggest('what is osm', 5)[0]?.term.id).toBe('osmosis');
    expect(index.suggest('define depol', 5)[0]?.term.id).toBe(index.suggest('depol', 5)[0]?.term.id);
  });
});
