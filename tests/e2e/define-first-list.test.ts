import { describe, expect, it } from 'vitest';
import { buttonIds, replyOf, termIdOf, withRestartableBot } from './harness.js';

describe("/define's empty autocomplete list comes from the stored card views", () => {
  it("opens on the member's recent cards after a restart, keeps servers apart, and forgets a member who deletes their data", async () => {
    await withRestartableBot(async (bot) => {
      const { sandbox } = bot;
      const ana = sandbox.user('ana');
      const first = async (user = ana) =>
        (await user.autocomplete('define', 'term', '')).map((c) => String(c.value));
      const before = await first();

      await ana.slash('define', { term: 'ligand' });
      await ana.slash('define', { term: 'aquaporin' });
      // A card picked from the "could not find" suggestions counts as opened too.
      const notFound = replyOf(await ana.slash('define', { term: 'memrbane' }));
      const suggestion = buttonIds(notFound)[0] ?? '';
      const picked = termIdOf(suggestion);
      expect(['ligand', 'aquaporin']).not.toContain(picked);
      await ana.click(notFound, suggestion);

      await bot.restart();
      expect((await first()).slice(0, 3)).toEqual([picked, 'aquaporin', 'ligand']);
      // Another member of the server, with no cards of their own, sees the ones opened here (each once so
      // far: the first opened first).
      expect((await first(sandbox.user('ben'))).slice(0, 3)).toEqual(['ligand', 'aquaporin', picked]);
      // Another server sees none of it.
      expect(await first(sandbox.user('olga', { server: 'other' }))).toEqual(before);

      const ask = replyOf(await ana.slash('privacy', {}, { subcommand: 'delete' }));
      await ana.click(ask, 'Delete my data');
      expect(await first()).toEqual(before);
    });
  });
});
