import type { APITextInputComponent } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { replyOf, withRestartableBot } from './harness.js';

describe('a refused answer survives a restart', () => {
  it('the text comes back in the form after the bot restarts on the same database', async () => {
    await withRestartableBot(async (bot) => {
      const ana = bot.sandbox.user('ana');
      const question = replyOf(await ana.slash('quiz', { topic: 'nmj-depolarization', kind: 'frq' }));
      const form = (await ana.click(question, 'Answer')).modal;
      if (!form) throw new Error('no form');
      // Only symbols: refused, so the student must not lose it.
      const typed = '→ ↑↑ +++ ?!';
      const refused = replyOf(await ana.submitModal(form, { 'part-0': typed }, question));
      expect(refused.embeds[0]?.description ?? refused.content).toMatch(/could not find any words/i);

      await bot.restart();
      const reopened = (await ana.click(question, 'Answer')).modal;
      const input = (reopened?.components[0] as { components: APITextInputComponent[] } | undefined)
        ?.components[0];
      expect(input?.value).toBe(typed);
    });
  });
});
