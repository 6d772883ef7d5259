import { describe, expect, it } from 'vitest';
import { MEMORY, openStore } from '../../src/store/index.js';
import { deleteMember } from '../../src/study/privacy.js';
import { recordTermView } from '../../src/study/review.js';
import { popularTermIds, recentTermIds } from '../../src/study/term-history.js';

function viewsOf(store: ReturnType<typeof openStore>) {
  let at = Date.UTC(2026, 11, 1, 9);
  return (guildId: string | null, userId: string, termId: string) =>
    recordTermView({ store }, { guildId, userId }, termId, at++);
}

describe('term history read back from the stored card views', () => {
  it("keeps a member's recent cards newest first without repeats, per server", () => {
    const store = openStore(MEMORY);
    const view = viewsOf(store);
    view('g1', 'ana', 'osmosis');
    view('g1', 'ana', 'synapse');
    view('g1', 'ana', 'osmosis');
    view('g2', 'ana', 'ligand');
    expect(recentTermIds({ store }, { guildId: 'g1', userId: 'ana' }, 5)).toEqual(['osmosis', 'synapse']);
    expect(recentTermIds({ store }, { guildId: 'g2', userId: 'ana' }, 5)).toEqual(['ligand']);
    expect(recentTermIds({ store }, { guildId: 'g1', userId: 'cara' }, 5)).toEqual([]);
    expect(recentTermIds({ store }, { guildId: 'g1', userId: 'ana' }, 1)).toEqual(['osmosis']);
  });

  it('counts opens across members within one server only; a tie goes to the card opened first', () => {
    const store = openStore(MEMORY);
    const view = viewsOf(store);
    view('g1', 'ana', 'osmosis');
    view('g1', 'ana', 'synapse');
    view('g1', 'ben', 'synapse');
    view('g1', 'ben', 'ligand');
    view('g2', 'cy', 'ligand');
    view('g2', 'cy', 'ligand');
    view('g2', 'cy', 'ligand');
    expect(popularTermIds({ store }, 'g1', 25)).toEqual(['synapse', 'osmosis', 'ligand']);
    expect(popularTermIds({ store }, 'g2', 25)).toEqual(['ligand']);
    // Direct messages are their own place.
    view(null, 'dee', 'atp');
    expect(popularTermIds({ store }, null, 25)).toEqual(['atp']);
    expect(recentTermIds({ store }, { guildId: null, userId: 'dee' }, 5)).toEqual(['atp']);
  });

  it("forgets a member's cards, and their part of the counts, when they delete their data", () => {
    const store = openStore(MEMORY);
    const view = viewsOf(store);
    view('g1', 'ana', 'osmosis');
    view('g1', 'ana', 'osmosis');
    view('g1', 'ben', 'synapse');
    deleteMember(store, 'ana');
    expect(recentTermIds({ store }, { guildId: 'g1', userId: 'ana' }, 5)).toEqual([]);
    expect(popularTermIds({ store }, 'g1', 25)).toEqual(['synapse']);
  });
});
