import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APITextInputComponent } from 'discord-api-types/v10';
import { afterAll, describe, expect, it } from 'vitest';
import { startBotInSandbox } from '../../src/cli/sandbox-bot.js';
import { silentLogger } from '../../src/logger.js';
import { startSandbox } from '../../src/sandbox/index.js';
import { replyOf } from './harness.js';

const dir = mkdtempSync(join(tmpdir(), 'draft-restart-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a refused answer survives a restart', () => {
  it('the text comes back in the form after the bot restarts on the same database', async () => {
    const databasePath = join(dir, 'tutor.db');
    const sandbox = await startSandbox({ settleMs: 20 });
    try {
      let app = await startBotInSandbox(sandbox, { logger: silentLogger(), databasePath });
      const ana = sandbox.user('ana');
      const question = replyOf(await ana.slash('quiz', { topic: 'nmj-depolarization', kind: 'frq' }));
      const form = (await ana.click(question, 'Answer')).modal;
      if (!form) throw new Error('no form');
      // Only symbols: refused, so the student must not lose it.
      const typed = '→ ↑↑ +++ ?!';
      const refused = replyOf(await ana.submitModal(form, { 'part-0': typed }, question));
      expect(refused.embeds[0]?.description ?? refused.content).toMatch(/could not find any words/i);
      await app.stop();

      app = await startBotInSandbox(sandbox, { logger: silentLogger(), databasePath });
      await sandbox.waitForBot();
      const reopened = (await ana.click(question, 'Answer')).modal;
      const input = (reopened?.components[0] as { components: APITextInputComponent[] } | undefined)
        ?.components[0];
      expect(input?.value).toBe(typed);
      await app.stop();
    } finally {
      await sandbox.close();
    }
  });
});
