import { ComponentType } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coreTerms, termsByUnit } from '../../src/content/term-browse.js';
import { bootBot, buttonLabels, type Harness, replyOf } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await bootBot();
});
afterAll(async () => {
  await h?.close();
});

// biome-ignore lint/suspicious/noExplicitAny: select menus are read from the JSON the bot sent.
const selectsOf = (result: { reply?: { components: any[] } }): any[] =>
  (result.reply?.components ?? [])
    .flatMap((row) => row.components)
    .filter((c) => c.type === ComponentType.StringSelect);

// Runs first, while nobody has looked anything up in this app.
describe('the first autocomplete list, before any history', () => {
  it('opens on the core terms (most connected first), reaching past the alphabet', async () => {
    const choices = await h.sandbox.user('fresh').autocomplete('define', 'term', '');
    const terms = h.app.ctx.content.terms;
    expect(choices.map((c) => c.value)).toEqual(
      coreTerms(terms)
        .slice(0, 25)
        .map((t) => t.id),
    );
    const alphabetical = [...terms].sort((a, b) => a.name.localeCompare(b.name)).slice(0, 25);
    const beyond = choices.filter((c) => !alphabetical.some((t) => t.id === c.value));
    expect(beyond.length).toBeGreaterThan(0);
  });
});

describe('/define for a new student', () => {
  it('a term the pack does not have offers no unrelated terms; it says what the pack covers and lets you browse by unit', async () => {
    const user = h.sandbox.user('newcomer');
    const result = await user.slash('define', { term: 'mitochondria' });
    const content = result.reply?.content ?? '';
    expect(result.reply?.ephemeral).toBe(true);
    expect(content).toContain("I couldn't find “mitochondria”, and no term here is spelled close to it.");
    expect(buttonLabels(result.reply).filter((l) => l !== '')).toEqual([]);
    const units = termsByUnit(h.app.ctx.content.terms);
    expect(content).toContain(`This pack has ${h.app.ctx.content.terms.length} terms:`);
    for (const u of units) expect(content).toContain(`${u.unit} (${u.terms.length})`);
    const menus = selectsOf(result);
    expect(menus).toHaveLength(units.length);
    expect(menus[0].placeholder).toBe(`Browse ${units[0]?.unit}`);
    // Browsing: choosing a term in a unit's menu turns the reply into that card.
    const last = units.at(-1)?.terms.at(-1);
    const picked = await user.select(replyOf(result), [last?.id ?? ''], menus.at(-1).custom_id);
    expect(picked.reply?.embeds[0]?.title).toBe(last?.name);
    expect(picked.reply?.content).toBe('');
  });

  it('an empty term explains how to write the command instead of "I couldn\'t find “”"', async () => {
    const result = await h.sandbox.user('newcomer').slash('define', { term: '  ' });
    const content = result.reply?.content ?? '';
    expect(content).not.toContain('“”');
    expect(content).toContain('Type a term after `term:`, for example `/define term:osmosis`');
    expect(content).toContain('This pack has');
  });

  it.each(['what is osmosis', 'define osmosis', 'osmosis?', "What's osmosis?", 'what does osmosis mean'])(
    '"%s" opens the osmosis card',
    async (typed) => {
      const result = await h.sandbox.user('newcomer').slash('define', { term: typed });
      expect(result.reply?.embeds[0]?.title).toBe(h.app.ctx.content.termIndex.get('osmosis')?.name);
    },
  );

  it('"depolarization vs repolarization" (the README\'s example) opens the comparison, with a button per card', async () => {
    const result = await h.sandbox
      .user('newcomer')
      .slash('define', { term: 'depolarization vs repolarization' });
    const embed = result.reply?.embeds[0];
    const dep = h.app.ctx.content.termIndex.get('depolarization');
    expect(embed?.title).toBe('Depolarization vs Repolarization');
    expect(embed?.description).toBe(dep?.comparisons.find((c) => c.with === 'repolarization')?.summary);
    expect(buttonLabels(result.reply)).toEqual(['Open Depolarization', 'Open Repolarization']);
    const opened = await h.sandbox.user('newcomer').click(replyOf(result), 'Open Repolarization');
    expect(opened.reply?.embeds[0]?.title).toBe('Repolarization');
  });

  it('a typo close to a few terms offers only those', async () => {
    const result = await h.sandbox.user('newcomer').slash('define', { term: 'potasium' });
    expect(buttonLabels(result.reply)).toEqual([h.app.ctx.content.termIndex.get('potassium-channel')?.name]);
  });

  it('a term longer than the option allows (100) is refused by the client, as Discord does', async () => {
    await expect(h.sandbox.user('newcomer').slash('define', { term: 'x'.repeat(120) })).rejects.toThrow(
      /allows at most 100 characters \(got 120\)/,
    );
  });
});

describe('the first autocomplete list, after lookups', () => {
  it("puts the member's recently opened cards first", async () => {
    const user = h.sandbox.user('reviser');
    await user.slash('define', { term: 'tonicity' });
    await user.slash('define', { term: 'aquaporin' });
    const choices = await user.autocomplete('define', 'term', '');
    expect(choices.slice(0, 2).map((c) => c.value)).toEqual(['aquaporin', 'tonicity']);
  });

  it('the bot broke no protocol rule during the run', () => {
    expect(h.sandbox.errors).toEqual([]);
  });
});
