import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startBotInSandbox } from '../../src/cli/sandbox-bot.js';
import { silentLogger } from '../../src/logger.js';
import { startSandbox } from '../../src/sandbox/index.js';
import { buttonIds, replyOf, termIdOf } from './harness.js';

const dir = mkdtempSync(join(tmpdir(), 'define-first-list-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("/define's empty autocomplete list comes from the stored card views", () => {
  it("opens on the member's recent cards after a restart, keeps servers apart, and forgets a member who deletes their data", async () => {
    const databasePath = join(dir, 'tutor.db');
    const sandbox = await startSandbox({ settleMs: 20 });
    try {
      let app = await startBotInSandbox(sandbox, { logger: silentLogger(), databasePath });
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
      await app.stop();

      app = await startBotInSandbox(sandbox, { logger: silentLogger(), databasePath });
      await sandbox.waitForBot();
      expect((await first()).slice(0, 3)).toEqual([picked, 'aquaporin', 'ligand']);
      // Another member of the server, with no cards of their own, sees the ones opened here (each once so
      // far: the first opened first).
      expect((await first(sandbox.user('ben'))).slice(0, 3)).toEqual(['ligand', 'aquaporin', picked]);
      // Another server sees none of it.
      expect(await first(sandbox.user('olga', { server: 'other' }))).toEqual(before);

      const ask = replyOf(await ana.slash('privacy', {}, { subcommand: 'delete' }));
      await ana.click(ask, 'Delete my data');
      expect(await first()).toEqual(before);
      await app.stop();
    } finally {
      await sandbox.close();
    }
  });
});
